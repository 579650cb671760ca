package cn.gkcheck.read.crawler;

import cn.gkcheck.model.GuessKind;
import cn.gkcheck.format.Names;
import cn.gkcheck.model.Guess;
import cn.gkcheck.model.Placement;
import cn.gkcheck.model.Source;
import cn.gkcheck.read.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a scanned table into a {@link Block.Grid} whose rows are label cells and value cells, so
 * that the ordinary mappers map it. Run-together figures are cut by {@link RelationSplitter};
 * cut cells carry {@link Placement#SPLIT}, and {@link #guess} says so once for the table. Where no
 * unique cut exists the grid says why it is unreadable and holds no figures at all: a table that
 * could not be read is not a table with blank cells.
 */
final class CrawledTable {
    private CrawledTable() {}

    /** The grid, and how many of its rows were cut by which relations (null: no relation was needed). */
    record Built(Block.Grid grid, String table, int cut, String relations) {}

    static Built build(String table, TableScanner.Scanned scanned, int lineNo) {
        List<RawRow> data = new ArrayList<>();
        for (TableScanner.Line l : scanned.lines()) if (l instanceof TableScanner.Data d) data.add(d.row());
        RelationSplitter.Outcome outcome = RelationSplitter.split(table, data);
        List<Block.GridRow> rows = new ArrayList<>();
        Source tableSource = null;
        int cut = 0;
        for (TableScanner.Line l : scanned.lines()) {
            List<Block.GridCell> cells = new ArrayList<>();
            if (l instanceof TableScanner.Header h) {
                for (RawRow.Piece p : h.pieces()) cells.add(new Block.GridCell(p.text(), src(lineNo, p.at())));
            } else if (l instanceof TableScanner.Data d) {
                RawRow r = d.row();
                for (RawRow.Piece p : r.labels()) cells.add(new Block.GridCell(p.text(), src(lineNo, p.at())));
                if (outcome.readable()) cut += values(r, outcome, cells, lineNo);
            }
            if (cells.isEmpty()) continue;
            Source rowSource = cells.get(0).source();
            if (tableSource == null) tableSource = rowSource;
            rows.add(new Block.GridRow(cells, rowSource));
        }
        if (!outcome.readable()) return new Built(new Block.Grid(rows, tableSource, outcome.unreadable()), table, 0, null);
        return new Built(new Block.Grid(rows, tableSource), table, cut, outcome.relations());
    }

    /**
     * The one info guess for a table whose figures were cut, over all the grids it was read from.
     *
     * @param relations the relations that decided, or null where every run had one cut only
     */
    static Guess guess(String table, int cut, String relations, Source source) {
        String how = relations == null
                ? "其数字只有一种切分方式（每格一位数），据此切分为单元格"
                : "按勾稽关系（" + relations + "）切分为单元格：这是唯一与之相符的切分，属推定，请核对原文";
        return new Guess(GuessKind.CELL_SPLIT, table, null, null, relations == null ? "" : relations,
                "表" + Names.tableNumeral(table) + "中有 " + cut + " 行数字连写、没有分隔，" + how, source);
    }

    /** The row's value cells; returns 1 where a run was cut into several cells. */
    private static int values(RawRow r, RelationSplitter.Outcome outcome, List<Block.GridCell> cells, int lineNo) {
        if (!r.runTogether() && outcome.cuts().containsKey(r)) {
            // a short row whose blanks the relations placed: which column each figure stands in is inferred
            int next = 0;
            for (String part : outcome.cuts().get(r)) {
                RawRow.Piece at = r.cells().get(Math.min(next, r.cells().size() - 1));
                if (!part.isEmpty()) next++; // a blank points at the figure printed after it
                cells.add(new Block.GridCell(part, src(lineNo, at.at()), false, Placement.INFERRED));
            }
            return 0;
        }
        if (!r.runTogether()) {
            for (RawRow.Piece p : r.cells()) {
                cells.add(new Block.GridCell(p.text(), src(lineNo, p.at()), false, p.inferred() ? Placement.INFERRED : null));
            }
            return 0;
        }
        List<String> parts = outcome.cuts().get(r);
        if (parts == null || parts.size() <= 1) {
            cells.add(new Block.GridCell(r.run().text(), src(lineNo, r.run().at())));
            return 0;
        }
        int at = r.run().at();
        // a cut the relations decided is an inference and no evidence for a balance finding; a run
        // that can be cut one way only (as many digits as cells) needed no relation: it is read as printed
        Placement mark = outcome.relations() == null ? null : Placement.SPLIT;
        for (String part : parts) {
            cells.add(new Block.GridCell(part, src(lineNo, at), false, mark));
            at += part.length();
        }
        return 1;
    }

    private static Source src(int line, int at) {
        return Source.lineColumn(line, at + 1);
    }
}

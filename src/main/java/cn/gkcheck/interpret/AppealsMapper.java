package cn.gkcheck.interpret;

import cn.gkcheck.model.GuessKind;
import cn.gkcheck.read.Block;
import cn.gkcheck.format.ColumnDef;
import cn.gkcheck.format.LabelIndex;
import cn.gkcheck.format.Labels;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.OfficialLabels;
import cn.gkcheck.format.RowDef;
import cn.gkcheck.model.Guess;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Row;
import cn.gkcheck.model.Source;
import cn.gkcheck.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the 行政复议/行政诉讼 table. The format prints one data row of 15 cells under a 3-level
 * header (复议 5, 直接起诉 5, 复议后起诉 5), read as 3 rows × 5 columns. Some publishers print
 * three labelled rows of 5 instead; both are read.
 */
final class AppealsMapper {
    private AppealsMapper() {}

    private static final List<RowDef> ROWS = OfficialFormat.F2021.requireTable("appeals").rows();
    private static final List<ColumnDef> COLUMNS = OfficialFormat.F2021.requireTable("appeals").columns();
    private static final int WIDTH = 15;

    static Table map(Report report, List<Block.GridRow> rows) {
        Table table = new Table("appeals");
        if (!rows.isEmpty()) table.setSource(rows.get(0).source());
        // the data row is the one with the most numbers; header rows may carry a stray OCR digit
        Block.GridRow wide = null;
        long most = 0;
        List<String> headerLast = null;
        List<String> headerBefore = null;
        for (Block.GridRow gr : rows) {
            List<String> t = TableParts.texts(gr);
            long numbers = t.stream().filter(TableParts::numeric).count();
            if (numbers >= 5 && numbers <= 6 && labelledRow(t) != null && t.size() < WIDTH) {
                readLabelledRow(report, table, gr, t, labelledRow(t));
                continue;
            }
            if (numbers > most) {
                most = numbers;
                wide = gr;
                headerBefore = headerLast;
            } else if (t.stream().filter(c -> !c.isBlank()).count() >= 5) {
                headerLast = t;
            }
        }
        if (table.getRows().isEmpty() && wide != null && most >= 8) {
            readWideRow(report, table, wide, TableParts.texts(wide), headerBefore);
        } else if (table.getRows().isEmpty()) {
            // a table printed with every data cell blank: the data row is the last row of 15 cells without labels
            for (int i = rows.size() - 1; i >= 0; i--) {
                List<String> t = TableParts.texts(rows.get(i));
                if (t.size() >= WIDTH && t.stream().allMatch(c -> c.isBlank() || TableParts.numeric(c) || CellParser.isDash(c))) {
                    readWideRow(report, table, rows.get(i), t, i > 0 ? TableParts.texts(rows.get(i - 1)) : null);
                    break;
                }
            }
        }
        if (!table.getRows().isEmpty()) {
            for (ColumnDef c : COLUMNS) TableParts.addColumn(table, c.key(), c.label());
        }
        return table;
    }

    /** The single printed row of 15. Gaps left by extraction are closed only when exactly 15 values remain. */
    private static void readWideRow(Report report, Table table, Block.GridRow gr, List<String> t, List<String> header) {
        List<Integer> idx = new ArrayList<>();
        int firstValue = 0;
        while (firstValue < t.size() && !t.get(firstValue).isBlank() && !TableParts.numeric(t.get(firstValue))) firstValue++;
        List<Integer> filled = new ArrayList<>();
        for (int i = firstValue; i < t.size(); i++) if (!t.get(i).isBlank()) filled.add(i);
        int span = t.size() - firstValue;
        if (span == WIDTH) {
            for (int i = firstValue; i < t.size(); i++) idx.add(i);
        } else if (filled.size() == WIDTH) {
            idx.addAll(filled);
        } else if (span > WIDTH) {
            for (int i = t.size() - WIDTH; i < t.size(); i++) idx.add(i);
        } else {
            for (int i = firstValue; i < t.size(); i++) idx.add(i);
            report.getGuesses().add(new Guess(GuessKind.CELL_POSITION, "appeals", null, null, String.join(" ", t),
                    "行政复议、行政诉讼情况表只读到 " + span + " 个数据格（应为 15 个），其余按空白处理，位置推定在行末", gr.source()));
        }
        for (int r = 0; r < ROWS.size(); r++) {
            RowDef row = ROWS.get(r);
            table.getRows().add(new Row(row.key(), row.label(), gr.source()));
            for (int k = 0; k < COLUMNS.size(); k++) {
                int at = r * COLUMNS.size() + k;
                String printed = at < idx.size() ? t.get(idx.get(at)) : "";
                Source src = at < idx.size() ? TableParts.sourceOf(gr, idx.get(at)) : gr.source();
                String colLabel = header != null && at < idx.size() && idx.get(at) < header.size()
                        && OfficialLabels.APPEAL_COLUMNS.scoreLabel(header.get(idx.get(at)), COLUMNS.get(k)) >= LabelIndex.COLUMN
                        ? header.get(idx.get(at)) : COLUMNS.get(k).label();
                table.getCells().add(TableParts.placed(TableParts.cell(report, table, row.key(), row.label(), COLUMNS.get(k), colLabel,
                        printed, src), gr, at < idx.size() ? idx.get(at) : -1));
            }
        }
    }

    private static RowDef labelledRow(List<String> t) {
        String label = TableParts.joinLabels(t.stream().filter(c -> !TableParts.numeric(c)).toList());
        String f = Labels.fold(label);
        if (f.contains("复议后")) return ROWS.get(2);
        if (f.contains("直接起诉") || f.contains("未经复议")) return ROWS.get(1);
        if (f.contains("复议")) return ROWS.get(0);
        return null;
    }

    private static void readLabelledRow(Report report, Table table, Block.GridRow gr, List<String> t, RowDef row) {
        if (table.hasRow(row.key())) return;
        List<Integer> values = new ArrayList<>();
        for (int i = t.size() - COLUMNS.size(); i < t.size(); i++) values.add(i);
        String label = TableParts.joinLabels(t.subList(0, t.size() - COLUMNS.size()));
        table.getRows().add(new Row(row.key(), label, gr.source()));
        for (int k = 0; k < COLUMNS.size(); k++) {
            int i = values.get(k);
            table.getCells().add(TableParts.placed(TableParts.cell(report, table, row.key(), label, COLUMNS.get(k), COLUMNS.get(k).label(),
                    t.get(i), TableParts.sourceOf(gr, i)), gr, i));
        }
    }
}

package cn.gkcheck.interpret;

import cn.gkcheck.model.GuessKind;
import cn.gkcheck.read.Block;
import cn.gkcheck.format.ColumnDef;
import cn.gkcheck.format.LabelIndex;
import cn.gkcheck.format.Labels;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.OfficialLabels;
import cn.gkcheck.format.RowDef;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Guess;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Row;
import cn.gkcheck.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the 主动公开 table: blocks of a caption row ("第二十条第（一）项"), a header row
 * ("信息内容" and the column labels) and data rows. Columns are taken from the header as
 * printed, so a 2019 header gives 2019 keys and a 2021 header 2021 keys, whatever the year.
 */
final class ProactiveMapper {
    private ProactiveMapper() {}

    /** Every column and row of both formats, labels and variants together, first seen first. */
    private static final LabelIndex<ColumnDef> COLUMNS = OfficialLabels.PROACTIVE_COLUMNS;
    private static final LabelIndex<RowDef> ROWS = OfficialLabels.PROACTIVE_ROWS;

    static Table map(Report report, List<Block.GridRow> rows) {
        Table table = new Table("proactive");
        if (!rows.isEmpty()) table.setSource(rows.get(0).source());
        List<ColumnDef> header = null;
        List<String> headerLabels = null;
        for (Block.GridRow gr : rows) {
            List<String> t = TableParts.texts(gr);
            int first = firstFilled(t);
            if (first < 0) continue;
            String lead = t.get(first);
            if (Labels.fold(lead).contains("第二十条")) {
                header = null;
                if (table.getCaption() == null) table.setCaption(lead);
                continue;
            }
            if (Labels.similarity(lead, "信息内容") >= LabelIndex.HEADER) {
                header = new ArrayList<>();
                headerLabels = new ArrayList<>();
                for (int i = first + 1; i < t.size(); i++) {
                    // a header cell merged over several columns names one column, not several
                    boolean continuation = gr.cells().get(i).spanned();
                    header.add(continuation ? null : COLUMNS.best(t.get(i), LabelIndex.COLUMN));
                    headerLabels.add(t.get(i));
                }
                continue;
            }
            RowDef def = matchRow(lead);
            if (def == null) continue;
            // header and data rows align on the label column: values start right after it in both
            int valuesFrom = first + 1;
            List<ColumnDef> cols = header;
            List<String> labels = headerLabels;
            if (cols == null || cols.stream().allMatch(c -> c == null)) {
                cols = byPosition(def.key());
                labels = cols.stream().map(ColumnDef::label).toList();
                report.getGuesses().add(new Guess(GuessKind.COLUMN_BY_POSITION, "proactive", def.key(), null, lead,
                        "“" + lead + "”所在栏目的表头无法识别，列按官方格式的顺序对应", gr.source()));
            }
            table.getRows().add(new Row(def.key(), lead, gr.source()));
            for (int k = 0; k < cols.size(); k++) {
                ColumnDef col = cols.get(k);
                if (col == null) continue;
                int idx = valuesFrom + k;
                String printed = idx < t.size() ? t.get(idx) : "";
                // a unit printed in a column of its own ("156.04 7 | 万元") belongs to the money figure
                if (col.type() == cn.gkcheck.format.ValueType.MONEY && idx + 1 < t.size() && CellParser.isUnit(t.get(idx + 1))
                        && (k + 1 >= cols.size() || cols.get(k + 1) == null)) {
                    printed = (printed + " " + t.get(idx + 1)).strip();
                }
                TableParts.addColumn(table, col.key(), labels.get(k));
                Cell c = TableParts.placed(TableParts.cell(report, table, def.key(), lead, col, labels.get(k), printed,
                        TableParts.sourceOf(gr, idx)), gr, idx);
                table.getCells().add(c);
            }
        }
        return table;
    }

    private static int firstFilled(List<String> t) {
        for (int i = 0; i < t.size(); i++) if (!t.get(i).isBlank()) return i;
        return -1;
    }

    static RowDef matchRow(String label) {
        return ROWS.best(label, LabelIndex.PROACTIVE_ROW);
    }

    /** The official columns of the block a row belongs to, 2021 format first (rows of both have the same block). */
    private static List<ColumnDef> byPosition(String rowKey) {
        for (OfficialFormat f : List.of(OfficialFormat.F2021, OfficialFormat.F2019)) {
            var b = f.requireTable("proactive").blockOf(rowKey);
            if (b.isPresent()) return b.get().columns();
        }
        return List.of();
    }
}

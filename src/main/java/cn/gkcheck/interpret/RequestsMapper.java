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
 * Maps the 申请 table. Its 7 data columns stand last in every data row, in the official order;
 * what stands before them is the label (one to three label cells: group, vertical 三、本年度办理结果,
 * sub-row). Labels are matched tolerantly and in the official order; a label too damaged to
 * match is placed by its position in that order, and the guess is recorded. A row with fewer
 * cells than columns is never shifted silently: the missing cell becomes a blank where it most
 * likely stood, and that guess is recorded too.
 */
final class RequestsMapper {
    private RequestsMapper() {}

    private static final LabelIndex<RowDef> ROWS = OfficialLabels.REQUEST_ROWS;
    private static final LabelIndex<ColumnDef> COLUMN_LABELS = OfficialLabels.REQUEST_COLUMNS;

    /** Rows of both formats in official order: … （五）5, （六） (2019), （六）1–3 (2021), （七）, 四. */
    static final List<RowDef> ORDER = ROWS.defs();

    private static final java.util.regex.Pattern SUBTOTAL = java.util.regex.Pattern.compile("(小计|合计|小结)");
    private static final List<ColumnDef> COLUMNS = OfficialFormat.F2021.requireTable("requests").columns();

    static Table map(Report report, List<Block.GridRow> rows) {
        Table table = new Table("requests");
        if (!rows.isEmpty()) table.setSource(rows.get(0).source());
        String[] printedColumns = new String[COLUMNS.size()];
        double[] printedScores = new double[COLUMNS.size()];
        int pos = -1;
        String pendingLabel = "";
        for (Block.GridRow gr : rows) {
            List<String> t = TableParts.texts(gr);
            if (t.stream().allMatch(String::isBlank)) continue;
            int n = t.size();
            int width = COLUMNS.size();
            // the last 7 cells are the values, unless a label stands among them (a row that lost cells)
            boolean full = n >= width + 1 && !looksLikeLabel(t.get(n - width));
            List<String> labelCells = full ? t.subList(0, n - width) : leadingText(t);
            List<String> values = full ? t.subList(n - width, n) : t.subList(labelCells.size(), n);
            if (!full) labelCells = labelCells.stream().filter(c -> !c.isBlank()).toList();
            boolean hasNumber = values.stream().anyMatch(TableParts::numeric);
            String label = TableParts.joinLabels(labelCells);
            String sub = lastFilled(labelCells);

            // a header row, or a row of label cells only, is never a data row
            Scored best = isHeader(t) || values.isEmpty() ? null : best(label, sub, pendingLabel, pos);
            if (best == null && !hasNumber) {
                headerCells(t, printedColumns, printedScores);
                if (!label.isBlank() && values.stream().allMatch(String::isBlank) && !isHeaderish(label)) {
                    pendingLabel = (pendingLabel + label).strip();
                }
                continue;
            }
            // a publisher's own subtotal row ("（三）不予公开 | 小计") is not a row of the format: it is
            // neither an official row nor a damaged label to place by position, which would shift every row below
            if (best == null && SUBTOTAL.matcher(Labels.fold(sub)).matches()) continue;
            int index;
            // a numbered sub-row ("3.危及…") is named by its own cell; other rows by all their label cells
            String printedLabel = sub.matches("^[0-9０-９]+\\s*[.．、].*") ? sub : label;
            if (best != null) {
                index = best.index;
            } else {
                index = nextByPosition(pos, label);
                if (index < 0) continue;
                report.getGuesses().add(new Guess(GuessKind.ROW_BY_POSITION, "requests", ORDER.get(index).key(), null, label,
                        "行标签“" + label + "”无法识别，按官方格式的行序对应为“" + ORDER.get(index).fullLabel() + "”",
                        gr.source()));
            }
            pendingLabel = "";
            pos = index;
            RowDef def = ORDER.get(index);
            table.getRows().add(new Row(def.key(), printedLabel.isBlank() ? def.label() : printedLabel, gr.source()));
            List<String> placed = place(report, def, values, width, gr.source());
            for (int k = 0; k < width; k++) {
                ColumnDef col = COLUMNS.get(k);
                Source src = full ? TableParts.sourceOf(gr, n - width + k) : gr.source();
                table.getCells().add(TableParts.placed(TableParts.cell(report, table, def.key(),
                        printedLabel.isBlank() ? def.label() : printedLabel, col, printedColumns[k], placed.get(k), src),
                        gr, full ? n - width + k : -1));
            }
        }
        dropGroupRowOfOther(table);
        if (!table.getRows().isEmpty()) {
            for (int k = 0; k < COLUMNS.size(); k++) {
                TableParts.addColumn(table, COLUMNS.get(k).key(), printedColumns[k] == null ? COLUMNS.get(k).label() : printedColumns[k]);
            }
        }
        return table;
    }

    private record Scored(int index, double score) {}

    /** The best official row after position {@code pos} for this label, or null below the threshold. */
    private static Scored best(String label, String sub, String pending, int pos) {
        if (label.isBlank()) return null;
        Scored best = null;
        for (int i = pos + 1; i < ORDER.size(); i++) {
            if (pending.isBlank() && (ROWS.isLabel(label, ORDER.get(i)) || ROWS.isLabel(sub, ORDER.get(i)))) {
                return new Scored(i, 1.0); // the label as printed: no need to score the rest
            }
            RowDef r = ORDER.get(i);
            double s = score(label, sub, r);
            if (!pending.isBlank()) s = Math.max(s, score(pending + label, pending + sub, r));
            if (best == null || s > best.score) best = new Scored(i, s);
        }
        return best != null && best.score >= LabelIndex.REQUEST_ROW ? best : null;
    }

    /** The label cells against every name of the row; the sub-row's own cell against its label alone. */
    static double score(String label, String sub, RowDef r) {
        double s = ROWS.score(label, r);
        if (!sub.isBlank()) s = Math.max(s, ROWS.scoreLabel(sub, r));
        return s;
    }

    /** The row due after {@code pos}: the 2019 one-row （六） unless the label speaks of a sub-item. */
    private static int nextByPosition(int pos, String label) {
        int i = pos + 1;
        if (i >= ORDER.size()) return -1;
        if (ORDER.get(i).key().equals("other") && label.matches(".*[123１２３][.．、].*")) return i + 1;
        return i;
    }

    /**
     * Values for the 7 columns. A full row is taken as printed, position by position. A short row
     * (cells lost in extraction) keeps its values in order and gets blanks just before 总计,
     * the column a short row most often lost in real reports; the guess is recorded.
     */
    private static List<String> place(Report report, RowDef def, List<String> values, int width, Source source) {
        if (values.size() == width) return values;
        List<String> v = new ArrayList<>(values);
        if (v.size() > width) return v.subList(v.size() - width, v.size());
        int missing = width - v.size();
        List<String> placed = new ArrayList<>();
        if (v.isEmpty()) {
            for (int i = 0; i < width; i++) placed.add("");
        } else {
            placed.addAll(v.subList(0, v.size() - 1));
            for (int i = 0; i < missing; i++) placed.add("");
            placed.add(v.get(v.size() - 1));
            report.getGuesses().add(new Guess(GuessKind.CELL_POSITION, "requests", def.key(), null, String.join(" ", values),
                    "“" + def.fullLabel() + "”一行只有 " + values.size() + " 个数据格（应为 " + width
                            + " 个），缺少的格按空白处理，位置推定在“总计”之前", source));
        }
        return placed;
    }

    /** Text that can only be a row label: not a number or dash, with three or more Chinese characters. */
    private static boolean looksLikeLabel(String s) {
        long cjk = s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        return cjk >= 3 && !TableParts.numeric(s);
    }

    /** In a short row: everything before the first number or dash is label (blank label cells included). */
    private static List<String> leadingText(List<String> t) {
        int i = 0;
        while (i < t.size() && !TableParts.numeric(t.get(i)) && !CellParser.isDash(t.get(i))) i++;
        return t.subList(0, i);
    }

    private static String lastFilled(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) if (!cells.get(i).isBlank()) return cells.get(i).strip();
        return "";
    }

    /** A header row: two or more of its cells are column labels (自然人, 商业企业 …, 总计), or it holds 申请人情况. */
    private static boolean isHeader(List<String> t) {
        long labels = t.stream().filter(c -> !c.isBlank()).map(c -> COLUMN_LABELS.best(c, LabelIndex.HEADER))
                .filter(c -> c != null).distinct().count();
        return labels >= 2 || t.stream().anyMatch(c -> Labels.fold(c).contains("申请人情况"));
    }

    private static boolean isHeaderish(String s) {
        String f = Labels.fold(s);
        return f.contains("申请人") || f.contains("勾稽") || f.contains("自然人") || f.contains("法人") || f.contains("本年度办理结果");
    }

    /** Column labels as printed: for each column, the header cell that resembles its label most. */
    private static void headerCells(List<String> t, String[] printed, double[] scores) {
        for (String cell : t) {
            if (cell.isBlank()) continue;
            ColumnDef c = COLUMN_LABELS.best(cell, LabelIndex.COLUMN);
            if (c == null) continue;
            int k = COLUMNS.indexOf(c);
            double s = COLUMN_LABELS.scoreLabel(cell, c);
            if (s > scores[k]) {
                scores[k] = s;
                printed[k] = cell;
            }
        }
    }

    /**
     * A layout that prints （六）其他处理 as a group label row (blank) above its three sub-rows is
     * the 2021 layout, not a one-row （六）: the blank group row is not a data row.
     */
    private static void dropGroupRowOfOther(Table table) {
        if (!table.hasRow("other") || !table.hasRow("other.1")) return;
        boolean blank = table.getCells().stream().filter(c -> c.getRow().equals("other"))
                .allMatch(c -> c.getRaw().isBlank());
        if (!blank) return;
        table.getRows().removeIf(r -> r.getKey().equals("other"));
        table.getCells().removeIf(c -> c.getRow().equals("other"));
    }
}

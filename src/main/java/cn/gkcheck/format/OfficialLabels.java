package cn.gkcheck.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The label indexes of the official formats, built once: the six section headings, and the rows
 * and columns of the three tables. A table whose labels differ between the 2019 and 2021 formats
 * is indexed with both, so a report is read by what it prints, whatever its year.
 */
public final class OfficialLabels {
    private OfficialLabels() {}

    public static final LabelIndex<SectionDef> SECTIONS = new LabelIndex<>(OfficialFormat.SECTIONS, Labels::fold,
            SectionDef::heading, s -> null, SectionDef::variants);

    /**
     * Rows of the 申请 table of both formats in official order: … （五）5, （六） (2019), （六）1–3
     * (2021), （七）, 四. Compared without their numbering, which reports print in every style.
     */
    public static final LabelIndex<RowDef> REQUEST_ROWS = rows(requestRowsInOrder(), Labels::core);

    public static final LabelIndex<ColumnDef> REQUEST_COLUMNS =
            columns(OfficialFormat.F2021.requireTable("requests").columns());

    /** Rows of the 主动公开 table, both formats' labels and variants together, first seen first. */
    public static final LabelIndex<RowDef> PROACTIVE_ROWS = rows(mergedProactiveRows(), Labels::fold);

    /** Columns of the 主动公开 table, both formats' labels and variants together, first seen first. */
    public static final LabelIndex<ColumnDef> PROACTIVE_COLUMNS = columns(mergedProactiveColumns());

    public static final LabelIndex<ColumnDef> APPEAL_COLUMNS =
            columns(OfficialFormat.F2021.requireTable("appeals").columns());

    private static LabelIndex<RowDef> rows(List<RowDef> rows, Function<String, String> folding) {
        return new LabelIndex<>(rows, folding, RowDef::label, RowDef::group, RowDef::variants);
    }

    private static LabelIndex<ColumnDef> columns(List<ColumnDef> columns) {
        return new LabelIndex<>(columns, Labels::fold, ColumnDef::label, c -> null, ColumnDef::variants);
    }

    private static List<RowDef> requestRowsInOrder() {
        List<RowDef> all = new ArrayList<>();
        for (RowDef r : OfficialFormat.F2019.requireTable("requests").rows()) {
            if (r.key().equals("total")) {
                for (RowDef o : OfficialFormat.F2021.requireTable("requests").rows()) {
                    if (o.key().startsWith("other.")) all.add(o);
                }
            }
            all.add(r);
        }
        return all;
    }

    private static List<RowDef> mergedProactiveRows() {
        Map<String, RowDef> rows = new LinkedHashMap<>();
        for (OfficialFormat f : OfficialFormat.ALL) {
            for (RowDef r : f.requireTable("proactive").rows()) {
                rows.merge(r.key(), r, (a, b) -> new RowDef(a.key(), a.label(), null, union(a.variants(), b.label(), b.variants())));
            }
        }
        return new ArrayList<>(rows.values());
    }

    private static List<ColumnDef> mergedProactiveColumns() {
        Map<String, ColumnDef> cols = new LinkedHashMap<>();
        for (OfficialFormat f : OfficialFormat.ALL) {
            for (ColumnDef c : f.requireTable("proactive").columns()) {
                cols.merge(c.key(), c, (a, b) -> new ColumnDef(a.key(), a.label(), union(a.variants(), b.label(), b.variants()), a.type()));
            }
        }
        return new ArrayList<>(cols.values());
    }

    private static List<String> union(List<String> a, String label, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.add(label);
        all.addAll(b);
        return all;
    }
}

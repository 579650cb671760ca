package cn.gkcheck.interpret;

import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import cn.gkcheck.read.Block;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which official format each table's layout follows (spec §7.1), and so the report's:
 * 2021 columns (本年制发件数 …, 本年收费金额) or the three （六） sub-rows say 2021; 2019 columns
 * (本年新制作数量 …, 上一年项目数量, 政府集中采购) or a one-row （六） say 2019; both say mixed.
 */
final class LayoutDetector {
    private LayoutDetector() {}

    static void detect(Report report) {
        Set<String> seen = new TreeSet<>();
        for (Table t : report.getTables()) {
            // a table not read whole has no rows or columns; its layout was told from its labels
            String layout = t.isReadWhole() ? layout(t) : t.getLayout();
            t.setLayout(layout);
            if (layout != null) seen.add(layout);
        }
        if (seen.contains("mixed") || seen.size() > 1) report.setFormatVersion("mixed");
        else if (seen.size() == 1) report.setFormatVersion(seen.iterator().next());
        else report.setFormatVersion("unknown");
    }

    /**
     * The layout of a table a reader could not read whole, told by what it did read: its header
     * words and row labels, mapped as if the table were read but with no cell kept. Null where
     * they say nothing about the format.
     */
    static String layoutOfLabels(String key, List<Block.GridRow> rows) {
        if (rows == null) return null;
        Report scratch = new Report(); // the mapping's findings about rows are not this table's: it is not read
        Table labels = switch (key) {
            case "proactive" -> ProactiveMapper.map(scratch, rows);
            case "requests" -> RequestsMapper.map(scratch, rows);
            default -> AppealsMapper.map(scratch, rows);
        };
        return layout(labels);
    }

    /** A table's layout is told by the rows and columns that only one format has; a table with none of them says nothing. */
    private static String layout(Table t) {
        boolean new21 = marked(t, OfficialFormat.F2021);
        boolean old19 = marked(t, OfficialFormat.F2019);
        if (new21 && old19) return "mixed";
        return new21 ? "2021" : old19 ? "2019" : null;
    }

    private static boolean marked(Table t, OfficialFormat f) {
        Set<String> rows = f.rowsOnlyHere(t.getKey()), columns = f.columnsOnlyHere(t.getKey());
        return t.getRowKeys().stream().anyMatch(rows::contains) || t.getColumnKeys().stream().anyMatch(columns::contains);
    }
}

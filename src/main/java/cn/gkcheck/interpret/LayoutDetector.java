package cn.gkcheck.interpret;

import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which official format each table's layout follows (spec §7.1), and so the report's:
 * 2021 columns (本年制发件数 …, 本年收费金额) or the three （六） sub-rows say 2021; 2019 columns
 * (本年新制作数量 …, 上一年项目数量, 政府集中采购) or a one-row （六） say 2019; both say mixed.
 */
final class LayoutDetector {
    private LayoutDetector() {}

    private static final Set<String> PROACTIVE_2021 = Set.of("issued", "repealed", "inForce", "feeAmount");
    private static final Set<String> PROACTIVE_2019 = Set.of("made", "published", "publicTotal", "previousCount",
            "change", "procurementCount", "procurementAmount");

    static void detect(Report report) {
        Set<String> seen = new TreeSet<>();
        for (Table t : report.getTables()) {
            String layout = switch (t.getKey()) {
                case "proactive" -> proactive(t);
                case "requests" -> t.getRowKeys().stream().anyMatch(k -> k.startsWith("other."))
                        ? (t.hasRow("other") ? "mixed" : "2021") : t.hasRow("other") ? "2019" : null;
                default -> null;
            };
            t.setLayout(layout);
            if (layout != null) seen.add(layout);
        }
        if (seen.contains("mixed") || seen.size() > 1) report.setFormatVersion("mixed");
        else if (seen.size() == 1) report.setFormatVersion(seen.iterator().next());
        else report.setFormatVersion("unknown");
    }

    private static String proactive(Table t) {
        boolean new21 = t.getColumnKeys().stream().anyMatch(PROACTIVE_2021::contains);
        boolean old19 = t.getColumnKeys().stream().anyMatch(PROACTIVE_2019::contains)
                || t.hasRow("otherServices") || t.hasRow("procurement");
        if (new21 && old19) return "mixed";
        return new21 ? "2021" : old19 ? "2019" : null;
    }
}

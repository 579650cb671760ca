package cn.gkcheck.check;

import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The balance relations of the three tables (spec §4, B1–B4), written once in canonical keys and
 * applied to every column or row: one equation each, inserted per report for the rules in
 * balance.drl, and read as a whole for what follows from them — which relations a report leaves
 * unchecked, and which cell blocks which, so that one blank cell is one finding naming what it blocked.
 */
public final class Relations {
    private Relations() {}

    /** One balance relation as the format prints it: per column or per row of a table, left = right. */
    private record Relation(String id, String table, boolean perColumn, String left, String right) {
        List<Equation> apply(Report report) {
            return perColumn ? Balance.perColumn(report, table, id, left, right) : Balance.perRow(report, table, id, left, right);
        }
    }

    private static final List<Relation> ALL = List.of(
            new Relation("B1", "requests", true, "total + carryForward", "new + carriedOver"),
            new Relation("B2", "requests", true, "total",
                    "granted + partlyGranted + withheld.1..8 + unavailable.1..3 + notHandled.1..5 + other*"),
            new Relation("B3", "requests", false, "total", "natural + commercial + research + nonprofit + legalService + otherOrg"),
            new Relation("B4", "appeals", false, "total", "upheld + corrected + other + pending"));

    public static List<Equation> of(Report report) {
        List<Equation> all = new ArrayList<>();
        for (Relation r : ALL) all.addAll(r.apply(report));
        return all;
    }

    /** Whether any balance relation within a report rests on this table (表三 and 表四 do; 表二 does not). */
    public static boolean restOn(String table) {
        return ALL.stream().anyMatch(r -> r.table().equals(table));
    }

    /** The relations this report leaves unchecked, in a short form a summary shows: "B2 requests/*&#47;natural". */
    public static List<String> notEvaluated(Report report) {
        List<String> out = new ArrayList<>();
        for (Equation e : of(report)) if (!e.isEvaluated()) out.add(e.shortName());
        return out;
    }

    /** For each cell that keeps a relation from being checked (blank, dash, no number), the relations it blocks. */
    public static Map<String, List<Equation>> blockedBy(Report report) {
        Map<String, List<Equation>> out = new LinkedHashMap<>();
        for (Equation e : of(report)) {
            if (e.isEvaluated()) continue;
            for (Cell c : e.unreadable()) out.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    /** "表三“自然人”列（B1、B2），“（五）5”一行（B3）" — what a cell blocks (its {@link #blockedBy} entry), for its finding. */
    public static String blockedZh(List<Equation> blocked) {
        List<String> parts = new ArrayList<>();
        for (Equation e : blocked) parts.add(e.placeZh() + "（" + e.relation() + "）");
        return String.join("、", parts);
    }

    public static String blockedEn(List<Equation> blocked) {
        List<String> parts = new ArrayList<>();
        for (Equation e : blocked) parts.add(e.shortName());
        return String.join(", ", parts);
    }
}

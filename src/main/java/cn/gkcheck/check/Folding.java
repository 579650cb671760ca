package cn.gkcheck.check;

import cn.gkcheck.format.Names;
import cn.gkcheck.model.Cell;
import java.util.List;

/**
 * One defect, one finding: how many cells of one kind a table may leave before they are one
 * finding for the table (a habit) rather than one per cell (slips), and how such a finding lists
 * them — every cell named, so a supervisor can send the list back to the organ.
 */
public final class Folding {
    private Folding() {}

    /** From this many blank (or dashed) cells in one table on, they are one finding. */
    public static final int MANY = 5;

    /** "（一）· 自然人、（三）5 · 其他 …" — every cell, in table order. */
    public static String namesZh(List<Cell> cells) {
        StringBuilder b = new StringBuilder();
        for (Cell c : cells) {
            if (b.length() > 0) b.append("、");
            b.append(Names.cell(c));
        }
        return b.toString();
    }

    public static String keysEn(List<Cell> cells) {
        StringBuilder b = new StringBuilder();
        for (Cell c : cells) {
            if (b.length() > 0) b.append(", ");
            b.append(c.getRow()).append('/').append(c.getColumn());
        }
        return b.toString();
    }

    /** How many distinct relations these cells keep from being checked. */
    public static int blockedCount(cn.gkcheck.model.Report report, List<Cell> cells) {
        java.util.Map<String, List<Equation>> blocked = Relations.blockedBy(report);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Cell c : cells) for (Equation e : blocked.getOrDefault(c.key(), List.of())) names.add(e.shortName());
        return names.size();
    }
}

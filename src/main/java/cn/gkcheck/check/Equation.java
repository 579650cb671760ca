package cn.gkcheck.check;

import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Source;
import java.math.BigDecimal;
import java.util.List;

/**
 * One balance relation (勾稽关系) applied to one column or one row of a table:
 * left side = right side, each a sum of cells. Its outcome is HOLDS, VIOLATED, or
 * NOT_EVALUATED when an operand is missing, blank or a dash — zeros are never invented.
 *
 * @param relation   spec id, "B1" … "B4"
 * @param perColumn  true when the relation runs down a column (fixed column, sum over rows)
 * @param fixedKey   the column (or row) key the relation is applied to
 * @param fixedLabel its label as printed
 * @param fixedName  its official name, for messages
 * @param expression the relation in the format's own words, e.g. "（七） + 四 = 一 + 二"
 * @param operands   every operand cell found, left side first
 * @param missing    operands that are not in the report at all ("requests/other.2/natural")
 * @param actual     sum of the left side (what the report states), null when not evaluated
 * @param expected   sum of the right side (what it must equal), null when not evaluated
 */
public record Equation(String relation, String table, boolean perColumn, String fixedKey, String fixedLabel,
                       String fixedName, String expression, List<Cell> operands, List<String> missing, List<Cell> unreadable,
                       BigDecimal actual, BigDecimal expected, String leftText, String rightText) {

    public enum Outcome { HOLDS, VIOLATED, NOT_EVALUATED }

    public Outcome outcome() {
        if (actual == null || expected == null) return Outcome.NOT_EVALUATED;
        return actual.compareTo(expected) == 0 ? Outcome.HOLDS : Outcome.VIOLATED;
    }

    /** For DRL: {@code Equation( holds == false )}. */
    public boolean isHolds() {
        return outcome() == Outcome.HOLDS;
    }

    public boolean isEvaluated() {
        return outcome() != Outcome.NOT_EVALUATED;
    }

    public BigDecimal difference() {
        return actual == null || expected == null ? null : actual.subtract(expected);
    }

    /** Where to point: the first unreadable operand when not evaluated, else the first operand (the total). */
    Source firstSource() {
        for (Cell c : unreadable) if (c.getSource() != null) return c.getSource();
        for (Cell c : operands) if (c.getSource() != null) return c.getSource();
        return null;
    }

    /** Why it could not be evaluated, in Chinese: "四 为空白；（六）2 缺失". */
    public String whyNotZh() {
        StringBuilder b = new StringBuilder();
        for (Cell c : unreadable) {
            if (b.length() > 0) b.append("；");
            b.append(cn.gkcheck.format.Names.cell(c)).append(switch (c.getKind()) {
                case BLANK -> " 为空白";
                case DASH -> " 为“" + c.getRaw() + "”";
                default -> " 为“" + c.getRaw() + "”，读不出数字";
            });
        }
        for (String m : missing) {
            if (b.length() > 0) b.append("；");
            b.append(cn.gkcheck.format.Names.key(m)).append(" 在报告中缺失");
        }
        return b.toString();
    }

    public String whyNotEn() {
        StringBuilder b = new StringBuilder();
        for (Cell c : unreadable) {
            if (b.length() > 0) b.append("; ");
            b.append(c.key()).append(switch (c.getKind()) {
                case BLANK -> " is blank";
                case DASH -> " is \"" + c.getRaw() + "\"";
                default -> " is \"" + c.getRaw() + "\", no number can be read";
            });
        }
        for (String m : missing) {
            if (b.length() > 0) b.append("; ");
            b.append(m).append(" is missing from the report");
        }
        return b.toString();
    }
}

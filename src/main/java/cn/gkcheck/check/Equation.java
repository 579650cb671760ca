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
 * @param expression the relation in the format's own words, e.g. "（七） + 四 = 一 + 二"; like {@code leftText}
 *                   and {@code rightText} ("5 + 0 + 空白"), written for messages only, so null where the relation holds
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

    /**
     * True where every operand was placed by its printed labels. An equation resting on a guessed
     * placement (a row or column taken by position, a cell split or inferred) may not raise an
     * error: its violation is reported by the relation's -UNCERTAIN sibling, at warning.
     */
    public boolean isCertain() {
        for (Cell c : operands) if (!c.getPlacement().certain()) return false;
        return true;
    }

    /**
     * The operands placed by a guess, named for the message. A row guessed whole is named once
     * ("“（五）3”一行（按位置对应）"); otherwise each cell ("二 · 自然人（按位置对应）").
     */
    public String guessesZh() {
        java.util.Map<String, List<Cell>> byRow = new java.util.LinkedHashMap<>();
        for (Cell c : operands) byRow.computeIfAbsent(c.getRow(), k -> new java.util.ArrayList<>()).add(c);
        StringBuilder b = new StringBuilder();
        for (List<Cell> row : byRow.values()) {
            List<Cell> guessed = row.stream().filter(c -> !c.getPlacement().certain()).toList();
            if (guessed.isEmpty()) continue;
            boolean whole = guessed.size() == row.size() && row.size() > 1
                    && guessed.stream().map(Cell::getPlacement).distinct().count() == 1;
            for (Cell c : whole ? guessed.subList(0, 1) : guessed) {
                if (b.length() > 0) b.append("、");
                b.append(whole ? "“" + cn.gkcheck.format.Names.row(c.getTable(), c.getRow()) + "”一行" : cn.gkcheck.format.Names.cell(c))
                        .append(how(c.getPlacement()));
            }
        }
        return b.toString();
    }

    private static String how(cn.gkcheck.model.Placement p) {
        return switch (p) {
            case POSITION -> "（按位置对应）";
            case SPLIT -> "（由连写数字拆分）";
            default -> "（位置推定）";
        };
    }

    public String guessesEn() {
        StringBuilder b = new StringBuilder();
        for (Cell c : operands) {
            if (c.getPlacement().certain()) continue;
            if (b.length() > 0) b.append(", ");
            b.append(c.key()).append(" (").append(c.getPlacement().name().toLowerCase(java.util.Locale.ROOT)).append(')');
        }
        return b.toString();
    }

    /**
     * Whether another finding already says why this relation could not be checked, so that it
     * need not be said again (one defect, one finding): every operand that blocks it is a cell a
     * cell rule reports (printed blank, a dash, text without a number), and every missing operand
     * lies in a table read whole, whose missing rows and columns the completeness rules report.
     * A cell the reader could not read (a short row's inferred blank) is not such a finding.
     */
    public boolean isExplained(cn.gkcheck.model.Report report) {
        for (Cell c : unreadable) if (c.getPlacement() == cn.gkcheck.model.Placement.INFERRED) return false;
        if (missing.isEmpty()) return true;
        return report.table(table).map(cn.gkcheck.model.Table::isReadWhole).orElse(false);
    }

    /** "B2 requests/*&#47;natural", "B3 requests/withheld.3". */
    public String shortName() {
        return relation + " " + table + (perColumn ? "/*/" : "/") + fixedKey;
    }

    /** Where the relation runs, in the format's words: "表三“自然人”列", "“（五）5”一行", "表四“行政复议”". */
    public String placeZh() {
        if (table.equals("appeals")) return "表四“" + fixedName + "”";
        return perColumn ? "表三“" + fixedName + "”列" : "表三“" + cn.gkcheck.format.Names.row(table, fixedKey) + "”一行";
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
                case BLANK -> c.getPlacement() == cn.gkcheck.model.Placement.INFERRED ? " 未能读出（该行缺格）" : " 为空白";
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

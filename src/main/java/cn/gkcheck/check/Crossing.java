package cn.gkcheck.check;

import cn.gkcheck.format.Names;
import cn.gkcheck.model.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One wrong cell breaks a row and a column at once: the cell both broken relations point at.
 * Such a cell is one defect, so it is one finding (GK-BAL-CELL) naming the cell and every
 * relation it breaks, and those relations are not reported one by one. A crossing is found where
 * a cell is an operand of at least one broken row relation and one broken column relation, all
 * read for certain and all off by the same amount — what one wrong number in that cell would do.
 */
public record Crossing(Cell cell, List<Equation> relations) {

    /** The crossings among a report's equations (as {@link Relations#of} gives them). */
    public static List<Crossing> of(List<Equation> equations) {
        Map<String, List<Equation>> byCell = new LinkedHashMap<>();
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Equation e : equations) {
            if (!e.isEvaluated() || e.isHolds() || !e.isCertain()) continue;
            for (Cell c : e.operands()) {
                byCell.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(e);
                cells.putIfAbsent(c.key(), c);
            }
        }
        List<Crossing> out = new ArrayList<>();
        for (var en : byCell.entrySet()) {
            List<Equation> eqs = en.getValue();
            boolean row = eqs.stream().anyMatch(e -> !e.perColumn()), column = eqs.stream().anyMatch(Equation::perColumn);
            if (!row || !column) continue;
            BigDecimal off = eqs.get(0).difference().abs();
            if (eqs.stream().allMatch(e -> e.difference().abs().compareTo(off) == 0)) out.add(new Crossing(cells.get(en.getKey()), eqs));
        }
        return out;
    }

    /** Whether this broken relation is one this crossing reports. */
    public boolean folds(Equation eq) {
        for (Equation e : relations) if (e.shortName().equals(eq.shortName())) return true;
        return false;
    }

    public BigDecimal off() {
        return relations.get(0).difference().abs();
    }

    /** "表三“自然人”列（B2：（七）总计 41，各项之和 42）、“（五）3”一行（B3：总计 0，各类申请人之和 1）". */
    public String relationsZh() {
        List<String> parts = new ArrayList<>();
        for (Equation e : relations) {
            parts.add(e.placeZh() + "（" + e.relation() + "：" + e.actual().stripTrailingZeros().toPlainString() + " ≠ "
                    + e.expected().stripTrailingZeros().toPlainString() + "）");
        }
        return String.join("、", parts);
    }

    public String relationsEn() {
        List<String> parts = new ArrayList<>();
        for (Equation e : relations) parts.add(e.shortName() + " (" + e.actual().stripTrailingZeros().toPlainString() + " vs "
                + e.expected().stripTrailingZeros().toPlainString() + ")");
        return String.join(", ", parts);
    }

    public String cellName() {
        return Names.cell(cell);
    }
}

package cn.gkcheck.cli;

import cn.gkcheck.check.Crossing;
import cn.gkcheck.check.Equation;
import cn.gkcheck.check.Expected;
import cn.gkcheck.check.Relations;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.SectionDef;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * For {@code gkcheck bench} only, never for checking: the balance rules (B1–B4 with their -UNCERTAIN and
 * -UNCHECKED siblings, GK-BAL-CELL) and the completeness rules (sections, tables, rows, columns) decided
 * by plain Java over the same model and the same {@link Relations} — the floor that the rulebase's
 * evaluation of those rules is compared with. It gives the same findings (rule and message), one line
 * each; the bench compares their number with the rulebase's on every input.
 */
final class BenchFloor {
    private BenchFloor() {}

    /** The rules this floor stands for. */
    static final Set<String> RULES = Set.of(
            "GK-BAL-B1", "GK-BAL-B2", "GK-BAL-B3", "GK-BAL-B4",
            "GK-BAL-B1-UNCERTAIN", "GK-BAL-B2-UNCERTAIN", "GK-BAL-B3-UNCERTAIN", "GK-BAL-B4-UNCERTAIN",
            "GK-BAL-B1-UNCHECKED", "GK-BAL-B2-UNCHECKED", "GK-BAL-B3-UNCHECKED", "GK-BAL-B4-UNCHECKED",
            "GK-BAL-CELL", "GK-STR-SECTION-MISSING", "GK-CMP-TABLE", "GK-CMP-ROW", "GK-CMP-COLUMN");

    static List<String> findings(Report r) {
        List<String> out = new ArrayList<>();
        if (!r.isReadable()) return out;
        List<Equation> equations = Relations.of(r);
        List<Crossing> crossings = Crossing.of(equations);
        for (Crossing x : crossings) {
            out.add("GK-BAL-CELL “" + x.cellName() + "”很可能填错：经过它的" + x.relationsZh() + "都差 " + x.off());
        }
        for (Equation eq : equations) {
            String id = "GK-BAL-" + eq.relation();
            if (!eq.isEvaluated()) {
                if (!eq.isExplained(r)) out.add(id + "-UNCHECKED " + eq.fixedName() + " 无法核对：" + eq.whyNotZh());
            } else if (!eq.isHolds() && !eq.isCertain()) {
                out.add(id + "-UNCERTAIN " + eq.fixedName() + " " + eq.actual() + " / " + eq.expected()
                        + "（差 " + eq.difference() + "）；其中 " + eq.guessesZh());
            } else if (!eq.isHolds() && crossings.stream().noneMatch(x -> x.folds(eq))) {
                out.add(id + " " + eq.fixedName() + "：" + eq.leftText() + " = " + eq.actual() + "，应等于 "
                        + eq.rightText() + " = " + eq.expected() + "（差 " + eq.difference() + "）");
            }
        }
        for (SectionDef def : OfficialFormat.SECTIONS) {
            if (r.getSections().stream().noneMatch(s -> s.getNumber() == def.number())) {
                out.add("GK-STR-SECTION-MISSING 缺少第" + def.numeral() + "部分“" + def.heading() + "”"
                        + Expected.tableAlsoMissingZh(r, def.number()));
            }
        }
        for (var def : Expected.missingTables(r)) {
            if (r.getSections().stream().anyMatch(s -> s.getNumber() == def.section())) out.add("GK-CMP-TABLE 缺少“" + def.key() + "”");
        }
        for (Table t : r.getTables()) {
            if (!t.isReadWhole()) continue;
            for (var row : Expected.missingRows(r, t.getKey())) out.add("GK-CMP-ROW " + t.getKey() + " 缺少“" + row.fullLabel() + "”");
            for (var col : Expected.missingColumns(r, t.getKey())) {
                out.add("GK-CMP-COLUMN " + t.getKey() + " 缺少“" + col.column().label() + "”");
            }
        }
        return out;
    }
}

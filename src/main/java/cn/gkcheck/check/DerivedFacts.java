package cn.gkcheck.check;

import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import cn.gkcheck.prose.Deadlines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts Java computes from a report (and the same organ's report of the year before) for the rules to
 * decide on: inserted once per report by {@link Engine}. Nothing here decides whether anything is wrong.
 */
public final class DerivedFacts {
    private DerivedFacts() {}

    /** Every derived fact of {@code report}; {@code previous} may be null. */
    public static List<Object> of(Report report, Report previous) {
        List<Object> out = new ArrayList<>();
        out.add(OrganKindFact.of(report.getMeta()));
        Deadlines.Published p = Deadlines.published(report);
        if (p != null) out.add(new Publication(p.date(), p.source()));
        out.addAll(cn.gkcheck.prose.Content.facts(report));
        if (report.isReadable()) {
            // every balance relation, applied to every column or row, with its outcome; and the crossings among them
            List<Equation> equations = Relations.of(report);
            out.addAll(equations);
            out.addAll(Crossing.of(equations));
            // the prose numbers, found once for the three prose rules
            out.add(cn.gkcheck.prose.Claims.find(report));
        }
        if (previous != null) {
            out.add(new cn.gkcheck.prose.PreviousYear(previous));
            Integer year = report.getMeta().getYear(), before = previous.getMeta().getYear();
            if (year != null && before != null) {
                carriedOver(report, previous, year, before, out);
                inForce(report, previous, year, before, out);
                projectCounts(report, previous, year, before, out);
            }
        }
        return out;
    }

    /** B5: per column of the requests table, this year's 上年结转 and last year's 结转下年度继续办理. */
    static void carriedOver(Report now, Report before, int year, int previousYear, List<Object> out) {
        Optional<Table> t = now.table("requests"), p = before.table("requests");
        if (t.isEmpty() || p.isEmpty()) return;
        for (Cell c : t.get().getCells()) {
            if (!c.getRow().equals("carriedOver")) continue;
            Optional<Cell> last = p.get().cell("carryForward", c.getColumn());
            Long a = count(c), e = last.map(DerivedFacts::count).orElse(null);
            if (a == null || e == null) continue;
            out.add(new CarriedOver(c.getColumn(), c, a, last.get(), e, year, previousYear));
        }
    }

    /** B6: per row (规章, 规范性文件) of the proactive table, the in-force counts and this year's changes. */
    static void inForce(Report now, Report before, int year, int previousYear, List<Object> out) {
        Optional<Table> t = now.table("proactive"), p = before.table("proactive");
        if (t.isEmpty() || p.isEmpty()) return;
        for (String row : List.of("regulations", "normativeDocs")) {
            Optional<Cell> now1 = t.get().cell(row, "inForce"), issued = t.get().cell(row, "issued"), repealed = t.get().cell(row, "repealed");
            Optional<Cell> last = p.get().cell(row, "inForce");
            if (now1.isEmpty() || issued.isEmpty() || repealed.isEmpty() || last.isEmpty()) continue;
            Long a = count(now1.get()), i = count(issued.get()), r = count(repealed.get()), l = count(last.get());
            if (a == null || i == null || r == null || l == null) continue;
            out.add(new InForce(now1.get(), a, last.get(), l, issued.get(), i, repealed.get(), r, year, previousYear));
        }
    }

    /** B7: per row of the 2019 proactive table, this year's and last year's 上一年项目数量 and last year's 本年增/减. */
    static void projectCounts(Report now, Report before, int year, int previousYear, List<Object> out) {
        Optional<Table> t = now.table("proactive"), p = before.table("proactive");
        if (t.isEmpty() || p.isEmpty()) return;
        for (String row : List.of("licensing", "otherServices", "penalties", "enforcement", "fees")) {
            Optional<Cell> now1 = t.get().cell(row, "previousCount"), last = p.get().cell(row, "previousCount"), change = p.get().cell(row, "change");
            if (now1.isEmpty() || last.isEmpty() || change.isEmpty()) continue;
            Long a = count(now1.get()), l = count(last.get()), c = count(change.get());
            if (a == null || l == null || c == null) continue;
            out.add(new ProjectCount(now1.get(), a, last.get(), l, change.get(), c, year, previousYear));
        }
    }

    private static Long count(Cell c) {
        return c.isNumber() ? c.count() : null;
    }
}

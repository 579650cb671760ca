package cn.gkcheck.prose;

import cn.gkcheck.model.Report;
import java.util.List;

/** What the prose rules (rules/prose.drl) ask of a report's prose numbers. */
public final class Claims {
    private Claims() {}

    public static List<Claim> of(Report report) {
        return ClaimFinder.find(report);
    }

    /** Stated numbers that no reading matches, where scope and wording leave one value: errors. */
    public static List<Claim> contradicted(Report report) {
        return of(report).stream().filter(c -> c.evaluable() && !c.matched() && c.certain()).toList();
    }

    /** Stated numbers that no reading matches, where the scope or the wording is uncertain: warnings. */
    public static List<Claim> unmatchedUncertain(Report report) {
        return of(report).stream().filter(c -> c.evaluable() && !c.matched() && !c.certain()).toList();
    }

    /** Percentages given with a matching count that its cells do not give, rounded or cut to the printed precision. */
    public static List<Percent> percentsOff(Report report) {
        return ClaimFinder.percents(report).stream().filter(p -> p.evaluable() && !p.consistent()).toList();
    }
}

package cn.gkcheck.prose;

import cn.gkcheck.model.Report;
import java.util.List;

/**
 * What the prose rules (rules/prose.drl) ask of a report's prose numbers. The claim finder runs once per
 * report: check.DerivedFacts inserts {@link #find}'s result, and the three rules filter it (each used to
 * run the finder again).
 */
public final class Claims {
    private final List<Claim> claims;
    private final List<Percent> percents;

    private Claims(List<Claim> claims, List<Percent> percents) {
        this.claims = claims;
        this.percents = percents;
    }

    /** Every stated number and percentage of the report, with the readings its wording allows. */
    public static Claims find(Report report) {
        ClaimFinder.Found f = ClaimFinder.read(report);
        return new Claims(f.claims(), f.percents());
    }

    public static List<Claim> of(Report report) {
        return ClaimFinder.find(report);
    }

    /** Stated numbers that no reading matches, where scope and wording leave one value: errors. */
    public List<Claim> contradicted() {
        return claims.stream().filter(c -> c.evaluable() && !c.matched() && c.certain()).toList();
    }

    /** Stated numbers that no reading matches, where the scope or the wording is uncertain: warnings. */
    public List<Claim> unmatchedUncertain() {
        return claims.stream().filter(c -> c.evaluable() && !c.matched() && !c.certain()).toList();
    }

    /** Percentages given with a matching count that its cells do not give, rounded or cut to the printed precision. */
    public List<Percent> percentsOff() {
        return percents.stream().filter(p -> p.evaluable() && !p.consistent()).toList();
    }
}

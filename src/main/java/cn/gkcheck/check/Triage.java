package cn.gkcheck.check;

import cn.gkcheck.model.Meta;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts the findings of one report into those reported, those suppressed (with their reason) and those
 * in the baseline (counted only). Suppressions go first: a finding both suppressed and baselined is shown
 * as suppressed, since the reason is what a reader needs.
 */
public final class Triage {
    private final Baseline baseline;
    private final List<Suppression> suppressions;

    public Triage(Baseline baseline, List<Suppression> suppressions) {
        this.baseline = baseline;
        this.suppressions = List.copyOf(suppressions);
    }

    public static Triage none() {
        return new Triage(Baseline.empty(), List.of());
    }

    /** A suppressed finding and the reason it is accepted. */
    public record Suppressed(Finding finding, String reason, String from) {}

    public record Result(List<Finding> kept, List<Suppressed> suppressed, int baselined) {}

    public Result sort(String source, Meta meta, List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        int baselined = 0;
        for (Finding f : findings) {
            Suppression s = suppressions.stream().filter(x -> x.matches(source, meta, f)).findFirst().orElse(null);
            if (s != null) suppressed.add(new Suppressed(f, s.reason(), s.from()));
            else if (baseline.covers(meta, f)) baselined++;
            else kept.add(f);
        }
        return new Result(kept, suppressed, baselined);
    }
}

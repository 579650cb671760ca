package cn.gkcheck.report;

import cn.gkcheck.check.Indicators;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reports whose key indicator lies far from the folder's (issue 9): outside median ± 3 × MAD (the median of the
 * distances from the median), which one wild report cannot move as it moves a mean and a standard deviation.
 * A sink keeps one small entry per report as they stream past (its source and four numbers) and asks at its end.
 * An indicator with fewer than {@link #MIN_VALUES} values says nothing about a folder; one whose MAD is zero
 * (most reports alike, as 纠错率 of 0 often are) has no scale to measure distance by, and flags nothing.
 */
public final class Outliers {
    static final int MIN_VALUES = 8;
    static final BigDecimal K = BigDecimal.valueOf(3);

    /** One report far from the folder: which indicator, its value, and the folder's median and MAD. */
    public record Outlier(String indicator, String source, BigDecimal value, BigDecimal median, BigDecimal mad) {}

    static final Map<String, Function<Indicators, BigDecimal>> INDICATORS = new LinkedHashMap<>();

    static {
        INDICATORS.put("substantiveOpenRate", Indicators::substantiveOpenRate);
        INDICATORS.put("unavailableShare", Indicators::unavailableShare);
        INDICATORS.put("reconsiderationCorrection", Indicators::reconsiderationCorrection);
        INDICATORS.put("litigationCorrection", Indicators::litigationCorrection);
    }

    private final List<String> sources = new ArrayList<>();
    private final List<Indicators> values = new ArrayList<>();

    public void add(String source, Indicators indicators) {
        sources.add(source);
        values.add(indicators);
    }

    /** The outliers, indicator by indicator, each in input order. */
    public List<Outlier> find() {
        List<Outlier> out = new ArrayList<>();
        for (var e : INDICATORS.entrySet()) {
            List<BigDecimal> known = new ArrayList<>();
            for (Indicators i : values) if (e.getValue().apply(i) != null) known.add(e.getValue().apply(i));
            if (known.size() < MIN_VALUES) continue;
            BigDecimal median = median(known);
            BigDecimal mad = median(known.stream().map(v -> v.subtract(median).abs()).toList());
            if (mad.signum() == 0) continue;
            for (int i = 0; i < values.size(); i++) {
                BigDecimal v = e.getValue().apply(values.get(i));
                if (v != null && v.subtract(median).abs().compareTo(K.multiply(mad)) > 0) {
                    out.add(new Outlier(e.getKey(), sources.get(i), v, median, mad));
                }
            }
        }
        return out;
    }

    static BigDecimal median(List<BigDecimal> xs) {
        List<BigDecimal> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : s.get(n / 2 - 1).add(s.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    /** The per-report object the JSON output shows: the four indicators, and last year's where the report was paired. */
    public static Map<String, Object> json(Indicators now, Indicators previous) {
        Map<String, Object> m = new LinkedHashMap<>();
        INDICATORS.forEach((k, f) -> m.put(k, f.apply(now)));
        if (previous != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            INDICATORS.forEach((k, f) -> p.put(k, f.apply(previous)));
            m.put("previousYear", p);
        }
        return m;
    }
}

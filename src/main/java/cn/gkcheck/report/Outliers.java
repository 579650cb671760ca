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

    /**
     * The same outliers by report and indicator, for outputs that mark a report's cell (the HTML overview) rather than
     * list them: keyed by source as {@link #add} was given it.
     */
    public Map<String, Map<String, Outlier>> bySource() {
        Map<String, Map<String, Outlier>> m = new LinkedHashMap<>();
        for (Outlier o : find()) m.computeIfAbsent(o.source(), k -> new LinkedHashMap<>()).put(o.indicator(), o);
        return m;
    }

    /** The indicators' keys, in the order every output shows them. */
    public static List<String> indicators() {
        return List.copyOf(INDICATORS.keySet());
    }

    /** An indicator's value for these indicators, by key. */
    public static BigDecimal value(String indicator, Indicators i) {
        return i == null ? null : INDICATORS.get(indicator).apply(i);
    }

    /** An indicator's name as the overview and the spreadsheet head their columns. */
    public static String label(String indicator, boolean english) {
        return switch (indicator) {
            case "substantiveOpenRate" -> english ? "substantive open rate" : "实质公开率";
            case "unavailableShare" -> english ? "unavailable share" : "无法提供占比";
            case "reconsiderationCorrection" -> english ? "reconsideration correction rate" : "行政复议纠错率";
            case "litigationCorrection" -> english ? "litigation correction rate" : "行政诉讼纠错率";
            default -> indicator;
        };
    }

    /** Why a value is marked, in a sentence: "离群：高于本批中位数 58.0%（超过 3 倍绝对中位差 2.0%）". */
    public static String explain(Outlier o, boolean english) {
        boolean above = o.value().compareTo(o.median()) > 0;
        return english
                ? "Outlier: " + (above ? "above" : "below") + " the batch median " + percent(o.median()) + " by more than " + K + " × MAD (" + percent(o.mad()) + ")"
                : "离群：" + (above ? "高于" : "低于") + "本批中位数 " + percent(o.median()) + "（偏离超过 " + K + " 倍绝对中位差 " + percent(o.mad()) + "）";
    }

    /** A ratio as a percentage with one decimal, as the overview shows every indicator. */
    public static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
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

package cn.gkcheck.prose;

import cn.gkcheck.model.Source;
import java.util.List;

/**
 * A number the prose states about the tables (B9), with every reading of it that the wording
 * allows. It matches when any evaluable reading equals the stated number. It is certain when the
 * sentence speaks of the report's own organ and all readings agree on one value: only then can a
 * mismatch be called an error.
 *
 * @param what      what the prose speaks of, in Chinese ("本年新收申请", "行政复议总计")
 * @param phrase    the words as printed, whitespace removed
 * @param stated    the number stated (0 for "未收到…申请", the table total for "均获维持")
 * @param scopeNote why the scope is uncertain (the subject the sentence names), or null
 */
public record Claim(String what, String phrase, long stated, List<Reading> readings, String scopeNote,
                    int section, Source source) {

    public boolean evaluable() {
        return readings.stream().anyMatch(Reading::evaluable);
    }

    public boolean matched() {
        return readings.stream().anyMatch(r -> r.evaluable() && r.value() == stated);
    }

    /** Scope and wording leave one value: a mismatch is then certainly an error. */
    public boolean certain() {
        return scopeNote == null && readings.stream().filter(Reading::evaluable).map(Reading::value).distinct().count() == 1;
    }

    /** The first evaluable reading: the one a finding points at. */
    public Reading primary() {
        return readings.stream().filter(Reading::evaluable).findFirst().orElse(readings.get(0));
    }

    /** "本年新收 3119（requests/new/total）；本年新收+上年结转 3153（…）". */
    public String readingsZh() {
        StringBuilder b = new StringBuilder();
        for (Reading r : readings) {
            if (!r.evaluable()) continue;
            if (b.length() > 0) b.append("；");
            b.append(r.zh()).append(" ").append(r.value()).append("（").append(r.keys()).append("）");
        }
        return b.toString();
    }

    public String readingsEn() {
        StringBuilder b = new StringBuilder();
        for (Reading r : readings) {
            if (!r.evaluable()) continue;
            if (b.length() > 0) b.append("; ");
            b.append(r.en()).append(" ").append(r.value()).append(" (").append(r.keys()).append(")");
        }
        return b.toString();
    }
}

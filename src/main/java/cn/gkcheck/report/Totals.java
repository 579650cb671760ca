package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Severity;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The counts of a run, kept as reports stream past: what every summary line and overview is made of. */
public final class Totals {
    private long reports, unreadable, errors, warnings, infos, notEvaluated;
    private final Map<String, Long> byRule = new TreeMap<>();

    public void add(CheckedReport r) {
        reports++;
        if (r.unreadable()) unreadable++;
        errors += r.count(Severity.ERROR);
        warnings += r.count(Severity.WARNING);
        infos += r.count(Severity.INFO);
        notEvaluated += r.notEvaluated().size();
        for (Finding f : r.findings()) byRule.merge(f.getRule(), 1L, Long::sum);
    }

    public long reports() { return reports; }
    public long unreadable() { return unreadable; }
    public long errors() { return errors; }
    public long warnings() { return warnings; }
    public long infos() { return infos; }
    public long notEvaluated() { return notEvaluated; }

    /** Findings per rule id, in id order. */
    public Map<String, Long> byRule() {
        return Collections.unmodifiableMap(byRule);
    }
}

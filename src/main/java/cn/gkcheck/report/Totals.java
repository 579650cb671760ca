package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Severity;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The counts of a run, kept as reports stream past: what every summary line and overview is made of. */
public final class Totals {
    private long reports, unreadable, errors, warnings, infos, notEvaluated, suppressed, baselined;
    private final Map<String, Long> byRule = new TreeMap<>();
    private final java.util.List<Finding> folder = new java.util.ArrayList<>();

    public void add(CheckedReport r) {
        reports++;
        if (r.unreadable()) unreadable++;
        errors += r.count(Severity.ERROR);
        warnings += r.count(Severity.WARNING);
        infos += r.count(Severity.INFO);
        notEvaluated += r.notEvaluated().size();
        suppressed += r.suppressed().size();
        baselined += r.baselined();
        for (Finding f : r.findings()) byRule.merge(f.getRule(), 1L, Long::sum);
    }

    public long reports() { return reports; }
    public long unreadable() { return unreadable; }
    public long errors() { return errors; }
    public long warnings() { return warnings; }
    public long infos() { return infos; }
    public long notEvaluated() { return notEvaluated; }
    /** Findings a suppression accepted (shown with their reason, not counted above). */
    public long suppressed() { return suppressed; }
    /** Findings a baseline dropped (not shown, not counted above). */
    public long baselined() { return baselined; }

    /**
     * Findings about the folder rather than one report (an organ of the roster that did not file, two
     * organs' reports that share their text): found after the last report, rendered by each sink's end.
     */
    public void addFolderFinding(Finding f) {
        folder.add(f);
        byRule.merge(f.getRule(), 1L, Long::sum);
        switch (f.getSeverity()) {
            case ERROR -> errors++;
            case WARNING -> warnings++;
            case INFO -> infos++;
        }
    }

    public java.util.List<Finding> folderFindings() {
        return Collections.unmodifiableList(folder);
    }

    /** Findings per rule id, in id order. */
    public Map<String, Long> byRule() {
        return Collections.unmodifiableMap(byRule);
    }
}

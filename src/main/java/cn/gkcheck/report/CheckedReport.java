package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Severity;
import cn.gkcheck.check.Triage;
import cn.gkcheck.model.Report;
import java.util.List;

/**
 * One input after checking: the report read from it and its findings, in order; the findings a
 * suppression accepted, with their reasons, and how many a baseline dropped (neither counts for the
 * exit code nor in the findings); the key indicators of the same organ's report of the year before,
 * where one was paired with it (null otherwise), for year-on-year change; its own key indicators; and the
 * balance relations it leaves unchecked ("B2 requests/*&#47;natural"): a first-class outcome, neither passed nor failed, kept here
 * and in the summary though its findings are folded into the findings of the cells and rows that block them.
 * Those are worked out once, where the report is checked, not once by every output that shows them.
 */
public record CheckedReport(String source, Report report, List<Finding> findings, List<Triage.Suppressed> suppressed, int baselined,
                            cn.gkcheck.check.Indicators previousYear, List<String> notEvaluated,
                            cn.gkcheck.check.Indicators indicators) {

    public CheckedReport(String source, Report report, List<Finding> findings) {
        this(source, report, findings, List.of(), 0, null);
    }

    public CheckedReport(String source, Report report, List<Finding> findings, cn.gkcheck.check.Indicators previousYear) {
        this(source, report, findings, List.of(), 0, previousYear);
    }

    public CheckedReport(String source, Report report, List<Finding> findings, List<Triage.Suppressed> suppressed, int baselined,
                         cn.gkcheck.check.Indicators previousYear) {
        this(source, report, findings, suppressed, baselined, previousYear,
                report.isReadable() ? cn.gkcheck.check.Relations.notEvaluated(report) : List.of(),
                cn.gkcheck.check.Indicators.of(report));
    }

    /** The same result after the baseline and the suppressions have sorted its findings: nothing worked out again. */
    public CheckedReport triaged(List<Finding> kept, List<Triage.Suppressed> suppressed, int baselined) {
        return new CheckedReport(source, report, kept, suppressed, baselined, previousYear, notEvaluated, indicators);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.getSeverity() == s).count();
    }

    /** The input could not be read as a report (exit code 3). */
    public boolean unreadable() {
        return report.getProblems().stream().anyMatch(p -> !p.isInternal());
    }

    /** gkcheck itself failed on this input (exit code 4): its reading or its checking threw. */
    public boolean broken() {
        return report.getProblems().stream().anyMatch(cn.gkcheck.model.ReadProblem::isInternal);
    }
}

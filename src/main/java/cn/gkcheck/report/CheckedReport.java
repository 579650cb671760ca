package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Severity;
import cn.gkcheck.model.Report;
import java.util.List;

/**
 * One input after checking: the report read from it, its findings in order, and the balance relations it
 * leaves unchecked ("B2 requests/*&#47;natural"): a first-class outcome, neither passed nor failed, kept here
 * and in the summary though its findings are folded into the findings of the cells and rows that block them.
 * Those are worked out once, where the report is checked, not once by every output that shows them.
 */
public record CheckedReport(String source, Report report, List<Finding> findings, List<String> notEvaluated) {

    public CheckedReport(String source, Report report, List<Finding> findings) {
        this(source, report, findings, report.isReadable() ? cn.gkcheck.check.Relations.notEvaluated(report) : List.of());
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

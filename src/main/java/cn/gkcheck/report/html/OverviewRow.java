package cn.gkcheck.report.html;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Indicators;
import cn.gkcheck.check.Severity;
import cn.gkcheck.model.Meta;
import cn.gkcheck.report.CheckedReport;
import java.util.TreeSet;

/**
 * What the overview keeps of one report once its page is written: a few strings and counts, never the
 * report itself, so that a batch of any size fits in memory. Its indicators (and last year's, where paired) are
 * kept so that the outliers across the folder can be found and marked once every report has passed.
 */
record OverviewRow(int number, String page, String source, String organ, Integer year, String format, String inputKind,
                   long errors, long warnings, long infos, Result result, Indicators indicators, Indicators previousYear,
                   TreeSet<String> rules, TreeSet<String> categories, TreeSet<String> severities) {

    static OverviewRow of(int number, String page, CheckedReport r) {
        Meta m = r.report().getMeta();
        TreeSet<String> rules = new TreeSet<>(), categories = new TreeSet<>(), severities = new TreeSet<>();
        for (Finding f : r.findings()) {
            rules.add(f.getRule());
            if (f.getCategory() != null) categories.add(f.getCategory());
            severities.add(f.getSeverity().json());
        }
        return new OverviewRow(number, page, r.source(), m.getOrgan(), m.getYear(), r.report().getFormatVersion(), m.getInputKind(),
                r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO), Result.of(r),
                r.indicators(), r.previousYear(), rules, categories, severities);
    }
}

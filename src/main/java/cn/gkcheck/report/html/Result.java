package cn.gkcheck.report.html;

import cn.gkcheck.check.Severity;
import cn.gkcheck.report.CheckedReport;

/** A report's outcome as the overview sorts and charts it. Infos alone still pass. */
enum Result {
    PASS, WARNINGS, ERRORS, UNREADABLE;

    static Result of(CheckedReport r) {
        if (r.unreadable() || r.broken()) return UNREADABLE;
        if (r.count(Severity.ERROR) > 0) return ERRORS;
        if (r.count(Severity.WARNING) > 0) return WARNINGS;
        return PASS;
    }

    String css() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

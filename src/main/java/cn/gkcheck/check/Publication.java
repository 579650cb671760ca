package cn.gkcheck.check;

import cn.gkcheck.model.Source;
import java.time.LocalDate;

/**
 * The date a report was published, inserted once per report where it is known (prose.Deadlines.published:
 * the reader, {@code --published}, or a "发布日期：" line of the page); {@code source} is where it was read,
 * null for the JSON model or {@code --published}. The Article 49 rules (rules/deadline.drl) compare it
 * with the {@link Deadline}s.
 */
public record Publication(LocalDate date, Source source) {

    /** Whole days after {@code deadline}. */
    public long daysAfter(LocalDate deadline) {
        return java.time.temporal.ChronoUnit.DAYS.between(deadline, date);
    }
}

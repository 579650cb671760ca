package cn.gkcheck.check;

import cn.gkcheck.model.OrganKind;
import java.time.LocalDate;

/**
 * The last day on which an organ of {@code kind} may publish this report under Article 49 of the
 * Regulations, or under a stricter regional {@link Profile} ({@code profile} its name, null for the article).
 * Inserted by the rules that state the article and the profile (rules/deadline.drl), not by Java; where
 * several apply, the rules use the earliest.
 */
public record Deadline(OrganKind kind, LocalDate date, String profile) {

    public Deadline(OrganKind kind, LocalDate date) {
        this(kind, date, null);
    }

    /** "第四十九条" or "第四十九条及《…》": what the finding says the deadline rests on. */
    public String basisZh() {
        return profile == null ? "第四十九条" : "《" + profile + "》";
    }

    public String basisEn() {
        return profile == null ? "Art. 49" : "the regional profile \"" + profile + "\"";
    }
}

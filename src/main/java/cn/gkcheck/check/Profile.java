package cn.gkcheck.check;

import cn.gkcheck.model.OrganKind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A regional profile (gkcheck.yaml {@code profile:}): a province's or city's own, stricter deadlines for
 * publishing the annual report, by kind of organ, as month and day of the year after the report year. Data,
 * not code: inserted as a fact once per report, and rules/deadline.drl turns it into {@link Deadline}s
 * that cite the profile by name beside Article 49.
 */
public record Profile(String name, Map<OrganKind, MonthDay> deadlines) {

    public Profile {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a profile needs a name (the document it rests on)");
        deadlines = Collections.unmodifiableMap(new EnumMap<>(deadlines));
    }

    /** The profile's deadline for {@code kind} of the report of {@code year}; null where the profile sets none. */
    public LocalDate due(OrganKind kind, int year) {
        MonthDay d = deadlines.get(kind);
        return d == null ? null : d.atYear(year + 1);
    }

    /** The organ kinds with a deadline: what the DRL iterates over. */
    public java.util.Collection<OrganKind> kinds() {
        return deadlines.keySet();
    }
}

package cn.gkcheck.cli;

import cn.gkcheck.model.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Pairs the reports of one organ in consecutive years, so that each is checked against the year
 * before (B5–B7, 内容雷同). The organ is the name the title gives, whitespace removed; where a folder
 * holds two reports of one organ and year, the first in input order is used, so the pairing does
 * not depend on anything but the inputs. Pairing works on {@link Key}s, so that a batch keeps one
 * small key per input rather than the reports (cli.Batch).
 */
public final class Pairing {
    private Pairing() {}

    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** What pairing needs of a report: its organ (whitespace removed) and year. */
    public record Key(String organ, int year) {}

    /** The report's key, or null where it is unreadable or its organ or year is unknown. */
    public static Key key(Report r) {
        String organ = r.getMeta().getOrgan();
        Integer year = r.getMeta().getYear();
        if (organ == null || year == null || !r.isReadable()) return null;
        return new Key(SPACE.matcher(organ).replaceAll(""), year);
    }

    /** For each report (by index) the index of its predecessor, in input order; reports without one are absent. */
    public static Map<Integer, Integer> pair(List<Report> reports) {
        return pairKeys(reports.stream().map(Pairing::key).toList());
    }

    /** As {@link #pair}, from the reports' keys (null where a report has none). */
    public static Map<Integer, Integer> pairKeys(List<Key> keys) {
        Map<Key, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != null) first.putIfAbsent(keys.get(i), i);
        }
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Key k = keys.get(i);
            if (k == null) continue;
            Integer j = first.get(new Key(k.organ(), k.year() - 1));
            if (j != null && j != i) out.put(i, j);
        }
        return out;
    }
}

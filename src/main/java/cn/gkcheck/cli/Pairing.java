package cn.gkcheck.cli;

import cn.gkcheck.model.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the reports of one organ in consecutive years, so that each is checked against the year
 * before (B5–B7, 内容雷同). The organ is the name the title gives, whitespace removed; where a folder
 * holds two reports of one organ and year, the first in input order is used, so the pairing does
 * not depend on anything but the inputs.
 */
public final class Pairing {
    private Pairing() {}

    /** For each report (by index) the index of its predecessor, in input order; reports without one are absent. */
    public static Map<Integer, Integer> pair(List<Report> reports) {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            String k = key(reports.get(i), 0);
            if (k != null) first.putIfAbsent(k, i);
        }
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            String before = key(reports.get(i), -1);
            if (before == null) continue;
            Integer j = first.get(before);
            if (j != null && j != i) out.put(i, j);
        }
        return out;
    }

    private static String key(Report r, int yearOffset) {
        String organ = r.getMeta().getOrgan();
        Integer year = r.getMeta().getYear();
        if (organ == null || year == null || !r.isReadable()) return null;
        return organ.replaceAll("\\s+", "") + "|" + (year + yearOffset);
    }
}

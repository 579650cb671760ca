package cn.gkcheck.prose;

import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Paragraph;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** This year's report against last year's (spec §4 B5–B7, §5 内容雷同; rules/crossyear.drl). */
public final class CrossYear {
    private CrossYear() {}

    /** A cell this year that should equal {@code expected}, computed from last year's cells. */
    public record Break(Cell cell, long actual, long expected, String expression, List<Cell> previous) {}

    /** How much of this year's narrative repeats last year's word for word. */
    public record Similarity(int share, int repeatedChars, int totalChars, int repeatedSentences, int sentences) {}

    /** Content is compared only between consecutive years of the same organ. */
    public static boolean consecutive(Report now, Report before) {
        Integer y = now.getMeta().getYear(), p = before.getMeta().getYear();
        return y != null && p != null && p == y - 1;
    }

    /** B5: this year's 上年结转 equals last year's 结转下年度继续办理, column by column. */
    public static List<Break> carryover(Report now, Report before) {
        List<Break> out = new ArrayList<>();
        if (!consecutive(now, before)) return out;
        Optional<Table> t = now.table("requests"), p = before.table("requests");
        if (t.isEmpty() || p.isEmpty()) return out;
        for (Cell c : t.get().getCells()) {
            if (!c.getRow().equals("carriedOver")) continue;
            Optional<Cell> last = p.get().cell("carryForward", c.getColumn());
            Long a = count(c), e = last.map(CrossYear::count).orElse(null);
            if (a == null || e == null || a.equals(e)) continue;
            out.add(new Break(c, a, e, "上年结转(" + now.getMeta().getYear() + ") = 结转下年度继续办理(" + before.getMeta().getYear() + ")", List.of(last.get())));
        }
        return out;
    }

    /** B6 (2021 format): 现行有效件数 rolls forward by 本年制发件数 − 本年废止件数. */
    public static List<Break> inForce(Report now, Report before) {
        List<Break> out = new ArrayList<>();
        if (!consecutive(now, before)) return out;
        Optional<Table> t = now.table("proactive"), p = before.table("proactive");
        if (t.isEmpty() || p.isEmpty()) return out;
        for (String row : List.of("regulations", "normativeDocs")) {
            Optional<Cell> now1 = t.get().cell(row, "inForce"), issued = t.get().cell(row, "issued"), repealed = t.get().cell(row, "repealed");
            Optional<Cell> last = p.get().cell(row, "inForce");
            if (now1.isEmpty() || issued.isEmpty() || repealed.isEmpty() || last.isEmpty()) continue;
            Long a = count(now1.get()), i = count(issued.get()), r = count(repealed.get()), l = count(last.get());
            if (a == null || i == null || r == null || l == null) continue;
            long e = l + i - r;
            if (a == e) continue;
            out.add(new Break(now1.get(), a, e, "现行有效件数(" + now.getMeta().getYear() + ") = 现行有效件数(" + before.getMeta().getYear()
                    + ") " + l + " + 本年制发件数 " + i + " − 本年废止件数 " + r, List.of(last.get(), issued.get(), repealed.get())));
        }
        return out;
    }

    /** B7 (2019 format, inferred): 上一年项目数量 = last year's 上一年项目数量 + last year's 本年增/减. */
    public static List<Break> projectCounts(Report now, Report before) {
        List<Break> out = new ArrayList<>();
        if (!consecutive(now, before)) return out;
        Optional<Table> t = now.table("proactive"), p = before.table("proactive");
        if (t.isEmpty() || p.isEmpty()) return out;
        for (String row : List.of("licensing", "otherServices", "penalties", "enforcement", "fees")) {
            Optional<Cell> now1 = t.get().cell(row, "previousCount"), last = p.get().cell(row, "previousCount"), change = p.get().cell(row, "change");
            if (now1.isEmpty() || last.isEmpty() || change.isEmpty()) continue;
            Long a = count(now1.get()), l = count(last.get()), c = count(change.get());
            if (a == null || l == null || c == null) continue;
            long e = l + c;
            if (a == e) continue;
            out.add(new Break(now1.get(), a, e, "上一年项目数量(" + now.getMeta().getYear() + ") = 上一年项目数量(" + before.getMeta().getYear()
                    + ") " + l + " + 本年增/减(" + before.getMeta().getYear() + ") " + c, List.of(last.get(), change.get())));
        }
        return out;
    }

    /**
     * 内容雷同: the share, by characters, of this year's narrative sentences (sections 一 to 六; the
     * preamble is boilerplate by nature) that stand word for word in last year's report once every
     * number is masked. Sentences are what a drafter copies; masking numbers catches a copy whose
     * figures and years were updated. Sentences under 8 characters (headings, "无。") are not counted.
     */
    public static Similarity similarity(Report now, Report before) {
        Set<String> last = new HashSet<>(sentences(before));
        int total = 0, repeated = 0, n = 0, r = 0;
        for (String s : sentences(now)) {
            total += s.length();
            n++;
            if (last.contains(s)) {
                repeated += s.length();
                r++;
            }
        }
        int share = total == 0 ? 0 : (int) Math.round(100.0 * repeated / total);
        return new Similarity(share, repeated, total, r, n);
    }

    /** A warning at or above this share: half the narrative copied leaves this year's work untold. */
    public static final int SIMILARITY_THRESHOLD = 50;

    public static List<Similarity> tooSimilar(Report now, Report before) {
        if (!consecutive(now, before)) return List.of();
        Similarity s = similarity(now, before);
        return s.totalChars() > 0 && s.share() >= SIMILARITY_THRESHOLD ? List.of(s) : List.of();
    }

    static List<String> sentences(Report r) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (Paragraph p : r.getParagraphs()) {
            if (p.getSection() < 1 || p.getText() == null) continue;
            b.append(p.getText().replaceAll("\\s+", "")).append('\n');
        }
        for (String s : b.toString().split("[。；！？!?\\n]")) {
            String m = s.replaceAll("[0-9０-９]+(?:\\.[0-9]+)?", "#");
            if (m.length() >= 8) out.add(m);
        }
        return out;
    }

    private static Long count(Cell c) {
        return c.isNumber() ? c.count() : null;
    }
}

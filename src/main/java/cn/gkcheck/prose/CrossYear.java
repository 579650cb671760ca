package cn.gkcheck.prose;

import cn.gkcheck.model.Paragraph;
import cn.gkcheck.model.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * This year's report against last year's (spec §5 内容雷同; rules/crossyear.drl). The B5–B7 figures are
 * inserted as facts by check.DerivedFacts and compared in the DRL.
 */
public final class CrossYear {
    private CrossYear() {}

    /** How much of this year's narrative repeats last year's word for word. */
    public record Similarity(int share, int repeatedChars, int totalChars, int repeatedSentences, int sentences) {}

    /** Content is compared only between consecutive years of the same organ. */
    public static boolean consecutive(Report now, Report before) {
        Integer y = now.getMeta().getYear(), p = before.getMeta().getYear();
        return y != null && p != null && p == y - 1;
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

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；！？!?\\n]");
    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+(?:\\.[0-9]+)?");

    static List<String> sentences(Report r) {
        List<String> out = new ArrayList<>();
        for (String s : narrative(r)) {
            String m = maskNumbers(s);
            if (m.length() >= 8) out.add(m);
        }
        return out;
    }

    /**
     * The narrative of sections 一 to 六 (the preamble is boilerplate by nature) cut into sentences as printed,
     * whitespace removed: what a drafter copies, from last year's report or from another organ's (check.folder).
     */
    public static List<String> narrative(Report r) {
        StringBuilder b = new StringBuilder();
        for (Paragraph p : r.getParagraphs()) {
            if (p.getSection() < 1 || p.getText() == null) continue;
            b.append(SPACE.matcher(p.getText()).replaceAll("")).append('\n');
        }
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(b)) if (!s.isEmpty()) out.add(s);
        return out;
    }

    /** Every number as "#": a copy whose figures and years were updated still matches. */
    public static String maskNumbers(String sentence) {
        return NUMBER.matcher(sentence).replaceAll("#");
    }
}

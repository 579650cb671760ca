package cn.gkcheck.check.folder;

import cn.gkcheck.model.Report;
import cn.gkcheck.prose.Boilerplate;
import cn.gkcheck.prose.CrossYear;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the folder keeps of one report's text to find 内容雷同 between organs: a MinHash signature over its
 * sentences and the sorted hashes of its sentences, a few hundred bytes whatever the report's length. The
 * batch is streamed, so no full text is held; the few pairs confirmed are read again for example sentences.
 *
 * <p>A sentence is a narrative sentence (CrossYear.narrative) with its numbers masked and the places its
 * organ's name names masked too, so that an organ that copied another's report and put in its own name and
 * figures still matches; sentences the format prescribes ({@link Boilerplate}) and short ones are left out.
 */
public record TextPrint(int[] minHash, long[] sentences) {
    /** Sentences under this many characters ("无。", "（一）主动公开") say nothing of who wrote them. */
    static final int MIN_CHARS = 8;
    static final int HASHES = 64;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) SEEDS[i] = x = mix(x + i);
    }

    public static TextPrint of(Report r) {
        List<String> sentences = sentences(r);
        long[] hashes = sentences.stream().mapToLong(TextPrint::hash).sorted().distinct().toArray();
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long h : hashes) {
            for (int i = 0; i < HASHES; i++) {
                int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                if (v < sig[i]) sig[i] = v;
            }
        }
        return new TextPrint(sig, hashes);
    }

    /** The report's sentences as compared, masked; in the order printed. */
    static List<String> sentences(Report r) {
        return printed(r).stream().map(p -> p[1]).toList();
    }

    /** For example sentences: each compared sentence as printed, beside its hash. */
    static List<String[]> printed(Report r) {
        List<String[]> out = new ArrayList<>();
        for (String s : CrossYear.narrative(r)) {
            String m = normalise(s, r.getMeta().getOrgan());
            if (m.length() >= MIN_CHARS && !Boilerplate.is(m)) out.add(new String[] {s, m});
        }
        return out;
    }

    // the areas an organ's name is made of: 青禾市, 溪南区, 双河镇 of 青禾市溪南区双河镇人民政府
    private static final Pattern AREA = Pattern.compile(".{1,8}?(?:自治区|省|市|州|盟|地区|县|区|旗|镇|乡|街道)");
    static final String ORGAN_MASK = "〇";

    static String normalise(String sentence, String organ) {
        String s = CrossYear.maskNumbers(sentence);
        if (organ == null || organ.isBlank()) return s;
        String o = organ.replaceAll("\\s+", "");
        List<String> parts = new ArrayList<>(List.of(o, o.replace("人民政府", "政府")));
        Matcher m = AREA.matcher(o);
        while (m.find() && m.end() <= o.length()) {
            if (m.group().length() >= 2) parts.add(m.group());
        }
        String stem = o.replaceAll("(?:人民)?政府$", "");
        if (stem.length() >= 2) parts.add(stem);
        parts.sort(Comparator.comparingInt(String::length).reversed());
        for (String p : parts) s = s.replace(p, ORGAN_MASK);
        return s;
    }

    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    // SplitMix64's finaliser: spreads every input bit over the output, so one seed per hash makes 64 independent orders
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The sentences the two share (both arrays sorted and distinct). */
    static long[] common(long[] a, long[] b) {
        long[] out = new long[Math.min(a.length, b.length)];
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else { out[n++] = a[i]; i++; j++; }
        }
        return Arrays.copyOf(out, n);
    }
}

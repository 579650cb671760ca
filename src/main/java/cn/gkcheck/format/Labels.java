package cn.gkcheck.format;

import java.text.Normalizer;

/**
 * Tolerant label comparison. Reports print the same label with full- or half-width
 * characters, stray spaces, different quotes and brackets, and OCR damage; labels are
 * compared after folding those away, and scored by their longest common subsequence.
 */
public final class Labels {
    private Labels() {}

    /** NFKC (full width → half width), then drop spaces, punctuation, quotes and brackets. */
    public static String fold(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) b.appendCodePoint(cp);
        });
        return b.toString();
    }

    /** As {@link #fold} and also without the leading numbering ("一、", "（三）", "1.", "2、"). */
    public static String core(String s) {
        String f = fold(stripNumbering(s));
        return f;
    }

    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile(
            "^(?:[(（][一二三四五六七八九十0-9-]{1,2}[)）]|[一二三四五六七八九十]{1,2}\\s*[、.．,，]|[0-9]{1,2}\\s*[、.．,，])\\s*");

    /** Removes leading numbering: 一、 二. （一） (三) 1. 1、 and the like (repeatedly: "三、（一）"). */
    public static String stripNumbering(String s) {
        if (s == null) return "";
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        java.util.regex.Matcher m = NUMBERING.matcher(t);
        while (m.lookingAt() && m.end() > 0) {
            t = t.substring(m.end()).strip();
            m = NUMBERING.matcher(t);
        }
        return t;
    }

    /**
     * Similarity in [0,1]: 2·LCS / (|a| + |b|) on folded text. Robust to a few dropped or
     * garbled characters, which is what OCR and PDF extraction do to labels.
     */
    public static double similarity(String a, String b) {
        return similarityOfFolded(fold(a), fold(b));
    }

    /** {@link #similarity} for texts already folded (the hot path of row matching). */
    public static double similarityOfFolded(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) return 0;
        if (x.equals(y)) return 1;
        // no character in common, no common subsequence: most cells asked about (figures, other rows'
        // labels) share none with a label, and this costs |x| + |y| where the LCS costs |x|·|y|
        if ((charMask(x) & charMask(y)) == 0) return 0;
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                cur[j] = x.charAt(i - 1) == y.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return 2.0 * prev[y.length()] / (x.length() + y.length());
    }

    /** The characters of {@code s}, each as one of 64 bits (by its low bits): disjoint masks, no common character. */
    private static long charMask(String s) {
        long m = 0;
        for (int i = 0; i < s.length(); i++) m |= 1L << (s.charAt(i) & 63);
        return m;
    }

    /** No two texts of these lengths are more similar than this (an LCS is at most the shorter text). */
    public static double similarityBound(int x, int y) {
        return x == 0 || y == 0 ? 0 : 2.0 * Math.min(x, y) / (x + y);
    }
}

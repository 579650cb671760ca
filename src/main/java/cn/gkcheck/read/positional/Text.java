package cn.gkcheck.read.positional;

import cn.gkcheck.format.Values;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Joining glyphs into text and recognising the few textual shapes the layout depends on. */
public final class Text {
    /** A gap wider than this share of the font size is printed white space, so it becomes one space. */
    static final float SPACE_GAP_EM = 0.3f;
    static final float CJK_GAP_EM = 0.8f;

    /** 一、 （一） (1) 1. 1、 — how a new row label begins; a wrapped continuation never does. */
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^(?:([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+|\\d+)[）)]|(\\d+)[.．、](?!\\d))");
    private static final Pattern PAGE_MARKER = Pattern.compile("^[-－—–]?\\s*(?:\\d{1,4}|第\\d{1,4}页(?:共\\d{1,4}页)?)\\s*[-－—–]?$");

    private Text() {}

    static String join(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null && gap(prev, g)
                    && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
            sb.append(g.text());
            prev = g;
        }
        return sb.toString();
    }

    /** A printed space or a visible gap between two glyphs of one line. */
    static boolean gap(Glyph prev, Glyph g) {
        float em = Math.min(g.fontSize(), prev.fontSize());
        // Chinese is set without spaces; a small gap between two CJK characters is justification
        // ("商 业 企" spread to fill a cell), not a space the author typed
        float limit = cjk(prev) && cjk(g) ? CJK_GAP_EM * em : SPACE_GAP_EM * em;
        return g.spaceBefore() && g.x() > prev.x() || g.x() - prev.right() > limit;
    }

    private static boolean cjk(Glyph g) {
        return !g.text().isEmpty() && g.text().charAt(0) >= 0x2E80;
    }

    /** Joins a cell's wrapped lines: no space between CJK pieces, one between Latin words. */
    static String joinWrapped(String a, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        char l = a.charAt(a.length() - 1), f = b.charAt(0);
        boolean latin = l < 0x2E80 && f < 0x2E80 && Character.isLetterOrDigit(l) && Character.isLetterOrDigit(f);
        return latin ? a + " " + b : a + b;
    }

    public static boolean isNumberOrDash(String s) {
        return Values.isFigure(s);
    }

    /**
     * What stands in a data cell: a number or dash, or a number with a unit tight after it. The
     * latter is a defect the checker reports, so it must reach its cell as printed rather than be
     * taken for header or label text. A numbered label ("3.其他") is not a value.
     */
    static boolean isValue(String s) {
        return isNumberOrDash(s) || Values.isFigureWithWord(s) && !startsWithEnumerator(s);
    }

    static boolean startsWithEnumerator(String s) {
        return ENUMERATOR.matcher(s.strip()).find();
    }

    /** The number an enumerator carries (一 → 1, （三） → 3, 2. → 2), or -1. */
    static int ordinal(String s) {
        Matcher m = ENUMERATOR.matcher(s.strip());
        if (!m.find()) return -1;
        String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (v.chars().allMatch(Character::isDigit)) return Integer.parseInt(v);
        String digits = "一二三四五六七八九";
        if (v.length() == 1) return v.equals("十") ? 10 : digits.indexOf(v) + 1;
        if (v.startsWith("十")) return 10 + digits.indexOf(v.charAt(1)) + 1;
        return -1;
    }

    static boolean isPageMarker(String compact) {
        return PAGE_MARKER.matcher(compact).matches();
    }
}

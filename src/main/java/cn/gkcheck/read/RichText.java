package cn.gkcheck.read;

import java.util.List;

/**
 * Whitespace as a browser shows it, without touching anything else: runs of ASCII whitespace
 * collapse to one space, a line break between two CJK characters disappears (CSS Text 3
 * segment-break rule — Word and CMS editors wrap long Chinese lines in the source), and the
 * ends are trimmed of every kind of blank (space, tab, &amp;nbsp;, U+3000 …). HTML and Word
 * both carry text this way, so the HTML and DOCX readers share it.
 */
public final class RichText {
    private RichText() {}

    public static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B'
                || c == '\u00A0' || c == '\u3000' || c == '\uFEFF' || c == '\u200B'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Wide (East Asian) characters, between which a source line break is not a space. */
    public static boolean isWide(char c) {
        return (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF')
                || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFFEF')
                || (c >= '\u3000' && c <= '\u303F') || Character.isSurrogate(c)
                || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u2014' || c == '\u2026';
    }

    /** Collapse source whitespace as rendered, then trim the ends. */
    public static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isAsciiSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            boolean newline = false;
            while (j < n && isAsciiSpace(s.charAt(j))) {
                if (s.charAt(j) == '\n' || s.charAt(j) == '\r') newline = true;
                j++;
            }
            char before = out.length() == 0 ? 0 : out.charAt(out.length() - 1);
            char after = j < n ? s.charAt(j) : 0;
            if (!(newline && before != 0 && after != 0 && isWide(before) && isWide(after))) out.append(' ');
            i = j;
        }
        return trim(out);
    }

    /** Trim every kind of blank at both ends; nothing inside changes. */
    public static String trim(CharSequence s) {
        int a = 0, b = s.length();
        while (a < b && isBlankChar(s.charAt(a))) a++;
        while (b > a && isBlankChar(s.charAt(b - 1))) b--;
        return s.subSequence(a, b).toString();
    }

    /**
     * Lines of one cell joined so that a label broken over two lines ("商业" / "企业") reads as
     * printed: no separator, except a space between two ASCII letters or digits ("12" / "3").
     */
    public static String joinLines(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (l.isEmpty()) continue;
            if (sb.length() > 0 && isAsciiAlnum(sb.charAt(sb.length() - 1)) && isAsciiAlnum(l.charAt(0))) sb.append(' ');
            sb.append(l);
        }
        return sb.toString();
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

package cn.gkcheck.interpret;

import cn.gkcheck.read.Block;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles the title where it is not one line: printed over two or three lines ("淮安市人民政府" /
 * "2024年政府信息公开工作" / "年度报告"), or run into the body on one line ("…年度报告根据《条例》…").
 * Lines are joined only while the title they make still lacks its organ or year, so a navigation line
 * above a whole title is not taken into it.
 */
final class TitleLines {
    private TitleLines() {}

    /** A title is printed on at most this many lines. */
    static final int MAX_LINES = 3;

    /** The title, how many lines before this one it began on, and the body text run into its line. */
    record Found(String title, int joined, String rest) {}

    // where a title ends: its last words, and a bracket right after ("（以下简称年报）")
    private static final Pattern END = Pattern.compile("(?:年\\s*度\\s*报\\s*告|工\\s*作\\s*报\\s*告|年\\s*报)(?:\\s*[（(][^）)。]{0,12}[）)])?");
    private static final Pattern SENTENCE = Pattern.compile("[。，,；;：:《》“”！？]");
    // a sentence of the body that names the report: "本年度报告根据…", "根据…编制本报告"
    private static final Pattern BODY_START = Pattern.compile("^(?:本|根据|按照|依据|依照|现|为|此)");

    /** The title this line ends, joined with up to two short lines before it where it wraps; null where none. */
    static Found find(String text, List<Block.Para> before) {
        String head = head(text);
        if (head == null) return null;
        String rest = text.substring(head.length()).strip();
        Found alone = null, firstJoin = null;
        StringBuilder joined = new StringBuilder(head);
        for (int k = 0; k <= before.size(); k++) {
            if (k > 0) joined.insert(0, before.get(before.size() - k).text().strip());
            String candidate = joined.toString();
            if (!MetaReader.looksLikeTitle(candidate)) continue;
            Found f = new Found(candidate, k, rest);
            if (MetaReader.parseTitle(candidate).complete()) return f;
            if (k == 0) alone = f;
            else if (firstJoin == null) firstJoin = f;
        }
        return alone != null ? alone : firstJoin;
    }

    /** The part of a line up to where a title would end, where it could be (the end of) a title. */
    private static String head(String text) {
        Matcher m = END.matcher(text);
        if (!m.find()) return null;
        String head = text.substring(0, m.end());
        // the bracket after the title's last words may quote: "（以下简称“年报”）"
        if (SENTENCE.matcher(text.substring(0, m.start())).find() || BODY_START.matcher(head).find()) return null;
        return head;
    }

    /** A short line with no sentence in it may be the first line of a title that wraps. */
    static boolean mayBeTitlePart(String text) {
        String t = text.strip();
        return t.length() <= 30 && !SENTENCE.matcher(t).find() && !t.matches(".*[>|/\\\\].*")
                && !HeadingMatcher.headingLike(t) && HeadingMatcher.match(t, 1).isEmpty();
    }
}

package cn.gkcheck.read.crawler;

import cn.gkcheck.format.Labels;
import cn.gkcheck.format.RenamedHeadings;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.SectionDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the six section headings inside a line of running text: a numeral ("三、", "第三部分")
 * followed by that section's official heading or one of its variants. The numeral alone is not
 * enough: "三、本年度办理结果" and "四、结转下年度继续办理" are rows of the 申请 table.
 */
final class Sections {
    private Sections() {}

    record At(int start, int end, int number) {}

    private static final Pattern NUMERAL = Pattern.compile("(?:第\\s*([一二三四五六])\\s*部分\\s*[、.．:：]?|([一二三四五六])\\s*[、.．])\\s*");

    static List<At> find(String line) {
        List<At> out = official(line);
        for (int n = 2; n <= 6; n++) {
            At renamed = renamed(line, out, n);
            if (renamed != null) {
                out.add(renamed);
                out.sort(Comparator.comparingInt(At::start));
            }
        }
        return out;
    }

    /** The headings printed as the official heading or a variant. */
    private static List<At> official(String line) {
        List<At> out = new ArrayList<>();
        Matcher m = NUMERAL.matcher(line);
        int from = 0;
        while (from < line.length() && m.find(from)) {
            String numeral = m.group(1) != null ? m.group(1) : m.group(2);
            int number = "一二三四五六".indexOf(numeral) + 1;
            int end = headingEnd(line, m.end(), OfficialFormat.SECTIONS.get(number - 1));
            if (end > 0) {
                out.add(new At(m.start(), end, number));
                from = end;
            } else {
                from = m.start() + 1;
            }
        }
        return out;
    }

    /**
     * Section {@code n}'s heading reworded ("五、下一步工作打算"), only where it is due: after
     * section n−1's heading and before section n+1's (or anywhere after n−1's for the last), the
     * first numeral n standing at a paragraph's start whose text up to the next space could be a
     * heading ({@link RenamedHeadings}) and is no row of a table. Null where the section's heading was found or none is due.
     */
    private static At renamed(String line, List<At> found, int n) {
        if (found.stream().anyMatch(a -> a.number() == n)) return null;
        At before = found.stream().filter(a -> a.number() == n - 1).findFirst().orElse(null);
        At after = found.stream().filter(a -> a.number() == n + 1).findFirst().orElse(null);
        if (before == null || after == null && n < 6 || after != null && after.start() < before.end()) return null;
        int to = after == null ? line.length() : after.start();
        Matcher m = NUMERAL.matcher(line).region(before.end(), to);
        while (m.find()) {
            String numeral = m.group(1) != null ? m.group(1) : m.group(2);
            if ("一二三四五六".indexOf(numeral) + 1 != n) continue;
            if (m.start() > 0 && !Character.isWhitespace(line.charAt(m.start() - 1))) continue; // not a paragraph's start
            int end = m.end();
            while (end < to && !Character.isWhitespace(line.charAt(end))) end++;
            String text = line.substring(m.end(), end);
            // "四、结转下年度继续办理" between sections 三 and 五 is a row of the 申请 table, not a heading
            if (RenamedHeadings.couldBe(text) && RowKeys.of("requests", text) == null) return new At(m.start(), end, n);
        }
        return null;
    }

    /** Where the heading text starting at {@code at} ends, or -1 where the text is no heading of this section. */
    private static int headingEnd(String line, int at, SectionDef def) {
        List<String> names = new ArrayList<>(def.variants());
        names.add(def.heading());
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            String want = Labels.fold(name);
            int seen = 0, i = at;
            while (i < line.length() && seen < want.length()) {
                int cp = line.codePointAt(i);
                if (Character.isLetterOrDigit(cp)) {
                    String folded = Labels.fold(new String(Character.toChars(cp)));
                    if (!want.startsWith(folded, seen)) break;
                    seen += folded.length();
                } else if (!isPunctuation(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            if (seen == want.length()) {
                while (i < line.length() && "）)".indexOf(line.charAt(i)) >= 0) i++;
                return i;
            }
        }
        return -1;
    }

    /** Punctuation a heading may print between its words ("行政复议、行政诉讼"); spaces end it. */
    private static boolean isPunctuation(int cp) {
        return !Character.isWhitespace(cp) && !Character.isLetterOrDigit(cp);
    }
}

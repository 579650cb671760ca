package cn.gkcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds what a draft left unfinished in the prose: a count with its number missing, placeholders. */
public final class Prose {
    private Prose() {}

    /** A piece of prose a rule points at. */
    public record Hit(String text, int offset) {}

    // "共发布相关信息条": a verb of counting, a noun, a measure word, and no number between them.
    private static final Pattern MISSING_NUMBER = Pattern.compile(
            "(?:共|累计|全年|总计|合计)(?:发布|公开|收到|受理|办结|办理|答复|制发|废止|培训|开展|举办|召开|更新|回应|接到|处理)"
                    + "[^0-9０-９一二三四五六七八九十百千万两零〇，。；、,;:：（）()]{0,10}?(?:条|件|次|项|篇|个|期|场|人次|份|万元|元)");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "[XＸ]{2,}|[×╳]{2,}|[xX×Ｘ]\\s*(?:件|条|次|项|个|人次|万元|元|年|月|日)|\\[\\s*\\]|【\\s*】|（\\s{1,}）|\\(\\s{1,}\\)|_{3,}|＿{2,}");

    public static List<Hit> missingNumbers(String text) {
        return find(MISSING_NUMBER, text);
    }

    public static List<Hit> placeholders(String text) {
        return find(PLACEHOLDER, text);
    }

    private static List<Hit> find(Pattern p, String text) {
        List<Hit> hits = new ArrayList<>();
        if (text == null) return hits;
        Matcher m = p.matcher(text);
        while (m.find()) hits.add(new Hit(m.group(), m.start()));
        return hits;
    }
}

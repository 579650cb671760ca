package cn.gkcheck.read.crawler;

import cn.gkcheck.read.html.PageDate;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block a crawler writes above the page text: "标题: …", "发布时间: 2023-02-20 15:07",
 * "来源: …", "链接: …" lines in any order, some absent, often closed by a line of dashes.
 */
final class PageHeader {
    static final Pattern FIELD = Pattern.compile(
            "^\\s*(标题|题目|文章标题|发布时间|发布日期|发文日期|成文日期|来源|信息来源|文章来源|链接|原文链接|原文地址|网址|URL|url|Url|地址)\\s*[:：]\\s*(.*?)\\s*$");
    static final Pattern SEPARATOR = Pattern.compile("^\\s*[-=_*—─~]{3,}\\s*$");

    String title;
    int titleLine, titleColumn;
    LocalDate published;
    /** The first line of the page text (0-based index into the lines). */
    int bodyFrom;
    int fields;

    static PageHeader read(String[] lines) {
        PageHeader h = new PageHeader();
        int i = 0;
        for (; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank()) continue;
            Matcher m = FIELD.matcher(l);
            if (m.matches()) {
                h.fields++;
                String key = m.group(1), value = m.group(2);
                if ((key.contains("标题") || key.equals("题目")) && h.title == null && !value.isEmpty()) {
                    h.title = value;
                    h.titleLine = i + 1;
                    h.titleColumn = m.start(2) + 1;
                } else if (key.startsWith("发布") || key.equals("发文日期")) {
                    if (h.published == null) h.published = PageDate.parse(value);
                }
                continue;
            }
            if (SEPARATOR.matcher(l).matches() && h.fields > 0) i++;
            break;
        }
        h.bodyFrom = h.fields > 0 ? i : 0;
        return h;
    }
}

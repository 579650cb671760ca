package cn.gkcheck.read.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The publication date a page shows apart from the report: a visible 发布日期 / 发布时间 label
 * (the first one outside links, so a "related links" list's dates never win), else the CMS
 * metadata (PubDate, firstpublishedtime, article:published_time …), else 成文日期.
 */
public final class PageDate {
    private PageDate() {}

    private static final String DATE = "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})";
    private static final Pattern PUBLISHED = Pattern.compile("(?:发布日期|发布时间|发表日期|发表时间|公开日期|发文日期|发布于)\\s*[:：]?\\s*" + DATE);
    private static final Pattern WRITTEN = Pattern.compile("成文日期\\s*[:：]?\\s*" + DATE);
    private static final Pattern ANY_DATE = Pattern.compile("^\\s*" + DATE);
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})");
    private static final List<String> META_NAMES = List.of("pubdate", "firstpublishedtime", "publishdate", "publish_date",
            "article:published_time", "og:published_time", "dc.date.issued", "dc.date", "dcterms.issued", "weibo:article:create_at");

    public static LocalDate find(Document doc) {
        String text = visibleText(doc);
        LocalDate d = first(PUBLISHED, text);
        if (d != null) return d;
        for (String name : META_NAMES) {
            for (Element m : doc.select("meta")) {
                String key = m.hasAttr("name") ? m.attr("name") : m.hasAttr("property") ? m.attr("property") : m.attr("itemprop");
                if (!key.equalsIgnoreCase(name)) continue;
                d = parse(m.attr("content"));
                if (d != null) return d;
            }
        }
        return first(WRITTEN, text);
    }

    /** The page's text outside links, scripts and styles, with element boundaries as spaces. */
    private static String visibleText(Document doc) {
        StringBuilder sb = new StringBuilder();
        Element body = doc.body();
        if (body == null) return "";
        // how many links, scripts … the walk is inside: counted on the way down and up, so no text
        // node walks its ancestors (that made deeply nested pages quadratic)
        int[] skipped = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && skipped[0] == 0) sb.append(t.getWholeText());
                else if (node instanceof Element e) {
                    sb.append(' ');
                    if (skips(e)) skipped[0]++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && skips(e)) skipped[0]--;
            }
        }, body);
        return sb.toString().replace('\u00A0', ' ').replace('\u3000', ' ');
    }

    private static boolean skips(Element e) {
        String tag = e.normalName();
        return tag.equals("a") || tag.equals("script") || tag.equals("style") || tag.equals("option");
    }

    private static LocalDate first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) return d;
        }
        return null;
    }

    public static LocalDate parse(String s) {
        if (s == null) return null;
        Matcher m = ANY_DATE.matcher(s);
        if (m.find()) return date(m.group(1), m.group(2), m.group(3));
        m = COMPACT.matcher(s);
        if (m.find()) return date(m.group(1), m.group(2), m.group(3));
        return null;
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1990 || year > 2200) return null;
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}

package cn.gkcheck.read;

import cn.gkcheck.model.GuessKind;
import cn.gkcheck.model.Guess;
import cn.gkcheck.model.ReadProblem;
import cn.gkcheck.model.Source;
import cn.gkcheck.read.html.BodyFinder;
import cn.gkcheck.read.html.HtmlDecoder;
import cn.gkcheck.read.html.HtmlWalker;
import cn.gkcheck.read.html.PageDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a report published as a web page (a CMS article page or a Word "save as web page"):
 * decodes the bytes as the site served them (UTF-8, GB2312/GBK/GB18030 declared or not, a BOM),
 * finds the report among navigation, breadcrumbs, footers and link lists, and returns its
 * paragraphs and tables in document order — tables as grids with rowspan/colspan expanded.
 * The page's publication date (发布日期, PubDate metadata) goes to {@link Doc#published}.
 */
public final class HtmlReader implements DocReader {

    private static final Pattern TITLE_PART = Pattern.compile("[_|｜]|\\s[-－—–]\\s");

    @Override
    public Doc read(byte[] bytes, String fileName) {
        Doc doc = new Doc("html");
        try {
            if (bytes == null || bytes.length == 0) {
                doc.problems.add(new ReadProblem("empty", "网页文件为空"));
                return doc;
            }
            HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes);
            doc.encoding = d.encoding();
            if (d.guess() != null) {
                doc.guesses.add(new Guess(GuessKind.ENCODING, null, null, null, d.encoding(), d.guess(), null));
            }
            Parser parser = Parser.htmlParser();
            parser.settings(org.jsoup.parser.ParseSettings.htmlDefault);
            Document page = Jsoup.parse(d.text(), "", parser);
            Deadline.check();
            LimitExceeded.check("网页元素嵌套层数", "HTML element nesting depth", depth(page), Limits.NESTING);
            doc.published = PageDate.find(page);
            BodyFinder found = new BodyFinder(page);
            java.util.Map<String, org.jsoup.nodes.Element> cells = new java.util.HashMap<>();
            List<Block> blocks = HtmlWalker.walk(found.body, found.noise, cells);
            // the source gate reads a cell again as jsoup renders the element its path names
            doc.original = s -> s.getPath() == null || !cells.containsKey(s.getPath()) ? null : cells.get(s.getPath()).text();
            if (blocks.stream().noneMatch(b -> b instanceof Block.Para p && p.text().contains("年度报告"))) {
                String title = pageTitle(page);
                if (title != null) doc.add(new Block.Para(title, Source.path("head/title")));
            }
            blocks.forEach(doc::add);
            if (doc.blocks.isEmpty()) doc.problems.add(new ReadProblem("empty", "网页中没有可读的正文"));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            doc.blocks.clear();
            doc.guesses.clear(); // an unreadable page gets one finding, not an encoding note beside it
            doc.problems.add(Failures.problemOf(e)); // jsoup's fault is the page's; ours is gkcheck's
        }
        return doc;
    }

    /** How deep elements nest: every later step walks ancestors or recurses, so depth is bounded first. */
    private static int depth(Document page) {
        int[] max = {0};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (depth > max[0]) max[0] = depth;
        }, page);
        return max[0];
    }

    /** The part of {@code <title>} that names the report, without the site name after "_" or " - ". */
    private static String pageTitle(Document page) {
        Element t = page.selectFirst("head > title, title");
        if (t == null) return null;
        for (String part : TITLE_PART.split(t.text())) {
            String s = RichText.trim(part);
            if (s.contains("年度报告") || s.contains("年报")) return s;
        }
        return null;
    }
}

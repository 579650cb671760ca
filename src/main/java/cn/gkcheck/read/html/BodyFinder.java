package cn.gkcheck.read.html;

import cn.gkcheck.format.Labels;
import cn.gkcheck.format.TableWords;
import cn.gkcheck.read.Deadline;
import cn.gkcheck.read.RichText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the report inside a government page and marks what around and inside it is page
 * furniture (navigation, breadcrumbs, footers, "related links", share and print bars, the
 * gov.cn metadata table). Nothing is removed from the document, so element paths stay those of
 * the page as served; the walker skips what {@link #noise} holds.
 *
 * <p>The body is the smallest element holding the report's anchors: its statistical tables,
 * its numbered section headings (一、总体情况 …) and the title "…年度报告" nearest them. A page
 * without any of those falls back to the element holding most of the page's non-link text.
 */
public final class BodyFinder {

    public final Element body;
    public final Set<Element> noise = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> anchors = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The anchors and all their ancestors: asking "holds an anchor?" of each element is then one look-up. */
    private final Set<Element> holdingAnchor = Collections.newSetFromMap(new IdentityHashMap<>());
    /** {@link #nonLinkLength} of every element, counted in one walk of the page when first needed. */
    private java.util.Map<Element, Integer> nonLink;

    static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "head", "title", "meta", "link",
            "iframe", "object", "embed", "svg", "canvas", "select", "option", "button", "input", "textarea", "map", "audio", "video");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "header", "menu");
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|bottom|copyright|share|bdshare|sharebar|related|relate|xglj|xgwz|xgxx|"
                    + "sidebar|side|toolbar|tools?|print|position|pos|location|weizhi|dqwz|curpos|fenxiang|prev|next|pager|pagination|"
                    + "topbar|top-bar|header|head|banner|search|login|skip|qrcode|ewm|fontsize|zihao)([\\s_-]|\\d|$)");
    private static final List<String> TABLE_WORDS = TableWords.all();
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(第[一二三四五六]部分|[一二三四五六]\\s*[、.．,，]?)\\s*(总体情况|主动公开|收到和处理|政府信息公开行政复议|因政府信息公开|政府信息公开工作存在|存在的?主要问题|存在问题|其他需要报告)");
    private static final Pattern TITLE = Pattern.compile("年度?报告|年报");
    private static final Pattern CHROME_LINE = Pattern.compile(
            "^\\s*(【|\\[)?\\s*(您?当前的?位置|您现在的位置|发布日期|发布时间|发文日期|来源|信息来源|文章来源|作者|浏览次数|浏览量|访问量|点击数|点击率|阅读次数|字体|字号|打印|关闭|分享到?|扫一扫|索引号)");

    public BodyFinder(Document doc) {
        Element page = doc.body() == null ? doc : doc.body();
        List<Element> content = new ArrayList<>();
        for (Element t : page.getElementsByTag("table")) {
            if (HtmlWalker.isDataTable(t) && !inLink(t) && isReportTable(t)) content.add(t);
        }
        for (Element e : page.getAllElements()) {
            Deadline.check();
            if (e.childrenSize() > 0 && hasBlockChild(e)) continue;
            String text = e.text();
            if (text.length() <= 60 && HEADING.matcher(text).find() && !inLink(e)) content.add(e);
        }
        content = outermostRemoved(content);
        content.forEach(this::addAnchor);
        Element root = lca(content);
        Element title = title(page, root);
        if (title != null) {
            addAnchor(title);
            root = root == null ? title : lca(List.of(root, title));
        }
        if (root == null) root = densest(page);
        else if (title != null && content.isEmpty()) root = grow(root, page);
        // never start inside a table of data: the body holds the whole grid
        for (Element p = root; p != null; p = p.parent()) {
            if (p.normalName().equals("table") && HtmlWalker.isDataTable(p)) root = p.parent() == null ? p : p.parent();
        }
        this.body = root;
        markNoise(root);
    }

    private void addAnchor(Element a) {
        anchors.add(a);
        for (Element p = a; p != null && holdingAnchor.add(p); p = p.parent()) { } // stops where an earlier anchor's chain joins
    }

    /** A table of the report: it prints a word of one of the three tables ({@link TableWords}). */
    private static boolean isReportTable(Element table) {
        String text = Labels.fold(table.text());
        return TABLE_WORDS.stream().anyMatch(text::contains);
    }

    /** The deepest element whose own non-link text is most of the page's. */
    private Element densest(Element page) {
        int total = nonLinkLength(page);
        Element best = page;
        boolean descended = true;
        while (descended && !(best.normalName().equals("table") && HtmlWalker.isDataTable(best))) {
            descended = false;
            for (Element c : best.children()) {
                if (nonLinkLength(c) >= total * 0.7) {
                    best = c;
                    descended = true;
                    break;
                }
            }
        }
        return best;
    }

    /** A title found without any other anchor: widen to the ancestor that holds the text after it. */
    private Element grow(Element title, Element page) {
        Element e = title;
        while (e.parent() != null && e != page && nonLinkLength(e) < 200) e = e.parent();
        return e;
    }

    private Element title(Element page, Element content) {
        Element best = null;
        int bestDepth = -1;
        for (Element e : page.getAllElements()) {
            Deadline.check();
            if (e.childrenSize() > 0 && hasBlockChild(e)) continue;
            String text = e.text();
            if (text.length() < 8 || text.length() > 100 || !TITLE.matcher(text).find()) continue;
            if (!(text.contains("政府信息公开") || text.contains("政务公开") || text.contains("信息公开"))) continue;
            if (inLink(e) || inFurniture(e)) continue;
            if (content == null) return e;
            if (content == e || isAncestor(content, e)) return e;
            if (!precedes(e, content)) continue;
            int depth = depth(lca(List.of(e, content)));
            if (depth >= bestDepth) {
                best = e;
                bestDepth = depth;
            }
        }
        return best;
    }

    private void markNoise(Element root) {
        for (Element c : root.children()) markNoiseRec(c);
    }

    private void markNoiseRec(Element e) {
        Deadline.check();
        String tag = e.normalName();
        if (SKIP_TAGS.contains(tag)) {
            noise.add(e);
            return;
        }
        boolean hasAnchor = containsAnchor(e);
        if (!hasAnchor) {
            if (FURNITURE_TAGS.contains(tag) || FURNITURE_NAME.matcher(e.className() + " " + e.id()).find()
                    || isLinkList(e) || isMetadataTable(e) || isChromeLine(e)) {
                noise.add(e);
                return;
            }
        }
        for (Element c : e.children()) markNoiseRec(c);
    }

    private boolean containsAnchor(Element e) {
        return holdingAnchor.contains(e);
    }

    /** Mostly links: a menu, a "related links" list, 上一篇/下一篇. */
    private static boolean isLinkList(Element e) {
        if (e.normalName().equals("a")) return false;
        int links = e.getElementsByTag("a").size();
        if (links == 0) return false;
        String text = RichText.trim(e.text());
        if (text.isEmpty()) return links > 0 && e.getElementsByTag("img").isEmpty();
        int linkText = 0;
        for (Element a : e.getElementsByTag("a")) linkText += RichText.trim(a.text()).length();
        double ratio = linkText / (double) text.length();
        return links >= 2 ? ratio >= 0.6 : ratio >= 0.75 && text.length() < 120;
    }

    /** gov.cn style 索引号 / 发布机构 / 成文日期 box above the article. */
    private static boolean isMetadataTable(Element e) {
        if (!e.normalName().equals("table") && !e.normalName().equals("div") && !e.normalName().equals("ul")) return false;
        String t = e.text();
        return t.length() < 600 && t.contains("索引号") && (t.contains("发布日期") || t.contains("成文日期") || t.contains("发文机关") || t.contains("发布机构"));
    }

    /** A short line of page chrome: 发布时间：… 来源：… 浏览次数, 【字体：大 中 小】, 打印 关闭. */
    private static boolean isChromeLine(Element e) {
        String t = e.text();
        return t.length() < 150 && CHROME_LINE.matcher(t).find();
    }

    private static boolean inLink(Element e) {
        for (Element p = e; p != null; p = p.parent()) if (p.normalName().equals("a")) return true;
        return false;
    }

    private static boolean inFurniture(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (FURNITURE_TAGS.contains(p.normalName())) return true;
            if (FURNITURE_NAME.matcher(p.className() + " " + p.id()).find()) return true;
            if (SKIP_TAGS.contains(p.normalName())) return true;
        }
        return false;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) if (HtmlWalker.BLOCK_TAGS.contains(c.normalName())) return true;
        return false;
    }

    /**
     * The length of an element's text outside links and skipped elements (script, style …), for
     * all elements in one walk: an element's is the sum of its children's and its own text's, and
     * a link or a skipped element counts nothing. Asking each element for its own walk of its
     * subtree made the search for the densest element cubic in the nesting depth.
     */
    private int nonLinkLength(Element e) {
        if (nonLink == null) nonLink = nonLinkLengths(e.ownerDocument() == null ? root(e) : e.ownerDocument());
        Integer n = nonLink.get(e);
        return n == null ? 0 : n;
    }

    private static Element root(Element e) {
        Element r = e;
        while (r.parent() != null) r = r.parent();
        return r;
    }

    private static java.util.Map<Element, Integer> nonLinkLengths(Element top) {
        java.util.Map<Element, Integer> lengths = new IdentityHashMap<>();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) lengths.put(el, 0);
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element el)) return;
                String tag = el.normalName();
                int own = 0;
                if (!tag.equals("a") && !SKIP_TAGS.contains(tag)) {
                    for (Node c : el.childNodes()) {
                        if (c instanceof TextNode t) own += RichText.trim(t.getWholeText()).length();
                        else if (c instanceof Element ce) own += lengths.get(ce);
                    }
                }
                lengths.put(el, own);
            }
        }, top);
        return lengths;
    }

    /** The outermost of the elements: those none of the others contains. */
    private static List<Element> outermostRemoved(List<Element> list) {
        Set<Element> members = Collections.newSetFromMap(new IdentityHashMap<>());
        members.addAll(list);
        List<Element> out = new ArrayList<>();
        for (Element e : list) {
            boolean inner = false;
            for (Element p = e.parent(); p != null && !inner; p = p.parent()) inner = members.contains(p);
            if (!inner) out.add(e);
        }
        return out;
    }

    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element p = e; p != null; p = p.parent()) d++;
        return d;
    }

    /** e starts before (or contains) other in document order. */
    private static boolean precedes(Element e, Element other) {
        List<Element> a = chain(e), b = chain(other);
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i) == b.get(i)) i++;
        if (i == a.size() || i == b.size()) return true;
        return a.get(i).siblingIndex() < b.get(i).siblingIndex();
    }

    private static List<Element> chain(Element e) {
        List<Element> c = new ArrayList<>();
        for (Element p = e; p != null; p = p.parent()) c.add(p);
        Collections.reverse(c);
        return c;
    }

    static Element lca(List<Element> list) {
        if (list.isEmpty()) return null;
        List<Element> common = chain(list.get(0));
        for (Element e : list.subList(1, list.size())) {
            List<Element> c = chain(e);
            int i = 0;
            while (i < common.size() && i < c.size() && common.get(i) == c.get(i)) i++;
            common = common.subList(0, i);
        }
        return common.isEmpty() ? null : common.get(common.size() - 1);
    }
}

package cn.gkcheck.read.html;

import cn.gkcheck.model.Source;
import cn.gkcheck.read.Block;
import cn.gkcheck.read.Block.GridRow;
import cn.gkcheck.read.Deadline;
import cn.gkcheck.read.Grid;
import cn.gkcheck.read.LimitExceeded;
import cn.gkcheck.read.Limits;
import cn.gkcheck.read.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks the report body in document order: every block element or line break ends a
 * paragraph ({@link Block.Para}); every data table becomes a {@link Block.Grid} with
 * rowspan/colspan expanded by {@link Grid}, continuation positions carrying the same text marked spanned.
 * Layout tables (those holding another table, or a single cell) are read as containers.
 */
public final class HtmlWalker {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "section", "article", "main", "header", "footer", "aside", "nav", "center", "address", "figure",
            "figcaption", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "form", "fieldset", "hr", "body", "html",
            "details", "summary", "legend");
    private static final Pattern HIDDEN = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden|mso-hide\\s*:\\s*all");

    private final Set<Element> skip;
    private final List<Block> out = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final List<Element> owners = new ArrayList<>();
    private java.util.Map<String, Element> cellsByPath = new java.util.HashMap<>();
    private final ElementPaths paths;

    private HtmlWalker(Set<Element> skip, ElementPaths paths) {
        this.skip = skip;
        this.paths = paths;
    }

    public static List<Block> walk(Element body, Set<Element> skip) {
        return walk(body, skip, new java.util.HashMap<>());
    }

    /** As {@link #walk(Element, Set)}, recording the element each table cell's source path names, for the source gate. */
    public static List<Block> walk(Element body, Set<Element> skip, java.util.Map<String, Element> cellsByPath) {
        HtmlWalker w = new HtmlWalker(skip, new ElementPaths());
        w.cellsByPath = cellsByPath;
        w.owners.add(body);
        w.visit(body, true);
        w.flush();
        return w.out;
    }

    private void visit(Node n, boolean isRoot) {
        Deadline.check();
        if (n instanceof TextNode t) {
            line.append(t.getWholeText());
            return;
        }
        if (!(n instanceof Element e)) return;
        if (!isRoot && (skip.contains(e) || hidden(e))) return;
        String tag = e.normalName();
        if (BodyFinder.SKIP_TAGS.contains(tag)) return;
        if (tag.equals("br")) {
            flush();
            return;
        }
        if (tag.equals("table") && isDataTable(e)) {
            flush();
            Block.Grid g = grid(e);
            if (!g.rows().isEmpty()) out.add(g);
            return;
        }
        boolean block = !isRoot && BLOCK_TAGS.contains(tag);
        int start = out.size();
        if (block) {
            flush();
            start = out.size();
            owners.add(e);
        }
        for (Node c : e.childNodes()) visit(c, false);
        if (block) {
            flush();
            owners.remove(owners.size() - 1);
            joinBrokenTitle(start);
        }
    }

    /**
     * A report title set over two or three lines with {@code <br>} ("…政府信息公开工作" / "年度报告")
     * is one printed title: its lines are joined back, the way a cell's lines are. Prose lines are
     * left alone.
     */
    private void joinBrokenTitle(int start) {
        int n = out.size() - start;
        if (n < 2 || n > 3) return;
        List<String> lines = new ArrayList<>();
        Source src = null;
        for (int i = start; i < out.size(); i++) {
            if (!(out.get(i) instanceof Block.Para p)) return;
            if (src == null) src = p.source();
            else if (!src.getPath().equals(p.source().getPath())) return;
            if (p.text().length() > 60 || p.text().endsWith("。")) return;
            lines.add(p.text());
        }
        String joined = RichText.joinLines(lines);
        if (joined.length() > 100 || !TITLE.matcher(joined).find()) return;
        out.subList(start, out.size()).clear();
        out.add(new Block.Para(joined, src));
    }

    private static final Pattern TITLE = Pattern.compile("(政府信息公开|政务公开).*(年度报告|年报)");

    private void flush() {
        if (line.length() == 0) return;
        String text = RichText.collapse(line);
        line.setLength(0);
        if (!text.isEmpty()) out.add(new Block.Para(text, Source.path(paths.of(owners.get(owners.size() - 1)))));
    }

    static boolean hidden(Element e) {
        return e.hasAttr("hidden") || (e.hasAttr("style") && HIDDEN.matcher(e.attr("style")).find());
    }

    /** A table of data, not a layout frame: no table inside it, and more than one cell. */
    static boolean isDataTable(Element table) {
        if (!table.getElementsByTag("table").stream().allMatch(t -> t == table)) return false;
        List<Element> rows = rows(table);
        if (rows.isEmpty()) return false;
        if (rows.size() > 1) return true;
        return cells(rows.get(0)).size() > 1;
    }

    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element c : table.children()) {
            String tag = c.normalName();
            if (tag.equals("tr")) rows.add(c);
            else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element r : c.children()) if (r.normalName().equals("tr")) rows.add(r);
            }
        }
        return rows;
    }

    static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element c : row.children()) if (c.normalName().equals("td") || c.normalName().equals("th")) cells.add(c);
        return cells;
    }

    private Block.Grid grid(Element table) {
        String tablePath = paths.of(table);
        List<Element> rows = rows(table);
        LimitExceeded.check("表格行数", "table rows", rows.size(), Limits.TABLE_ROWS);
        Grid grid = new Grid(Limits.ROW_CELLS);
        for (int r = 0; r < rows.size(); r++) {
            Element tr = rows.get(r);
            String rowPath = tablePath + "/tr[" + (r + 1) + "]";
            List<Element> cells = cells(tr);
            if (hidden(tr) || skip.contains(tr) || isSpacerRow(tr, cells)) continue;
            grid.startRow();
            int[] tagCount = new int[2];
            for (Element td : cells) {
                boolean th = td.normalName().equals("th");
                int idx = ++tagCount[th ? 1 : 0];
                if (grid.rowIsFull()) break;
                Source src = Source.path(rowPath + "/" + td.normalName() + "[" + idx + "]");
                cellsByPath.put(src.getPath(), td);
                String text = hidden(td) ? "" : cellText(td);
                int rs = span(td.attr("rowspan"));
                int rowsLeft = rows.size() - r;
                // rowspan="0" spans to the end of the table
                grid.cell(text, src, span(td.attr("colspan")), rs == 0 ? rowsLeft : Math.min(rs, rowsLeft));
            }
            grid.endRow(Source.path(rowPath));
        }
        return new Block.Grid(grid.rows(), Source.path(tablePath));
    }

    /** Word's hidden column-width row (height=0, empty cells) at the foot of exported tables. */
    private static boolean isSpacerRow(Element tr, List<Element> cells) {
        if (!"0".equals(tr.attr("height").trim())) return false;
        for (Element c : cells) if (!RichText.trim(c.text()).isEmpty()) return false;
        return true;
    }

    private static int span(String v) {
        String s = v.trim();
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end)) && end < 6) end++;
        if (end == 0) return 1;
        return Integer.parseInt(s.substring(0, end));
    }

    /** A cell's text: its lines (paragraphs, br) joined so a label broken over lines stays whole. */
    private String cellText(Element td) {
        HtmlWalker inner = new HtmlWalker(skip, paths);
        inner.owners.add(td);
        inner.visit(td, true);
        inner.flush();
        List<String> lines = new ArrayList<>();
        for (Block b : inner.out) {
            if (b instanceof Block.Para p) lines.add(p.text());
            else if (b instanceof Block.Grid g) for (GridRow r : g.rows()) lines.add(String.join(" ", r.texts()));
        }
        return RichText.joinLines(lines);
    }
}

package cn.gkcheck.read.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Element paths (body/div[2]/table[1]/tr[5]/td[3]) for the sources of an HTML page: tag and
 * 1-based index among same-tag siblings, a row's index among its table's rows, tbody/thead/tfoot
 * left out. Each element's path is its parent's plus one step, and each parent's children are
 * numbered once, so a page costs time in proportion to its size — computing every path from the
 * root, and every row's index by searching its table's rows, made a 20,000-row table quadratic.
 */
final class ElementPaths {
    private final Map<Element, String> paths = new IdentityHashMap<>();
    private final Map<Element, Integer> index = new IdentityHashMap<>();
    private final java.util.Set<Element> rowsNumbered = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final java.util.Set<Element> childrenNumbered = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    String of(Element e) {
        List<Element> todo = new ArrayList<>();
        String base = null;
        for (Element p = e; p != null; p = p.parent()) {
            String known = paths.get(p);
            if (known != null) {
                base = known;
                break;
            }
            String tag = p.normalName();
            if (tag.equals("body")) {
                paths.put(p, "body");
                base = "body";
                break;
            }
            if (tag.equals("html") || tag.equals("#root")) break;
            todo.add(p);
        }
        String path = base == null ? "" : base;
        for (int i = todo.size() - 1; i >= 0; i--) {
            Element p = todo.get(i);
            String tag = p.normalName();
            if (!(tag.equals("tbody") || tag.equals("thead") || tag.equals("tfoot"))) {
                String step = tag + "[" + indexOf(p) + "]";
                path = path.isEmpty() ? step : path + "/" + step;
            }
            paths.put(p, path);
        }
        return path;
    }

    /** A row's place among its table's rows (0 when the table does not list it); anything else's among same-tag siblings. */
    private int indexOf(Element e) {
        Element parent = e.parent();
        if (parent == null) return 1;
        if (e.normalName().equals("tr")) {
            Element table = parent.normalName().equals("table") ? parent : parent.parent();
            if (table == null) return 1;
            number(table, true);
            return index.getOrDefault(e, 0);
        }
        number(parent, false);
        return index.getOrDefault(e, 1);
    }

    private void number(Element parent, boolean rows) {
        if (rows) {
            if (!rowsNumbered.add(parent)) return;
            List<Element> r = HtmlWalker.rows(parent);
            for (int i = 0; i < r.size(); i++) index.put(r.get(i), i + 1);
            return;
        }
        if (!childrenNumbered.add(parent)) return;
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Element c : parent.children()) {
            if (c.normalName().equals("tr")) continue; // numbered among their table's rows
            index.put(c, seen.merge(c.normalName(), 1, Integer::sum));
        }
    }
}

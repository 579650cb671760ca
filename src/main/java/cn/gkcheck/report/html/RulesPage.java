package cn.gkcheck.report.html;

import static cn.gkcheck.report.html.Html.esc;

import cn.gkcheck.check.RuleInfo;
import java.util.Map;
import java.util.TreeMap;

/** {@code rules.html}: every rule of the run under an anchor of its id, as findings link to it: title, severity, category, basis, why. */
final class RulesPage {
    private RulesPage() {}

    static String render(Map<String, RuleInfo> rules, Words w) {
        StringBuilder b = new StringBuilder(Html.head(w.lang(), w.w("gkcheck 规则说明", "gkcheck rules")));
        b.append("<nav><a href=\"index.html\">").append(esc(w.w("← 总览", "← Overview"))).append("</a></nav>\n");
        b.append("<h1>").append(esc(w.w("规则说明", "Rules"))).append("</h1>\n<dl class=\"rules\">\n");
        for (RuleInfo r : new TreeMap<>(rules).values()) {
            String title = w.english() && r.titleEn() != null ? r.titleEn() : r.title();
            String why = w.english() && r.whyEn() != null ? r.whyEn() : r.why();
            b.append("<dt id=\"").append(esc(Html.id(r.id()))).append("\"><code>").append(esc(r.id())).append("</code> ")
                    .append(esc(title)).append("</dt>\n<dd>");
            b.append("<span class=\"sev-").append(r.severity().json()).append("\">").append(esc(w.severity(r.severity()))).append("</span> · ");
            b.append(esc(w.w("类别 ", "category "))).append(esc(r.category()));
            if (w.english() && r.titleEn() != null) b.append(" · <span lang=\"zh-CN\">").append(esc(r.title())).append("</span>");
            if (why != null) b.append("<p>").append(esc(why)).append("</p>");
            if (r.basis() != null) b.append("<p class=\"basis\">").append(esc(w.w("依据：", "Basis: "))).append(esc(r.basis())).append("</p>");
            b.append("</dd>\n");
        }
        b.append("</dl>\n</body>\n</html>\n");
        return b.toString();
    }
}

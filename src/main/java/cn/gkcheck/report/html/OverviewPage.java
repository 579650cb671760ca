package cn.gkcheck.report.html;

import static cn.gkcheck.report.html.Html.esc;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.RuleInfo;
import cn.gkcheck.check.Severity;
import cn.gkcheck.report.Totals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code index.html}: a row per report, filterable and sortable by a small inline script; the totals
 * per rule; the findings about the folder; two inline SVG charts (findings per rule, reports by result).
 */
final class OverviewPage {
    private final List<OverviewRow> rows;
    private final Totals totals;
    private final Map<String, RuleInfo> rules;
    private final Words w;

    OverviewPage(List<OverviewRow> rows, Totals totals, Map<String, RuleInfo> rules, Words w) {
        this.rows = rows;
        this.totals = totals;
        this.rules = rules;
        this.w = w;
    }

    String render(String version) {
        StringBuilder b = new StringBuilder(Html.head(w.lang(), w.w("gkcheck 审查总览", "gkcheck audit overview")));
        b.append("<nav><a href=\"rules.html\">").append(esc(w.w("规则说明", "Rules"))).append("</a></nav>\n");
        b.append("<h1>").append(esc(w.w("政府信息公开工作年度报告审查总览", "Audit of government information disclosure annual reports"))).append("</h1>\n");
        b.append("<p class=\"counts\">").append(esc(w.w(
                "gkcheck " + version + " · 共 " + totals.reports() + " 份报告（" + totals.unreadable() + " 份无法读取）：" + totals.errors() + " 个错误，" + totals.warnings() + " 个警告，" + totals.infos() + " 条提示",
                "gkcheck " + version + " · " + totals.reports() + " report(s) (" + totals.unreadable() + " unreadable): " + totals.errors() + " error(s), " + totals.warnings() + " warning(s), " + totals.infos() + " info")))
                .append("</p>\n");
        charts(b);
        filters(b);
        table(b);
        byRule(b);
        folder(b);
        b.append("<script>\n").append(Assets.OVERVIEW_JS).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    private void charts(StringBuilder b) {
        List<Charts.Bar> perRule = new ArrayList<>();
        totals.byRule().entrySet().stream()
                .sorted((a, c) -> !c.getValue().equals(a.getValue()) ? Long.compare(c.getValue(), a.getValue()) : a.getKey().compareTo(c.getKey()))
                .forEach(e -> perRule.add(new Charts.Bar(e.getKey(), e.getValue(), "rules.html#" + Html.id(e.getKey()),
                        "bar sev-" + severityOf(e.getKey()))));
        Map<Result, Long> byResult = new EnumMap<>(Result.class);
        for (Result r : Result.values()) byResult.put(r, 0L);
        for (OverviewRow r : rows) byResult.merge(r.result(), 1L, Long::sum);
        List<Charts.Bar> results = new ArrayList<>();
        for (Result r : Result.values()) results.add(new Charts.Bar(w.result(r), byResult.get(r), null, "bar r-" + r.css()));
        b.append("<div class=\"charts\">\n");
        b.append(Charts.bars(w.w("按结果统计报告", "Reports by result"), results));
        if (!perRule.isEmpty()) b.append(Charts.bars(w.w("各规则的发现数", "Findings per rule"), perRule));
        b.append("</div>\n");
    }

    private String severityOf(String rule) {
        RuleInfo r = rules.get(rule);
        return r == null ? "info" : r.severity().json();
    }

    private void filters(StringBuilder b) {
        TreeSet<String> organs = new TreeSet<>(), ruleIds = new TreeSet<>(), categories = new TreeSet<>();
        for (OverviewRow r : rows) {
            organs.add(r.organ() == null ? "" : r.organ());
            ruleIds.addAll(r.rules());
            categories.addAll(r.categories());
        }
        b.append("<form class=\"filters\" id=\"filters\" onsubmit=\"return false\">\n");
        b.append("<input type=\"search\" id=\"q\" placeholder=\"").append(esc(w.w("筛选：机关、文件、规则…", "Filter: organ, file, rule…")))
                .append("\" aria-label=\"").append(esc(w.w("筛选", "Filter"))).append("\">\n");
        select(b, "f-organ", w.w("全部机关", "all organs"), organs.stream().map(o -> new String[]{o, o.isEmpty() ? w.unknown() : o}).toList());
        select(b, "f-rule", w.w("全部规则", "all rules"), ruleIds.stream().map(r -> new String[]{r, r}).toList());
        select(b, "f-category", w.w("全部类别", "all categories"), categories.stream().map(c -> new String[]{c, c}).toList());
        List<String[]> sevs = new ArrayList<>();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) sevs.add(new String[]{s.json(), w.severity(s)});
        select(b, "f-severity", w.w("全部级别", "all severities"), sevs);
        b.append("<span class=\"shown\">").append(esc(w.w("显示 ", "showing "))).append("<output id=\"shown\">").append(rows.size())
                .append("</output> / ").append(rows.size()).append("</span>\n</form>\n");
    }

    private static void select(StringBuilder b, String id, String all, List<String[]> options) {
        b.append("<select id=\"").append(id).append("\"><option value=\"\">").append(esc(all)).append("</option>");
        for (String[] o : options) b.append("<option value=\"").append(esc(o[0])).append("\">").append(esc(o[1])).append("</option>");
        b.append("</select>\n");
    }

    private void table(StringBuilder b) {
        b.append("<table class=\"overview\" id=\"reports\">\n<thead><tr>");
        String[][] heads = {
                {"#", "#", "num"}, {"机关", "Organ", "text"}, {"年度", "Year", "num"}, {"格式", "Format", "text"},
                {"输入类型", "Input", "text"}, {"错误", "Errors", "num"}, {"警告", "Warnings", "num"}, {"提示", "Infos", "num"},
                {"结果", "Result", "text"}, {"实质公开率", "Substantive disclosure", "num"}, {"无法提供占比", "Unavailable share", "num"},
                {"复议纠错率", "Reconsideration corrected", "num"}, {"诉讼纠错率", "Litigation corrected", "num"}, {"报告", "Report", "text"}};
        for (String[] h : heads) {
            b.append("<th data-type=\"").append(h[2]).append("\" tabindex=\"0\">").append(esc(w.w(h[0], h[1]))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (OverviewRow r : rows) {
            String organ = r.organ() == null ? "" : r.organ();
            String text = (organ + " " + r.source() + " " + String.join(" ", r.rules()) + " " + (r.year() == null ? "" : r.year())).toLowerCase(java.util.Locale.ROOT);
            b.append("<tr class=\"r-").append(r.result().css()).append("\" data-organ=\"").append(esc(organ))
                    .append("\" data-rules=\"").append(esc(String.join(" ", r.rules())))
                    .append("\" data-categories=\"").append(esc(String.join(" ", r.categories())))
                    .append("\" data-severities=\"").append(esc(String.join(" ", r.severities())))
                    .append("\" data-text=\"").append(esc(text)).append("\">");
            num(b, r.number());
            b.append("<td>").append(esc(organ.isEmpty() ? w.unknown() : organ)).append("</td>");
            if (r.year() == null) b.append("<td data-v=\"\">").append(esc(w.unknown())).append("</td>");
            else num(b, r.year());
            b.append("<td>").append(esc(r.format())).append("</td>");
            b.append("<td>").append(esc(r.inputKind() == null ? w.unknown() : r.inputKind())).append("</td>");
            num(b, r.errors());
            num(b, r.warnings());
            num(b, r.infos());
            b.append("<td class=\"result r-").append(r.result().css()).append("\">").append(esc(w.result(r.result()))).append("</td>");
            share(b, r.indicators().substantiveOpenRate());
            share(b, r.indicators().unavailableShare());
            share(b, r.indicators().reconsiderationCorrection());
            share(b, r.indicators().litigationCorrection());
            b.append("<td><a href=\"").append(esc(r.page())).append("\">").append(esc(r.source())).append("</a></td>");
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void num(StringBuilder b, long n) {
        b.append("<td class=\"n\" data-v=\"").append(n).append("\">").append(n).append("</td>");
    }

    /** A ratio as a percentage with one decimal; a dash where it cannot be computed for certain (sorts last). */
    private static void share(StringBuilder b, BigDecimal ratio) {
        if (ratio == null) {
            b.append("<td class=\"n\" data-v=\"\">—</td>");
            return;
        }
        String pct = ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        b.append("<td class=\"n\" data-v=\"").append(ratio.toPlainString()).append("\">").append(pct).append("</td>");
    }

    private void byRule(StringBuilder b) {
        if (totals.byRule().isEmpty()) return;
        b.append("<h2>").append(esc(w.w("按规则统计", "Findings per rule"))).append("</h2>\n<table class=\"by-rule\">\n<thead><tr><th>")
                .append(esc(w.w("规则", "Rule"))).append("</th><th>").append(esc(w.w("标题", "Title"))).append("</th><th>")
                .append(esc(w.w("级别", "Severity"))).append("</th><th>").append(esc(w.w("发现数", "Findings"))).append("</th></tr></thead>\n<tbody>\n");
        for (var e : totals.byRule().entrySet()) {
            RuleInfo info = rules.get(e.getKey());
            String title = info == null ? "" : w.english() && info.titleEn() != null ? info.titleEn() : info.title();
            b.append("<tr><td><a href=\"rules.html#").append(esc(Html.id(e.getKey()))).append("\">").append(esc(e.getKey())).append("</a></td><td>")
                    .append(esc(title)).append("</td><td>").append(info == null ? "" : esc(w.severity(info.severity())))
                    .append("</td><td class=\"n\">").append(e.getValue()).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private void folder(StringBuilder b) {
        List<Finding> fs = totals.folderFindings();
        if (fs.isEmpty()) return;
        b.append("<h2>").append(esc(w.w("关于整个文件夹的发现", "Findings about the folder"))).append("</h2>\n<ol class=\"findings\">\n");
        for (Finding f : fs) b.append(FindingView.item(w.english() ? f.inEnglish() : f, 0, "rules.html", null, w));
        b.append("</ol>\n");
    }
}

package cn.gkcheck.report.html;

import static cn.gkcheck.report.html.Html.esc;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Severity;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.model.Meta;
import cn.gkcheck.model.ReadProblem;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Section;
import cn.gkcheck.model.Table;
import cn.gkcheck.report.CheckedReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page of one report: what it is and where it was read from, its sections in printed order with
 * their findings, each table inside the section that carries it (as printed, findings highlighted),
 * the findings that belong to no section, and the relations that could not be evaluated. An input that
 * could not be read gets a page that says so first.
 */
final class ReportPage {
    static final String RULES = "../rules.html";

    private final CheckedReport checked;
    private final Words w;

    ReportPage(CheckedReport checked, Words w) {
        this.checked = checked;
        this.w = w;
    }

    String render() {
        Report r = checked.report();
        List<Numbered> all = new ArrayList<>();
        for (Finding f : checked.findings()) all.add(new Numbered(all.size() + 1, w.english() ? f.inEnglish() : f));
        Map<String, List<Numbered>> byTable = new LinkedHashMap<>();
        Map<Integer, List<Numbered>> bySection = new LinkedHashMap<>();
        List<Numbered> elsewhere = new ArrayList<>();
        for (Numbered n : all) {
            String t = n.at().getTable();
            Integer s = n.at().getSection();
            if (t != null && r.table(t).isPresent()) byTable.computeIfAbsent(t, k -> new ArrayList<>()).add(n);
            else if (s != null && r.section(s).isPresent()) bySection.computeIfAbsent(s, k -> new ArrayList<>()).add(n);
            else elsewhere.add(n);
        }

        StringBuilder b = new StringBuilder();
        b.append(Html.head(w.lang(), title()));
        b.append("<nav><a href=\"../index.html\">").append(esc(w.w("← 总览", "← Overview"))).append("</a> · <a href=\"")
                .append(RULES).append("\">").append(esc(w.w("规则说明", "Rules"))).append("</a></nav>\n");
        b.append("<h1>").append(esc(title())).append("</h1>\n");
        meta(b);
        counts(b);
        if (checked.unreadable() || checked.broken()) problems(b);

        List<String> tablesShown = new ArrayList<>();
        for (Section s : r.getSections()) {
            b.append("<section class=\"part\" id=\"s").append(s.getNumber()).append("\">\n<h2>")
                    .append(esc(s.getHeading() == null ? w.w("第" + s.getNumber() + "部分", "Section " + s.getNumber()) : s.getHeading()))
                    .append("</h2>\n");
            list(b, bySection.getOrDefault(s.getNumber(), List.of()));
            OfficialFormat.tableIn(s.getNumber()).flatMap(r::table).ifPresent(t -> {
                table(b, t, byTable.getOrDefault(t.getKey(), List.of()));
                tablesShown.add(t.getKey());
            });
            if (!s.getBody().isBlank()) {
                b.append("<details><summary>").append(esc(w.w("正文", "Text"))).append("</summary><pre class=\"body\">")
                        .append(esc(s.getBody())).append("</pre></details>\n");
            }
            b.append("</section>\n");
        }
        for (Table t : r.getTables()) {
            if (tablesShown.contains(t.getKey())) continue;
            b.append("<section class=\"part\">\n<h2>").append(esc(t.getCaption() == null ? t.getKey() : t.getCaption())).append("</h2>\n");
            table(b, t, byTable.getOrDefault(t.getKey(), List.of()));
            b.append("</section>\n");
        }
        if (!elsewhere.isEmpty()) {
            b.append("<section class=\"part\" id=\"elsewhere\">\n<h2>").append(esc(w.w("不属于某一部分的发现", "Findings about the report as a whole"))).append("</h2>\n");
            list(b, elsewhere);
            b.append("</section>\n");
        }
        notEvaluated(b);
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    String title() {
        Meta m = checked.report().getMeta();
        if (m.getTitle() != null && !m.getTitle().isBlank()) return m.getTitle();
        return checked.source();
    }

    private void meta(StringBuilder b) {
        Report r = checked.report();
        Meta m = r.getMeta();
        b.append("<dl class=\"meta\">\n");
        dd(b, w.w("机关", "Organ"), m.getOrgan() == null ? w.unknown()
                : m.getOrgan() + (m.getOrganKind() == null ? "" : " · " + (w.english() ? m.getOrganKind().json() : m.getOrganKind().zh()))
                + (m.getOrganSource() == null ? "" : " · " + w.w("读自", "read from ") + (w.english() ? m.getOrganSource().json() : m.getOrganSource().zh())));
        dd(b, w.w("年度", "Year"), m.getYear() == null ? w.unknown()
                : m.getYear() + (m.getYearSource() == null ? "" : " · " + w.w("读自", "read from ") + (w.english() ? m.getYearSource().json() : m.getYearSource().zh())));
        dd(b, w.w("格式", "Format"), r.getFormatVersion());
        dd(b, w.w("输入类型", "Input kind"), (m.getInputKind() == null ? w.unknown() : m.getInputKind()) + (m.getEncoding() == null ? "" : " · " + m.getEncoding()));
        dd(b, w.w("文件", "File"), checked.source());
        if (m.getSha256() != null) dd(b, "SHA-256", m.getSha256());
        if (m.getPeriod() != null) dd(b, w.w("统计期限", "Period"), m.getPeriod());
        if (m.getPublished() != null) dd(b, w.w("发布日期", "Published"), m.getPublished().toString());
        b.append("</dl>\n");
    }

    private static void dd(StringBuilder b, String term, String value) {
        b.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private void counts(StringBuilder b) {
        Result result = Result.of(checked);
        b.append("<p class=\"counts\"><span class=\"result r-").append(result.css()).append("\">").append(esc(w.result(result))).append("</span> ");
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            b.append("<span class=\"sev-").append(s.json()).append("\">").append(esc(w.severity(s))).append(' ')
                    .append(checked.count(s)).append("</span> ");
        }
        b.append("</p>\n");
    }

    private void problems(StringBuilder b) {
        b.append("<div class=\"unreadable\" role=\"alert\"><h2>")
                .append(esc(checked.broken() ? w.w("gkcheck 处理此文件时出错", "gkcheck failed on this file")
                        : w.w("此文件无法作为年度报告读取", "This file could not be read as a report")))
                .append("</h2>\n<ul>\n");
        for (ReadProblem p : checked.report().getProblems()) {
            b.append("<li><b>").append(esc(p.getKind())).append("</b> ").append(esc(p.getDetail())).append("</li>\n");
        }
        b.append("</ul></div>\n");
    }

    private void table(StringBuilder b, Table t, List<Numbered> findings) {
        b.append(new TableView(t, checked.report().getFormatVersion(), findings, w, RULES).render());
    }

    private void list(StringBuilder b, List<Numbered> findings) {
        if (findings.isEmpty()) return;
        b.append("<ol class=\"findings\">\n");
        for (Numbered n : findings) b.append(FindingView.item(n.finding(), n.number(), RULES, null, w));
        b.append("</ol>\n");
    }

    private void notEvaluated(StringBuilder b) {
        List<String> unchecked = checked.notEvaluated();
        if (unchecked.isEmpty()) return;
        b.append("<section class=\"part\" id=\"not-evaluated\">\n<h2>").append(esc(w.w("无法核对的勾稽关系", "Relations not evaluated")))
                .append("</h2>\n<ul class=\"unchecked\">\n");
        for (String u : unchecked) b.append("<li>").append(esc(u)).append("</li>\n");
        b.append("</ul>\n</section>\n");
    }
}

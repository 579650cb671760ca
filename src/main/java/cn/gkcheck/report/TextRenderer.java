package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line per finding, as compilers and linters print them so that CI logs and editors link
 * them: {@code file:line: severity RULE-ID [table/row/column] message}; then a summary a
 * supervisor can act on: counts per report, and which rules fired most across the batch.
 */
public final class TextRenderer implements Renderer {
    private final boolean english;

    public TextRenderer(boolean english) {
        this.english = english;
    }

    @Override
    public void render(List<CheckedReport> reports, PrintWriter out) {
        Map<String, Integer> byRule = new TreeMap<>();
        long errors = 0, warnings = 0, infos = 0, unreadable = 0;
        for (CheckedReport r : reports) {
            for (Finding f0 : r.findings()) {
                Finding f = english ? f0.inEnglish() : f0;
                String where = f.getLocation().getSource() == null ? "" : ":" + f.getLocation().getSource().describe();
                String keys = f.getLocation().keys();
                out.println(r.source() + where + ": " + f.getSeverity().json() + " " + f.getRule()
                        + (keys.isEmpty() ? "" : " [" + keys + "]") + " " + f.getMessage());
                byRule.merge(f.getRule(), 1, Integer::sum);
            }
            long e = r.count(Severity.ERROR), w = r.count(Severity.WARNING), i = r.count(Severity.INFO);
            errors += e;
            warnings += w;
            infos += i;
            if (r.unreadable()) unreadable++;
            int unchecked = r.notEvaluated().size();
            out.println(r.source() + ": " + describe(r) + " — " + counts(e, w, i)
                    + (unchecked == 0 ? "" : english ? "; " + unchecked + " relation(s) not evaluated" : "；" + unchecked + " 项勾稽关系无法核对"));
        }
        out.println(english
                ? "checked " + reports.size() + " report(s)" + (unreadable > 0 ? ", " + unreadable + " unreadable" : "") + ": " + counts(errors, warnings, infos)
                : "共检查 " + reports.size() + " 份报告" + (unreadable > 0 ? "（" + unreadable + " 份无法读取）" : "") + "：" + counts(errors, warnings, infos));
        if (reports.size() > 1 && !byRule.isEmpty()) {
            StringBuilder b = new StringBuilder(english ? "by rule: " : "按规则：");
            byRule.entrySet().stream()
                    .sorted((a, c) -> c.getValue() - a.getValue() != 0 ? c.getValue() - a.getValue() : a.getKey().compareTo(c.getKey()))
                    .forEach(en -> b.append(en.getKey()).append(' ').append(en.getValue()).append("  "));
            out.println(b.toString().strip());
        }
    }

    private String describe(CheckedReport r) {
        var m = r.report().getMeta();
        String organ = m.getOrgan() == null ? (english ? "organ unknown" : "机关不明") : m.getOrgan();
        String year = m.getYear() == null ? (english ? "year unknown" : "年度不明") : m.getYear() + (english ? "" : "年");
        String fmt = r.report().getFormatVersion();
        return english ? organ + ", " + year + ", format " + fmt : organ + "，" + year + "，格式 " + fmt;
    }

    private String counts(long e, long w, long i) {
        return english ? e + " error(s), " + w + " warning(s), " + i + " info" : e + " 个错误，" + w + " 个警告，" + i + " 条提示";
    }
}

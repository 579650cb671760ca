package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * One line per finding, as compilers and linters print them so that CI logs and editors link
 * them: {@code file:line: severity RULE-ID [table/row/column] message}; then a summary a
 * supervisor can act on: counts per report, and which rules fired most across the batch.
 */
public final class TextSink implements Sink {
    private final PrintWriter out;
    private final boolean english;

    public TextSink(Writer writer, boolean english) {
        this.out = new PrintWriter(writer);
        this.english = english;
    }

    @Override
    public void report(CheckedReport r) {
        for (Finding f0 : r.findings()) {
            Finding f = english ? f0.inEnglish() : f0;
            String where = f.getLocation().getSource() == null ? "" : ":" + f.getLocation().getSource().describe();
            String keys = f.getLocation().keys();
            out.println(r.source() + where + ": " + f.getSeverity().json() + " " + f.getRule()
                    + (keys.isEmpty() ? "" : " [" + keys + "]") + " " + f.getMessage());
        }
        long e = r.count(Severity.ERROR), w = r.count(Severity.WARNING), i = r.count(Severity.INFO);
        int unchecked = r.notEvaluated().size();
        out.println(r.source() + ": " + describe(r) + " — " + counts(e, w, i)
                + (unchecked == 0 ? "" : english ? "; " + unchecked + " relation(s) not evaluated" : "；" + unchecked + " 项勾稽关系无法核对")
                + accepted(r));
    }

    /** "；已豁免 2 条（理由见 gkcheck.yaml）；1 条已列入基线": what this report's findings left out, and where to read why. */
    private String accepted(CheckedReport r) {
        StringBuilder b = new StringBuilder();
        if (!r.suppressed().isEmpty()) {
            String from = String.join("、", r.suppressed().stream().map(s -> s.from() == null ? "" : s.from()).filter(x -> !x.isEmpty()).distinct().toList());
            int n = r.suppressed().size();
            b.append(english ? "; " + n + " suppressed" + (from.isEmpty() ? "" : " (reasons in " + from + ")")
                    : "；已豁免 " + n + " 条" + (from.isEmpty() ? "" : "（理由见 " + from + "）"));
        }
        if (r.baselined() > 0) b.append(english ? "; " + r.baselined() + " in the baseline" : "；" + r.baselined() + " 条已列入基线");
        return b.toString();
    }

    @Override
    public void end(Totals t) throws IOException {
        long unreadable = t.unreadable();
        out.println(english
                ? "checked " + t.reports() + " report(s)" + (unreadable > 0 ? ", " + unreadable + " unreadable" : "") + ": " + counts(t.errors(), t.warnings(), t.infos())
                : "共检查 " + t.reports() + " 份报告" + (unreadable > 0 ? "（" + unreadable + " 份无法读取）" : "") + "：" + counts(t.errors(), t.warnings(), t.infos()));
        if (t.suppressed() > 0 || t.baselined() > 0) {
            out.println(english ? "not counted: " + t.suppressed() + " suppressed, " + t.baselined() + " in the baseline"
                    : "未计入：已豁免 " + t.suppressed() + " 条，已列入基线 " + t.baselined() + " 条");
        }
        if (t.reports() > 1 && !t.byRule().isEmpty()) {
            StringBuilder b = new StringBuilder(english ? "by rule: " : "按规则：");
            t.byRule().entrySet().stream()
                    .sorted((a, c) -> !c.getValue().equals(a.getValue()) ? Long.compare(c.getValue(), a.getValue()) : a.getKey().compareTo(c.getKey()))
                    .forEach(en -> b.append(en.getKey()).append(' ').append(en.getValue()).append("  "));
            out.println(b.toString().strip());
        }
        out.close();
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

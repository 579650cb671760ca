package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Location;
import cn.gkcheck.check.RuleInfo;
import cn.gkcheck.check.Severity;
import cn.gkcheck.model.Meta;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML, which CI servers show as test results (GitLab's artifacts:reports:junit, Jenkins): a
 * {@code <testsuite>} per report, a {@code <testcase>} per rule of the catalog, a {@code <failure>} per
 * error or warning of that rule. Info findings are observations, not defects: they do not fail a test
 * case and are listed in its {@code <system-out>}. An unreadable report skips every rule but the input
 * rules ({@code <skipped>}): its content was never checked, which is neither a pass nor a failure.
 * Counts per suite: tests = rules, failures = rules with an error or warning, skipped = rules not
 * applied. No timestamps, times or host names: the same input gives the same bytes.
 */
public final class JunitSink implements Sink {
    /** The rules that judge the input itself; the only ones that apply to an input that could not be read. */
    static final String INPUT_CATEGORY = "input";

    private final Writer out;
    private final boolean english;
    private List<RuleInfo> rules;

    public JunitSink(Writer writer, boolean english) {
        this.out = writer;
        this.english = english;
    }

    @Override
    public void begin(Run run) throws IOException {
        rules = run.rules().values().stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"gkcheck " + Xml.escape(run.version()) + "\">\n");
    }

    @Override
    public void report(CheckedReport r) throws IOException {
        Meta meta = r.report().getMeta();
        Map<String, List<Finding>> byRule = group(r.findings());
        List<String> notEvaluated = r.notEvaluated();
        int failures = 0, skipped = 0;
        StringBuilder cases = new StringBuilder();
        for (RuleInfo rule : rules) {
            List<Finding> fs = byRule.getOrDefault(rule.id(), List.of());
            boolean skip = r.unreadable() && !rule.category().equals(INPUT_CATEGORY) && fs.isEmpty();
            if (skip) skipped++;
            else if (fs.stream().anyMatch(f -> f.getSeverity() != Severity.INFO)) failures++;
            testcase(cases, rule, fs, skip, notEvaluatedOf(rule, notEvaluated));
        }
        out.write("  <testsuite name=\"" + Xml.escape(r.source()) + "\" tests=\"" + rules.size() + "\" failures=\"" + failures
                + "\" errors=\"0\" skipped=\"" + skipped + "\">\n");
        out.write("    <properties>\n");
        property("organ", meta.getOrgan());
        property("organKind", meta.getOrganKind() == null ? null : meta.getOrganKind().json());
        property("year", meta.getYear() == null ? null : meta.getYear().toString());
        property("formatVersion", r.report().getFormatVersion());
        property("notEvaluated", String.valueOf(notEvaluated.size()));
        out.write("    </properties>\n");
        out.write(cases.toString());
        out.write("  </testsuite>\n");
    }

    /** Findings about the folder, after the reports: a suite of its own with a test case per rule that found any. */
    @Override
    public void end(Totals t) throws IOException {
        if (!t.folderFindings().isEmpty()) {
            Map<String, List<Finding>> byRule = group(t.folderFindings());
            int failures = 0;
            StringBuilder cases = new StringBuilder();
            for (var e : byRule.entrySet()) {
                RuleInfo rule = rules.stream().filter(x -> x.id().equals(e.getKey())).findFirst().orElse(null);
                if (e.getValue().stream().anyMatch(f -> f.getSeverity() != Severity.INFO)) failures++;
                testcase(cases, rule, e.getValue(), false, List.of());
            }
            out.write("  <testsuite name=\"" + (english ? "(folder)" : "（文件夹）") + "\" tests=\"" + byRule.size()
                    + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\">\n");
            out.write(cases.toString());
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
        out.close();
    }

    private static Map<String, List<Finding>> group(List<Finding> findings) {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        for (Finding f : findings) byRule.computeIfAbsent(f.getRule(), k -> new ArrayList<>()).add(f);
        return byRule;
    }

    /** The balance relations of this rule left unchecked ("B2 requests/*&#47;natural" belongs to GK-BAL-B2). */
    private static List<String> notEvaluatedOf(RuleInfo rule, List<String> notEvaluated) {
        return notEvaluated.stream().filter(n -> rule.id().equals("GK-BAL-" + n.split(" ", 2)[0])).toList();
    }

    private void testcase(StringBuilder b, RuleInfo rule, List<Finding> fs, boolean skip, List<String> notEvaluated) {
        String id = rule == null ? fs.get(0).getRule() : rule.id();
        String category = rule == null ? fs.get(0).getCategory() : rule.category();
        String title = rule == null ? fs.get(0).getTitle() : english && rule.titleEn() != null ? rule.titleEn() : rule.title();
        b.append("    <testcase classname=\"").append(Xml.escape(category)).append("\" name=\"")
                .append(Xml.escape(id + " " + title)).append('"');
        List<String> out = new ArrayList<>();
        StringBuilder inner = new StringBuilder();
        if (skip) {
            inner.append("      <skipped message=\"").append(Xml.escape(english ? "the input could not be read" : "输入无法读取，未检查内容"))
                    .append("\"/>\n");
        }
        for (Finding f0 : fs) {
            Finding f = english ? f0.inEnglish() : f0;
            if (f.getSeverity() == Severity.INFO) {
                out.add(f.getMessage() + where(f));
                continue;
            }
            inner.append("      <failure message=\"").append(Xml.escape(f.getMessage())).append("\" type=\"")
                    .append(f.getSeverity().json()).append("\">").append(Xml.text(body(f))).append("</failure>\n");
        }
        for (String n : notEvaluated) out.add((english ? "not evaluated: " : "无法核对：") + n);
        if (!out.isEmpty()) inner.append("      <system-out>").append(Xml.text(String.join("\n", out))).append("</system-out>\n");
        if (inner.length() == 0) b.append("/>\n");
        else b.append(">\n").append(inner).append("    </testcase>\n");
    }

    private static String where(Finding f) {
        Location l = f.getLocation();
        if (l == null) return "";
        String keys = l.keys(), place = l.getSource() == null ? "" : l.getSource().describe();
        if (keys.isEmpty() && place.isEmpty()) return "";
        return " [" + (place.isEmpty() ? keys : keys.isEmpty() ? place : place + " " + keys) + "]";
    }

    /** The failure's text: where (place in the file, cell keys and labels), then the evidence as JSON. */
    private String body(Finding f) {
        Location l = f.getLocation() == null ? new Location() : f.getLocation();
        Map<String, Object> where = new LinkedHashMap<>();
        if (l.getSource() != null) where.put(english ? "place" : "位置", l.getSource().describe());
        if (!l.keys().isEmpty()) where.put(english ? "cell" : "单元格", l.keys());
        if (l.getRowLabel() != null) where.put(english ? "row label" : "行标签", l.getRowLabel());
        if (l.getColumnLabel() != null) where.put(english ? "column label" : "列标签", l.getColumnLabel());
        StringBuilder b = new StringBuilder();
        where.forEach((k, v) -> b.append(k).append(english ? ": " : "：").append(v).append('\n'));
        if (f.getEvidence() != null) b.append(english ? "evidence: " : "证据：").append(FindingColumns.evidence(f)).append('\n');
        if (f.getBasis() != null) b.append(english ? "basis: " : "依据：").append(f.getBasis()).append('\n');
        return b.toString();
    }

    private void property(String name, String value) throws IOException {
        if (value == null) return;
        out.write("      <property name=\"" + name + "\" value=\"" + Xml.escape(value) + "\"/>\n");
    }
}

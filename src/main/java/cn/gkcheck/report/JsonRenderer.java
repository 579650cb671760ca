package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Severity;
import cn.gkcheck.model.Json;
import cn.gkcheck.model.Meta;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code {"tool":{…}, "reports":[{"source", "sha256", "report":{…}, "findings":[…], "summary":{…}}], "summary":{…}}}
 * — findings with rule id, severity, category, title, message, location (canonical keys and
 * printed labels, place in the file), evidence and legal basis.
 */
public final class JsonRenderer implements Renderer {
    private final boolean english;
    private final String version;
    private final int ruleCount;

    public JsonRenderer(boolean english, String version, int ruleCount) {
        this.english = english;
        this.version = version;
        this.ruleCount = ruleCount;
    }

    @Override
    public void render(List<CheckedReport> reports, PrintWriter out) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "gkcheck");
        tool.put("version", version);
        tool.put("rules", ruleCount);
        tool.put("lang", english ? "en" : "zh");
        root.put("tool", tool);
        List<Object> list = new ArrayList<>();
        long e = 0, w = 0, i = 0;
        for (CheckedReport r : reports) {
            Map<String, Object> one = new LinkedHashMap<>();
            Meta m = r.report().getMeta();
            one.put("source", r.source());
            one.put("sha256", m.getSha256());
            Map<String, Object> rep = new LinkedHashMap<>();
            rep.put("title", m.getTitle());
            rep.put("organ", m.getOrgan());
            rep.put("organKind", m.getOrganKind());
            rep.put("organSource", m.getOrganSource());
            rep.put("year", m.getYear());
            rep.put("formatVersion", r.report().getFormatVersion());
            rep.put("inputKind", m.getInputKind());
            rep.put("period", m.getPeriod());
            rep.put("published", m.getPublished() == null ? null : m.getPublished().toString());
            rep.put("readable", !r.unreadable());
            one.put("report", rep);
            List<Finding> fs = english ? r.findings().stream().map(Finding::inEnglish).toList() : r.findings();
            one.put("findings", fs);
            Map<String, Object> counts = summary(r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO));
            List<String> unchecked = r.notEvaluated();
            counts.put("notEvaluated", unchecked.size());
            one.put("summary", counts);
            one.put("notEvaluated", unchecked);
            e += r.count(Severity.ERROR);
            w += r.count(Severity.WARNING);
            i += r.count(Severity.INFO);
            list.add(one);
        }
        root.put("reports", list);
        Map<String, Object> total = summary(e, w, i);
        total.put("reports", reports.size());
        total.put("unreadable", reports.stream().filter(CheckedReport::unreadable).count());
        root.put("summary", total);
        try {
            out.println(Json.MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Map<String, Object> summary(long e, long w, long i) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("error", e);
        s.put("warning", w);
        s.put("info", i);
        return s;
    }
}

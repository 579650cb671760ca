package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Severity;
import cn.gkcheck.model.Json;
import cn.gkcheck.model.Meta;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code {"tool":{…}, "reports":[{"source", "sha256", "report":{…}, "findings":[…], "summary":{…}}], "summary":{…}}}
 * — findings with rule id, severity, category, title, message, location (canonical keys and
 * printed labels, place in the file), evidence and legal basis. Written report by report.
 */
public final class JsonSink implements Sink {
    private final Writer writer;
    private final boolean english;
    private JsonGenerator out;
    private final Outliers outliers = new Outliers();

    public JsonSink(Writer writer, boolean english) {
        this.writer = writer;
        this.english = english;
    }

    @Override
    public void begin(Run run) throws IOException {
        out = Json.MAPPER.createGenerator(writer);
        out.writeStartObject();
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "gkcheck");
        tool.put("version", run.version());
        tool.put("rules", run.rules().size());
        tool.put("lang", english ? "en" : "zh");
        out.writeFieldName("tool");
        Json.MAPPER.writeValue(out, tool);
        out.writeFieldName("reports");
        out.writeStartArray();
    }

    @Override
    public void report(CheckedReport r) throws IOException {
        Json.MAPPER.writeValue(out, entry(r, english));
        outliers.add(r.source(), r.indicators());
    }

    /** One report's JSON object: also what other outputs embed (the HTML audit's data). */
    public static Map<String, Object> entry(CheckedReport r, boolean english) {
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
        if (!r.suppressed().isEmpty()) counts.put("suppressed", r.suppressed().size());
        if (r.baselined() > 0) counts.put("baselined", r.baselined());
        one.put("summary", counts);
        one.put("notEvaluated", unchecked);
        if (!r.suppressed().isEmpty()) one.put("suppressed", suppressed(r, english));
        one.put("indicators", Outliers.json(r.indicators(), r.previousYear()));
        return one;
    }

    /** Each suppressed finding as in "findings", with the reason it is accepted and where that reason is written. */
    private static List<Map<String, Object>> suppressed(CheckedReport r, boolean english) {
        return r.suppressed().stream().map(s -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("finding", english ? s.finding().inEnglish() : s.finding());
            one.put("reason", s.reason());
            if (s.from() != null) one.put("from", s.from());
            return one;
        }).toList();
    }

    @Override
    public void end(Totals t) throws IOException {
        out.writeEndArray();
        // findings about the folder rather than one report (issue 9), after the reports they were found across
        out.writeFieldName("folderFindings");
        Json.MAPPER.writeValue(out, english ? t.folderFindings().stream().map(Finding::inEnglish).toList() : t.folderFindings());
        // reports whose key indicators lie far from the folder's (median ± 3 MAD)
        out.writeFieldName("outliers");
        Json.MAPPER.writeValue(out, outliers.find());
        Map<String, Object> total = summary(t.errors(), t.warnings(), t.infos());
        total.put("reports", t.reports());
        total.put("unreadable", t.unreadable());
        if (t.suppressed() > 0) total.put("suppressed", t.suppressed());
        if (t.baselined() > 0) total.put("baselined", t.baselined());
        out.writeFieldName("summary");
        Json.MAPPER.writeValue(out, total);
        out.writeEndObject();
        out.flush();
        writer.write(System.lineSeparator());
        writer.close();
    }

    private static Map<String, Object> summary(long e, long w, long i) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("error", e);
        s.put("warning", w);
        s.put("info", i);
        return s;
    }
}

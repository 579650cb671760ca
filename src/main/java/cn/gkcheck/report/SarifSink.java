package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Location;
import cn.gkcheck.check.RuleInfo;
import cn.gkcheck.check.Severity;
import cn.gkcheck.model.Json;
import cn.gkcheck.model.Meta;
import cn.gkcheck.model.Source;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, the format code-scanning services (GitHub's upload-sarif, GitLab, IDEs) read: one run,
 * the rule catalog as {@code tool.driver.rules}, one result per finding with the report file as its
 * physical location (a line where the input has lines: never a made-up line for a PDF page), the cell
 * as a logical location, and the baseline's fingerprint, which survives edits above the finding. Written result by
 * result; the findings about the folder come last.
 */
public final class SarifSink implements Sink {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private final Writer writer;
    private final boolean english;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private JsonGenerator out;

    public SarifSink(Writer writer, boolean english) {
        this.writer = writer;
        this.english = english;
    }

    @Override
    public void begin(Run run) throws IOException {
        out = Json.MAPPER.createGenerator(writer);
        out.writeStartObject();
        out.writeStringField("$schema", SCHEMA);
        out.writeStringField("version", "2.1.0");
        out.writeArrayFieldStart("runs");
        out.writeStartObject();
        List<Object> rules = new ArrayList<>();
        for (RuleInfo r : run.rules().values().stream().sorted(java.util.Comparator.comparing(RuleInfo::id)).toList()) {
            ruleIndex.put(r.id(), rules.size());
            rules.add(rule(r));
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "gkcheck");
        driver.put("version", run.version());
        driver.put("semanticVersion", run.version());
        driver.put("language", english ? "en" : "zh-CN");
        driver.put("rules", rules);
        out.writeFieldName("tool");
        Json.MAPPER.writeValue(out, Map.of("driver", driver));
        // crawler text gives a character within a line; Chinese text counts characters, not UTF-16 units
        out.writeStringField("columnKind", "unicodeCodePoints");
        out.writeArrayFieldStart("results");
    }

    private Map<String, Object> rule(RuleInfo r) {
        String title = english && r.titleEn() != null ? r.titleEn() : r.title();
        String why = english && r.whyEn() != null ? r.whyEn() : r.why();
        String basis = (english ? "Basis" : "依据"), colon = english ? ": " : "：";
        String full = (why == null ? "" : why + "\n") + basis + colon + r.basis();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", name(r));
        m.put("shortDescription", Map.of("text", title));
        m.put("fullDescription", Map.of("text", full));
        String markdown = "**" + title + "**\n\n" + (why == null ? "" : why + "\n\n") + "**" + basis + "**" + colon + r.basis()
                + "\n\n" + (english ? "Rule file: `" : "规则文件：`") + r.drl() + "`";
        Map<String, Object> help = new LinkedHashMap<>(); // never a Map.of of two: its order changes from one JVM to the next
        help.put("text", title + "\n" + full);
        help.put("markdown", markdown);
        m.put("help", help);
        m.put("defaultConfiguration", Map.of("level", level(r.severity())));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("category", r.category());
        p.put("tags", List.of(r.category()));
        p.put("title", r.title());
        if (r.titleEn() != null) p.put("titleEn", r.titleEn());
        p.put("basis", r.basis());
        m.put("properties", p);
        return m;
    }

    /** SARIF's name is an identifier in words: the English title in CamelCase ("BlankCell"), else the id. */
    private static String name(RuleInfo r) {
        if (r.titleEn() == null) return r.id();
        StringBuilder b = new StringBuilder();
        for (String w : r.titleEn().split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.length() == 0 ? r.id() : b.toString();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    @Override
    public void report(CheckedReport r) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : r.findings()) result(f, r.source(), r.report().getMeta(), seen, null);
        // accepted in gkcheck.yaml: still a result, marked suppressed with its reason, as code scanning dismisses it
        for (var sup : r.suppressed()) result(sup.finding(), r.source(), r.report().getMeta(), seen, sup.reason());
    }

    @Override
    public void end(Totals t) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        // a folder finding about one file points at it, as a report's finding does; one about an organ that filed nothing has no file
        for (Finding f : t.folderFindings()) result(f, f.getLocation() == null ? null : f.getLocation().getFile(), null, seen, null);
        out.writeEndArray();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("reports", t.reports());
        totals.put("unreadable", t.unreadable());
        totals.put("errors", t.errors());
        totals.put("warnings", t.warnings());
        totals.put("infos", t.infos());
        totals.put("notEvaluated", t.notEvaluated());
        totals.put("suppressed", t.suppressed());
        totals.put("baselined", t.baselined());
        out.writeFieldName("properties");
        Json.MAPPER.writeValue(out, Map.of("totals", totals));
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
        out.flush();
        writer.write(System.lineSeparator());
        writer.close();
    }

    /** One result; seen counts equal fingerprints within the report, so that twins stay apart. */
    private void result(Finding f0, String file, Meta meta, Map<String, Integer> seen, String suppressedBecause) throws IOException {
        Finding f = english ? f0.inEnglish() : f0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.getRule());
        if (ruleIndex.containsKey(f.getRule())) m.put("ruleIndex", ruleIndex.get(f.getRule()));
        m.put("level", level(f.getSeverity()));
        m.put("message", Map.of("text", f.getMessage()));
        Location loc = f.getLocation() == null ? new Location() : f.getLocation();
        Map<String, Object> location = new LinkedHashMap<>();
        if (file != null) location.put("physicalLocation", physical(file, loc.getSource()));
        String keys = loc.keys();
        if (!keys.isEmpty()) location.put("logicalLocations", List.of(logical(keys, loc)));
        if (!location.isEmpty()) m.put("locations", List.of(location));
        // the baseline's fingerprint: an alert and a baselined finding are the same finding
        String print = cn.gkcheck.check.Fingerprint.of(meta, f0).id();
        int n = seen.merge(print, 1, Integer::sum);
        m.put("partialFingerprints", Map.of("gkcheckFinding/v1", print + ":" + n));
        if (suppressedBecause != null) {
            Map<String, Object> sup = new LinkedHashMap<>();
            sup.put("kind", "external");
            if (!suppressedBecause.isBlank()) sup.put("justification", suppressedBecause);
            m.put("suppressions", List.of(sup));
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("severity", f.getSeverity().json());
        p.put("category", f.getCategory());
        p.put("title", f.getTitle());
        if (meta != null && meta.getOrgan() != null) p.put("organ", meta.getOrgan());
        if (meta != null && meta.getYear() != null) p.put("year", meta.getYear());
        if (loc.getSection() != null) p.put("section", loc.getSection());
        placeBeyondLines(loc.getSource(), p);
        if (f.getEvidence() != null) p.put("evidence", f.getEvidence());
        if (f.getBasis() != null) p.put("basis", f.getBasis());
        m.put("properties", p);
        Json.MAPPER.writeValue(out, m);
    }

    /** The file, and its line where the input has lines; a PDF's page is a property, not a line. */
    private static Map<String, Object> physical(String file, Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("artifactLocation", Map.of("uri", uri(file)));
        if (s != null && s.getPage() == null && s.getLine() != null && s.getLine() >= 1) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", s.getLine());
            if (s.getColumn() != null && s.getColumn() >= 1) region.put("startColumn", s.getColumn());
            m.put("region", region);
        }
        return m;
    }

    /** What the file's place cannot say as a SARIF region: the PDF page (and line on it), the HTML element, the DOCX table cell. */
    private static void placeBeyondLines(Source s, Map<String, Object> p) {
        if (s == null) return;
        if (s.getPage() != null) {
            p.put("page", s.getPage());
            if (s.getLine() != null) p.put("lineOnPage", s.getLine());
        }
        if (s.getPath() != null) p.put("element", s.getPath());
        if (s.getTable() != null) p.put("docxTable", s.getTable());
        if (s.getRow() != null) p.put("docxRow", s.getRow());
        if (s.getCell() != null) p.put("docxCell", s.getCell());
    }

    private static Map<String, Object> logical(String keys, Location loc) {
        Map<String, Object> m = new LinkedHashMap<>();
        String[] parts = keys.split("/");
        m.put("name", parts[parts.length - 1]);
        m.put("fullyQualifiedName", keys);
        m.put("kind", loc.getTable() == null ? "module" : "element");
        Map<String, Object> p = new LinkedHashMap<>();
        if (loc.getTable() != null) p.put("table", loc.getTable());
        if (loc.getRow() != null) p.put("row", loc.getRow());
        if (loc.getColumn() != null) p.put("column", loc.getColumn());
        if (loc.getRowLabel() != null) p.put("rowLabel", loc.getRowLabel());
        if (loc.getColumnLabel() != null) p.put("columnLabel", loc.getColumnLabel());
        if (!p.isEmpty()) m.put("properties", p);
        return m;
    }

    /** The input path as given, with forward slashes, as a URI reference (spaces and Chinese escaped). */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        if (path.matches("^[A-Za-z]:/.*")) path = "/" + path;
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}

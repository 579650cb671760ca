package cn.gkcheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The rule catalog: every rule of the compiled rulebase with its metadata, joined with
 * rules/catalog.json. Built once per process; it refuses to exist when the two disagree,
 * because a rulebase that silently lost rules would pass every report.
 */
public final class Catalog {
    static final String CATALOG_RESOURCE = "gkcheck/rules/catalog.json";
    /**
     * A rule marked {@code @derives("Fact")} inserts a fact the finding rules match (the Article 49 deadlines,
     * rules/deadline.drl) and reports nothing: it has no id and is not in the catalog.
     */
    static final String DERIVES = "derives";

    private static final List<String> REQUIRED = List.of("id", "severity", "category", "title", "basis");

    private final Map<String, RuleInfo> rules;

    private Catalog(Map<String, RuleInfo> rules) {
        this.rules = Collections.unmodifiableMap(rules);
    }

    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public List<RuleInfo> list() {
        return List.copyOf(rules.values());
    }

    /** A compiled rule as the catalog sees it: its name and its metadata. */
    record Loaded(String name, Map<String, Object> metaData) {}

    static Catalog of(KieBase kbase) {
        List<Loaded> loaded = new ArrayList<>();
        for (KiePackage p : kbase.getKiePackages()) {
            for (Rule r : p.getRules()) loaded.add(new Loaded(r.getName(), r.getMetaData()));
        }
        return build(loaded, readCatalogJson());
    }

    static Catalog build(List<Loaded> loaded, JsonNode docs) {
        Map<String, RuleInfo> found = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Loaded r : loaded) {
            Map<String, Object> md = r.metaData();
            if (md.get(DERIVES) != null && md.get("id") == null) continue; // states a fact, finds nothing
            for (String key : REQUIRED) {
                if (md.get(key) == null) problems.add("rule \"" + r.name() + "\" lacks @" + key);
            }
            if (md.get("id") == null) continue;
            String id = md.get("id").toString();
            if (found.containsKey(id)) problems.add("rule id " + id + " is used twice");
            JsonNode doc = docs.path(id);
            if (doc.isMissingNode()) problems.add("rule " + id + " is not in " + CATALOG_RESOURCE);
            Severity severity;
            try {
                severity = Severity.parse(String.valueOf(md.get("severity")));
            } catch (IllegalArgumentException e) {
                problems.add("rule " + id + " has an unknown severity " + md.get("severity"));
                continue;
            }
            String category = String.valueOf(md.get("category"));
            found.put(id, new RuleInfo(id, severity, category, String.valueOf(md.get("title")),
                    doc.path("titleEn").asText(null), String.valueOf(md.get("basis")),
                    doc.path("why").asText(null), doc.path("whyEn").asText(null),
                    RuleInfo.drlFileOf(category), r.name()));
        }
        TreeSet<String> documented = new TreeSet<>();
        for (Iterator<String> it = docs.fieldNames(); it.hasNext(); ) documented.add(it.next());
        for (String id : documented) {
            if (!found.containsKey(id)) problems.add("catalog entry " + id + " has no rule in the rulebase");
        }
        if (found.isEmpty()) problems.add("the compiled rulebase holds no rules");
        if (!problems.isEmpty()) {
            throw new RulebaseException("the rulebase does not match the catalog (" + found.size() + " rules loaded, "
                    + documented.size() + " in the catalog): " + String.join("; ", problems));
        }
        return new Catalog(new LinkedHashMap<>(found));
    }

    /**
     * This catalog and the rules of {@code local}: each must carry the metadata a built-in rule carries and
     * an id no built-in rule has, or the run is refused, naming the rule and its file.
     */
    Catalog withLocal(LocalRules local) throws LocalRulesException {
        Map<String, java.nio.file.Path> fileOf = new java.util.HashMap<>();
        Map<String, RuleInfo> all = new LinkedHashMap<>(rules);
        Map<String, RuleInfo> added = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Loaded r : local.loaded(fileOf)) {
            Map<String, Object> md = r.metaData();
            String where = fileOf.get(r.name()) + ": rule \"" + r.name() + "\"";
            if (md.get(DERIVES) != null && md.get("id") == null) continue;
            List<String> lacking = REQUIRED.stream().filter(k -> md.get(k) == null || md.get(k).toString().isBlank()).map(k -> "@" + k).toList();
            if (!lacking.isEmpty()) {
                problems.add(where + " lacks " + String.join(", ", lacking));
                continue;
            }
            String id = md.get("id").toString();
            if (rules.containsKey(id)) {
                problems.add(where + " has the id " + id + " of a built-in rule");
                continue;
            }
            if (added.containsKey(id)) {
                problems.add(where + " has the id " + id + " of another local rule (" + added.get(id).drl() + ")");
                continue;
            }
            Severity severity;
            try {
                severity = Severity.parse(md.get("severity").toString());
            } catch (IllegalArgumentException e) {
                problems.add(where + " has an unknown severity " + md.get("severity") + " (error, warning or info)");
                continue;
            }
            Object titleEn = md.get("titleEn");
            added.put(id, new RuleInfo(id, severity, md.get("category").toString(), md.get("title").toString(),
                    titleEn == null ? null : titleEn.toString(), md.get("basis").toString(), null, null,
                    fileOf.get(r.name()).toString(), r.name(), true));
        }
        if (!problems.isEmpty()) throw new LocalRulesException("local rules refused:\n  " + String.join("\n  ", problems));
        all.putAll(added);
        return new Catalog(all);
    }

    private static JsonNode readCatalogJson() {
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(CATALOG_RESOURCE)) {
            if (in == null) throw new RulebaseException(CATALOG_RESOURCE + " is not on the classpath");
            return cn.gkcheck.model.Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new RulebaseException(CATALOG_RESOURCE + " cannot be read: " + e.getMessage());
        }
    }
}

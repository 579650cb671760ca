package cn.gkcheck.check;

import cn.gkcheck.model.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Runs reports through the precompiled rulebase: one KieBase per process, a fresh session
 * per report, findings in a deterministic order.
 */
public final class Engine {
    private static volatile Engine shared;

    private final KieBase kbase;
    private final Catalog catalog;
    /** Facts of the run, inserted into every report's session: the regional profile. */
    private final List<Object> runFacts;

    private Engine(KieBase kbase, Catalog catalog, List<Object> runFacts) {
        this.kbase = kbase;
        this.catalog = catalog;
        this.runFacts = List.copyOf(runFacts);
    }

    /** The process-wide engine; the rulebase is loaded and checked against the catalog once. */
    public static Engine get() {
        Engine e = shared;
        if (e == null) {
            synchronized (Engine.class) {
                e = shared;
                if (e == null) {
                    KieBase kb = loadPrecompiled();
                    e = shared = new Engine(kb, Catalog.of(kb), List.of());
                }
            }
        }
        return e;
    }

    /** Where kie-maven-plugin lists the executable-model classes it generated from rules/. */
    static final String MODEL_INDEX = "META-INF/kie/cn.gkcheck/gkcheck/drools-model";

    /**
     * Builds the KieBase straight from the executable model compiled at build time. (A
     * KieClasspathContainer would find the same model by scanning the whole classpath, which
     * costs about two seconds of every cold start.)
     */
    static KieBase loadPrecompiled() {
        return org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models());
    }

    /** The executable-model classes kie-maven-plugin generated from rules/, instantiated. */
    private static List<org.drools.model.Model> models() {
        ClassLoader cl = Engine.class.getClassLoader();
        try (var in = cl.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) throw new RulebaseException(MODEL_INDEX + " is missing: the rulebase was not compiled (run mvn package)");
            List<org.drools.model.Model> models = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("Drools-Model-Version")) continue;
                models.add((org.drools.model.Model) Class.forName(name, true, cl).getDeclaredConstructor().newInstance());
            }
            if (models.isEmpty()) throw new RulebaseException(MODEL_INDEX + " names no rule model");
            return models;
        } catch (java.io.IOException | ReflectiveOperationException | LinkageError ex) {
            throw new RulebaseException("the compiled rulebase cannot be loaded: " + ex);
        }
    }

    /**
     * The built-in rules plus local ones: a KieBase of its own, the precompiled model plus the local packages
     * (the shared engine is left as it is, and the model is loaded once), and a catalog that lists both.
     */
    public static Engine withLocalRules(LocalRules local) throws LocalRulesException {
        if (local.isEmpty()) return get();
        KieBase kb = loadPrecompiled();
        Catalog both = Catalog.of(kb).withLocal(local);
        if (!(kb instanceof org.drools.kiesession.rulebase.SessionsAwareKnowledgeBase base)) {
            throw new RulebaseException("the rulebase (" + kb.getClass().getName() + ") cannot take local rules");
        }
        base.addPackages(local.packages());
        return new Engine(kb, both, List.of());
    }

    /** This engine with a regional profile inserted into every report's session (rules/deadline.drl reads it). */
    public Engine withProfile(Profile profile) {
        if (profile == null) return this;
        List<Object> facts = new ArrayList<>(runFacts);
        facts.add(profile);
        return new Engine(kbase, catalog, facts);
    }

    /**
     * An engine with only the rules whose id is named, for {@code gkcheck bench} to time a group of rules
     * alone against the same facts; findings as the full engine's (same catalog, same order).
     */
    public static Engine onlyRules(java.util.Set<String> ids) {
        List<org.drools.model.Model> subset = new ArrayList<>();
        for (org.drools.model.Model m : models()) subset.add(new Subset(m, ids));
        return new Engine(org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(subset), get().catalog, List.of());
    }

    /** A rule model without the rules whose id is not named. */
    private record Subset(org.drools.model.Model model, java.util.Set<String> ids) implements org.drools.model.Model {
        @Override public String getName() { return model.getName(); }
        @Override public String getPackageName() { return model.getPackageName(); }
        @Override public List<org.drools.model.Global> getGlobals() { return model.getGlobals(); }
        @Override public List<org.drools.model.Query> getQueries() { return model.getQueries(); }
        @Override public List<org.drools.model.TypeMetaData> getTypeMetaDatas() { return model.getTypeMetaDatas(); }
        @Override public List<org.drools.model.EntryPoint> getEntryPoints() { return model.getEntryPoints(); }

        @Override
        public List<org.drools.model.Rule> getRules() {
            return model.getRules().stream().filter(r -> ids.contains(String.valueOf(r.getMetaData("id")))).toList();
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    public List<Finding> check(Report report) {
        return check(report, Map.of());
    }

    /** Checks one report; {@code overrides} changes the severity of named rules (Error Prone's -Xep:ID:LEVEL). */
    public List<Finding> check(Report report, Map<String, Severity> overrides) {
        return check(report, null, overrides);
    }

    /** Checks one report beside the same organ's report of the year before (cross-year rules), where known. */
    public List<Finding> check(Report report, Report previous, Map<String, Severity> overrides) {
        try {
            return evaluate(report, previous, overrides);
        } catch (RuntimeException e) {
            // a Java helper a rule calls threw on this report: a defect of gkcheck, reported as such
            // (exit 4) for this report alone, so that a batch goes on and no publisher is blamed
            StackTraceElement at = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
            report.getProblems().add(new cn.gkcheck.model.ReadProblem(cn.gkcheck.model.ReadProblem.INTERNAL,
                    "gkcheck 检查此报告时出现内部错误（" + e.getClass().getSimpleName()
                            + (at == null ? "" : " 于 " + at.getClassName().substring(at.getClassName().lastIndexOf('.') + 1)
                                    + "." + at.getMethodName() + ":" + at.getLineNumber())
                            + "）：这是 gkcheck 的缺陷，不是报告的问题，请连同文件报告给 gkcheck 的维护者"));
            Report bare = new Report();
            bare.setMeta(report.getMeta());
            bare.getProblems().addAll(report.getProblems());
            try {
                return evaluate(bare, null, overrides);
            } catch (RuntimeException again) {
                // the rules on the report itself (its year, its period) threw too: keep only what names the file
                var meta = new cn.gkcheck.model.Meta();
                meta.setSourceFile(report.getMeta().getSourceFile());
                meta.setSha256(report.getMeta().getSha256());
                meta.setInputKind(report.getMeta().getInputKind());
                bare.setMeta(meta);
                return evaluate(bare, null, overrides);
            }
        }
    }

    private List<Finding> evaluate(Report report, Report previous, Map<String, Severity> overrides) {
        return fire(overrides, session -> {
            runFacts.forEach(session::insert);
            session.insert(report);
            report.getTables().forEach(session::insert);
            report.getTables().forEach(t -> t.getCells().forEach(session::insert));
            report.getSections().forEach(session::insert);
            report.getParagraphs().forEach(session::insert);
            report.getGuesses().forEach(session::insert);
            report.getProblems().forEach(session::insert);
            DerivedFacts.of(report, previous).forEach(session::insert);
        });
    }

    /** One fresh session: the facts inserted, the rules fired, the findings in the one order every output shows. */
    private List<Finding> fire(Map<String, Severity> overrides, java.util.function.Consumer<KieSession> insert) {
        Findings out = new Findings(catalog.rules(), overrides);
        KieSession session = kbase.newKieSession();
        try {
            session.setGlobal("out", out);
            insert.accept(session);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        List<Finding> sorted = new ArrayList<>(out.all());
        sorted.sort(ORDER);
        return sorted;
    }

    /**
     * Runs the folder rules (rules/folder.drl) in a session of their own, after the last report, over the facts
     * the folder kept of its reports (check.folder.Folder): the per-report rules match none of these facts and the
     * folder rules none of a report's.
     */
    public List<Finding> checkFolder(java.util.Collection<?> facts, Map<String, Severity> overrides) {
        return fire(overrides, session -> facts.forEach(session::insert));
    }

    /** File order first (report-level findings before any line), then rule id, keys and message. */
    static final Comparator<Finding> ORDER = Comparator
            .comparingLong((Finding f) -> position(f))
            .thenComparing(f -> f.getLocation().getSource() == null || f.getLocation().getSource().getPath() == null
                    ? "" : f.getLocation().getSource().getPath())
            .thenComparing(f -> f.getLocation().getFile() == null ? "" : f.getLocation().getFile())
            .thenComparing(Finding::getRule)
            .thenComparing(f -> f.getLocation().keys())
            .thenComparing(f -> f.getMessage() == null ? "" : f.getMessage());

    private static long position(Finding f) {
        var s = f.getLocation().getSource();
        if (s == null) return -1;
        long page = s.getPage() == null ? 0 : s.getPage();
        long line = s.getLine() != null ? s.getLine() : s.getRow() != null ? (s.getTable() == null ? 0 : s.getTable()) * 1000L + s.getRow() : 0;
        return page * 100_000L + line;
    }
}

package cn.gkcheck.cli;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Severity;
import cn.gkcheck.model.Report;
import cn.gkcheck.read.Readers;
import cn.gkcheck.report.CheckedReport;
import cn.gkcheck.report.Renderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gkcheck check FILE…}: read, check, render; the exit code gates CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "检查年度报告（文件或文件夹） / check reports (files or folders)",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage error", "3:an input could not be read (the others were still checked)", "4:gkcheck itself is broken (rulebase)"})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files (.txt .md .html .docx .pdf .json) or folders")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--fail-on", defaultValue = "error", description = "error, warning, info or never (default: ${DEFAULT-VALUE})")
    String failOn;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "override a rule's severity, e.g. GK-CELL-BLANK=error")
    Map<String, String> severities = new TreeMap<>();

    @Option(names = "--threads", description = "reports checked at once (default: number of processors)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (!List.of("text", "json").contains(format)) return usage("--format must be text or json");
        if (!List.of("zh", "en").contains(lang)) return usage("--lang must be zh or en");
        Severity threshold = null;
        if (!failOn.equals("never")) {
            try {
                threshold = Severity.parse(failOn);
            } catch (IllegalArgumentException e) {
                return usage("--fail-on must be error, warning, info or never");
            }
        }
        Engine engine = Engine.get();
        Map<String, Severity> overrides = new TreeMap<>();
        for (var e : severities.entrySet()) {
            if (!engine.catalog().rules().containsKey(e.getKey())) return usage("--severity: no rule " + e.getKey());
            try {
                overrides.put(e.getKey(), Severity.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                return usage("--severity " + e.getKey() + ": level must be error, warning or info");
            }
        }
        List<Path> inputs = Inputs.expand(files);
        if (inputs.isEmpty()) return usage("no report files found in " + files);
        List<CheckedReport> results = checkAll(engine, inputs, overrides);
        var out = spec.commandLine().getOut();
        Renderer.named(format, lang.equals("en"), Main.version(), engine.catalog().rules().size()).render(results, out);
        out.flush();
        if (results.stream().anyMatch(CheckedReport::unreadable)) return Main.UNREADABLE;
        final Severity t = threshold;
        boolean failing = t != null && results.stream().flatMap(r -> r.findings().stream()).anyMatch(f -> f.getSeverity().atLeast(t));
        return failing ? Main.FINDINGS : Main.OK;
    }

    /** In parallel, results in input order: the output is the same whatever the thread count. */
    private List<CheckedReport> checkAll(Engine engine, List<Path> inputs, Map<String, Severity> overrides) throws Exception {
        int n = Math.max(1, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, inputs.size()));
        try {
            List<Future<CheckedReport>> futures = new ArrayList<>();
            for (Path p : inputs) futures.add(pool.submit(() -> checkOne(engine, p, overrides)));
            List<CheckedReport> results = new ArrayList<>();
            for (Future<CheckedReport> f : futures) results.add(f.get());
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static CheckedReport checkOne(Engine engine, Path p, Map<String, Severity> overrides) {
        Report report = Readers.read(p);
        List<Finding> findings = engine.check(report, overrides);
        return new CheckedReport(p.toString(), report, findings);
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("gkcheck check: " + message);
        return Main.USAGE;
    }
}

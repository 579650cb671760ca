package cn.gkcheck.cli;

import cn.gkcheck.check.Baseline;
import cn.gkcheck.check.Engine;
import cn.gkcheck.check.LocalRulesException;
import cn.gkcheck.check.Suppression;
import cn.gkcheck.check.Triage;
import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Severity;
import cn.gkcheck.report.CheckedReport;
import cn.gkcheck.report.Destination;
import cn.gkcheck.report.Formats;
import cn.gkcheck.report.Run;
import cn.gkcheck.report.Sink;
import cn.gkcheck.report.Totals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
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
                "2:usage error", "3:an input could not be read (the others were still checked)", "4:gkcheck itself is broken (rulebase, or an internal error on an input: GK-IN-INTERNAL)"})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files (.txt .md .html .docx .pdf .json) or folders")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", split = ",", paramLabel = "FORMAT",
            description = "text, json, html, sarif, junit, csv, xlsx (html and xlsx need --output), or several at once (json,html,sarif,…): the folder is read and checked once (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "write to this file (a folder for several formats, each under its default name) instead of standard output")
    Path output;

    @Option(names = "--fail-on", defaultValue = "error", description = "error, warning, info or never (default: ${DEFAULT-VALUE})")
    String failOn;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "override a rule's severity, e.g. GK-CELL-BLANK=error")
    Map<String, String> severities = new TreeMap<>();

    @Option(names = "--threads", description = "reports checked at once (default: number of processors)")
    Integer threads;

    @Option(names = "--previous", paramLabel = "LAST", description = "the same organ's report of the year before, for the cross-year rules;"
            + " without it, reports of one organ in consecutive years among the inputs are paired")
    Path previous;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "the date the report was published (Art. 49 deadlines)")
    String published;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "30",
            description = "the longest one input may take to read; past it the input is reported unreadable and the batch goes on (default: ${DEFAULT-VALUE})")
    double timeBudget;

    @picocli.CommandLine.Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Option(names = "--baseline", paramLabel = "FILE", description = "drop the findings recorded in this baseline (written by --write-baseline)")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "write the fingerprints of all findings of this run to FILE")
    Path writeBaseline;

    @Option(names = "--suppressions", paramLabel = "FILE", description = "suppressions (rule, match, reason) instead of those of the config file")
    Path suppressions;

    @picocli.CommandLine.Mixin
    FolderOptions folderOptions = new FolderOptions();

    @Option(names = "--no-progress", description = "no progress line on standard error (it shows only at a terminal, outside CI, in runs over 2 s)")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        if (!(timeBudget > 0) || timeBudget > 86_400) return usage("--time-budget must be a number of seconds, more than 0");
        for (String f : formats) if (!Formats.NAMES.contains(f)) return usage("--format must be one of " + String.join(", ", Formats.NAMES));
        if (formats.stream().distinct().count() != formats.size()) return usage("--format names a format twice");
        if (output == null && (formats.size() > 1 || !Formats.streamable(formats.get(0))))
            return usage("--format " + String.join(",", formats) + " needs --output");
        if (output != null && formats.size() > 1 && Files.isRegularFile(output))
            return usage("--output must be a folder when several formats are written: " + output);
        if (!List.of("zh", "en").contains(lang)) return usage("--lang must be zh or en");
        Config config;
        Engine engine;
        Triage triage;
        try {
            config = configOptions.config();
            engine = configOptions.engine();
            triage = triage(config, engine);
        } catch (ConfigException | LocalRulesException e) {
            return usage(e.getMessage());
        }
        if (!spec.commandLine().getParseResult().hasMatchedOption("--fail-on") && config.failOn() != null) failOn = config.failOn();
        Severity threshold = null;
        if (!failOn.equals("never")) {
            try {
                threshold = Severity.parse(failOn);
            } catch (IllegalArgumentException e) {
                return usage("--fail-on must be error, warning, info or never");
            }
        }
        Timing.mark("rulebase loaded");
        Map<String, Severity> overrides = new TreeMap<>();
        Map<String, String> levels = new TreeMap<>(config.severity());
        levels.putAll(severities);
        for (var e : levels.entrySet()) {
            if (!engine.catalog().rules().containsKey(e.getKey())) return usage("--severity: no rule " + e.getKey());
            try {
                overrides.put(e.getKey(), Severity.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                return usage("--severity " + e.getKey() + ": level must be error, warning or info");
            }
        }
        java.time.LocalDate publishedOn = null;
        if (published != null) {
            try {
                publishedOn = java.time.LocalDate.parse(published);
            } catch (java.time.format.DateTimeParseException e) {
                return usage("--published must be a date YYYY-MM-DD");
            }
        }
        if (previous != null && !Files.isRegularFile(previous)) return usage("--previous: no such file " + previous);
        cn.gkcheck.check.folder.Folder folder;
        try {
            folder = folderOptions.open();
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        List<Path> inputs = Inputs.expand(files);
        if (inputs.isEmpty()) return usage("no report files found in " + files);
        Run run = new Run(Main.version(), lang.equals("en"), engine.catalog().rules());
        List<Sink> sinks = new ArrayList<>();
        for (String f : formats) sinks.add(Formats.open(f, destination(f), run));
        for (Sink s : sinks) s.begin(run);
        Outcome outcome = new Outcome(threshold);
        Progress progress = Progress.of(spec.commandLine().getErr(), noProgress, inputs.size());
        Baseline.Writer fingerprints = writeBaseline == null ? null : new Baseline.Writer();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        java.time.Duration budget = java.time.Duration.ofMillis(Math.round(timeBudget * 1000));
        new Batch(engine, overrides, publishedOn, n, budget, spec.commandLine().getErr()).run(inputs, previous, found -> {
            if (fingerprints != null) fingerprints.add(found.report().getMeta(), found.findings());
            CheckedReport r = accepted(triage, found);
            outcome.add(r);
            if (folder != null) folder.add(r.source(), r.report());
            progress.done(r.count(Severity.ERROR));
            for (Sink s : sinks) s.report(r);
        });
        progress.finish();
        if (folder != null) for (Finding f : folder.findings(engine, overrides)) outcome.addFolder(f);
        for (Sink s : sinks) s.end(outcome.totals);
        spec.commandLine().getOut().flush();
        if (fingerprints != null) fingerprints.write(writeBaseline, Main.version());
        return outcome.exitCode();
    }

    /** Baseline and suppressions of this run: the command line's, else the config file's; every rule they name must exist. */
    private Triage triage(Config config, Engine engine) throws ConfigException {
        List<Suppression> waived = suppressions != null ? Config.loadSuppressions(suppressions) : config.suppressions();
        for (Suppression s : waived) {
            if (!engine.catalog().rules().containsKey(s.rule())) throw new ConfigException(s.from() + ": suppression of " + s.rule() + ": no such rule");
        }
        Path file = baseline != null ? baseline : config.baseline();
        if (file == null) return new Triage(Baseline.empty(), waived);
        if (!Files.isRegularFile(file)) throw new ConfigException("baseline: no such file " + file);
        try {
            return new Triage(Baseline.read(file), waived);
        } catch (java.io.IOException e) {
            throw new ConfigException("baseline " + file + ": " + e.getMessage());
        }
    }

    /** The findings reported, those suppressed with their reasons, and the count the baseline dropped. */
    private static CheckedReport accepted(Triage triage, CheckedReport found) {
        Triage.Result t = triage.sort(found.source(), found.report().getMeta(), found.findings());
        return found.triaged(t.kept(), t.suppressed(), t.baselined());
    }

    private Destination destination(String format) {
        if (output == null) return Destination.stdout(spec.commandLine().getOut());
        return Destination.path(formats.size() == 1 ? output : output.resolve(Formats.defaultName(format)));
    }

    /** The exit code, kept as results stream past: 4 broken, else 3 unreadable, else 1 findings at --fail-on, else 0. */
    private static final class Outcome {
        final Totals totals = new Totals();
        final Severity threshold;
        boolean broken, unreadable, failing;

        Outcome(Severity threshold) {
            this.threshold = threshold;
        }

        void add(CheckedReport r) {
            totals.add(r);
            broken |= r.broken();
            unreadable |= r.unreadable();
            failing |= threshold != null && r.findings().stream().anyMatch(f -> f.getSeverity().atLeast(threshold));
        }

        void addFolder(Finding f) {
            totals.addFolderFinding(f);
            failing |= threshold != null && f.getSeverity().atLeast(threshold);
        }

        int exitCode() {
            return broken ? Main.BROKEN : unreadable ? Main.UNREADABLE : failing ? Main.FINDINGS : Main.OK;
        }
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("gkcheck check: " + message);
        return Main.USAGE;
    }
}

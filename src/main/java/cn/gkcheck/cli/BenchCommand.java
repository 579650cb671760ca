package cn.gkcheck.cli;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.interpret.DocInterpreter;
import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Report;
import cn.gkcheck.read.Doc;
import cn.gkcheck.read.DocReader;
import cn.gkcheck.read.InputKind;
import cn.gkcheck.report.CheckedReport;
import cn.gkcheck.report.Destination;
import cn.gkcheck.report.Formats;
import cn.gkcheck.report.Run;
import cn.gkcheck.report.Sink;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gkcheck bench FILE…}: where the time of one report goes, in one process and one thread — the
 * figures the README quotes (tools/bench.sh runs it). Each phase is timed on its own work: reading
 * (bytes to the reader's document), interpretation (document to Report), rule evaluation (Engine.check)
 * and rendering (the text and JSON sinks, to nowhere). Then the balance and completeness rules alone, in
 * Drools, beside the same relations decided by plain Java (BenchFloor): the floor Drools is compared with.
 * Speed is measured here, never asserted in tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "测量读取与检查速度 / measure reading and checking speed in one process")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--rounds", defaultValue = "5", description = "timed rounds over all inputs (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "untimed rounds first (default: ${DEFAULT-VALUE})")
    int warmup;

    /** The phases, in the order they run. */
    private static final String[] PHASES = {"read", "interpret", "check", "render-text", "render-json", "floor-drools", "floor-java",
            "derived"};

    /** Nanoseconds per phase, and inputs, of one input kind. */
    private static final class Times {
        final long[] ns = new long[PHASES.length];
        long inputs;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Engine engine = Engine.get();
        long load = System.nanoTime() - t0;
        Engine floorRules = Engine.onlyRules(BenchFloor.RULES);
        List<Path> inputs = Inputs.expand(files);
        List<byte[]> bytes = new ArrayList<>();
        for (Path p : inputs) bytes.add(Files.readAllBytes(p));
        Run run = new Run(Main.version(), false, engine.catalog().rules());
        Sink text = Formats.open("text", Destination.stdout(new PrintWriter(Writer.nullWriter())), run);
        Sink json = Formats.open("json", Destination.stdout(new PrintWriter(Writer.nullWriter())), run);
        text.begin(run);
        json.begin(run);
        Map<String, Times> byKind = new TreeMap<>();
        Set<String> differing = new TreeSet<>();
        for (int i = 0; i < warmup; i++) once(engine, floorRules, inputs, bytes, text, json, new TreeMap<>(), differing);
        for (int i = 0; i < rounds; i++) once(engine, floorRules, inputs, bytes, text, json, byKind, differing);
        out.printf(Locale.ROOT, "rulebase load: %.0f ms (%d rules)%n", load / 1e6, engine.catalog().rules().size());
        out.printf(Locale.ROOT, "%d inputs x %d rounds (after %d warm-up rounds), one thread; ms per report:%n",
                inputs.size(), rounds, warmup);
        out.printf(Locale.ROOT, "%-10s %7s", "kind", "reports");
        for (String p : PHASES) out.printf(Locale.ROOT, " %12s", p);
        out.printf(Locale.ROOT, " %9s %8s %8s%n", "reports/s", "floor x", "rules x");
        Times all = new Times();
        for (var e : byKind.entrySet()) {
            line(out, e.getKey(), e.getValue());
            all.inputs += e.getValue().inputs;
            for (int p = 0; p < PHASES.length; p++) all.ns[p] += e.getValue().ns[p];
        }
        line(out, "all", all);
        out.println("reports/s: one thread, read + interpret + check + render-text; floor x: floor-drools / floor-java, the balance"
                + " and completeness rules in Drools (a full session: every fact and derived fact inserted) against the same"
                + " decided in plain Java; rules x: the same without the derived facts' Java (floor-drools - derived)");
        if (!differing.isEmpty()) out.println("floor findings differ from the Drools subset's on: " + String.join(", ", differing));
        out.flush();
        return Main.OK;
    }

    private static void line(PrintWriter out, String kind, Times t) {
        double n = t.inputs;
        out.printf(Locale.ROOT, "%-10s %7d", kind, t.inputs / 1);
        for (long ns : t.ns) out.printf(Locale.ROOT, " %12.3f", ns / 1e6 / n);
        double perReport = (t.ns[0] + t.ns[1] + t.ns[2] + t.ns[3]) / n;
        out.printf(Locale.ROOT, " %9.1f %8.1f %8.1f%n", 1e9 / perReport, t.ns[6] == 0 ? 0 : (double) t.ns[5] / t.ns[6],
                t.ns[6] == 0 ? 0 : (double) (t.ns[5] - t.ns[7]) / t.ns[6]);
    }

    private static void once(Engine engine, Engine floorRules, List<Path> inputs, List<byte[]> bytes, Sink text, Sink json,
                             Map<String, Times> byKind, Set<String> differing) throws Exception {
        for (int i = 0; i < inputs.size(); i++) {
            byte[] b = bytes.get(i);
            String name = inputs.get(i).toString();
            InputKind kind = InputKind.sniff(b, name);
            Times t = byKind.computeIfAbsent(kind.id(), k -> new Times());
            t.inputs++;
            long[] ns = t.ns;
            DocReader reader = Readers.docReader(kind);
            long a = System.nanoTime();
            Doc doc = reader == null ? null : reader.read(b, name);
            long c = System.nanoTime();
            if (doc != null) DocInterpreter.interpret(doc);
            long d = System.nanoTime();
            ns[0] += c - a;
            ns[1] += d - c;
            // the report as a check sees it (meta and problems as Readers sets them): not timed again
            Report r = Readers.read(b, name);
            long e = System.nanoTime();
            CheckedReport checked = new CheckedReport(name, r, engine.check(r));
            long f = System.nanoTime();
            text.report(checked);
            long g = System.nanoTime();
            json.report(checked);
            long h = System.nanoTime();
            ns[2] += f - e;
            ns[3] += g - f;
            ns[4] += h - g;
            if (!r.isReadable()) continue;
            long j = System.nanoTime();
            List<Finding> drools = floorRules.check(r);
            long k = System.nanoTime();
            List<String> java = BenchFloor.findings(r);
            long l = System.nanoTime();
            // the Java half of a check (DerivedFacts: relations, prose figures …), which floor-drools includes
            cn.gkcheck.check.DerivedFacts.of(r, null);
            long m = System.nanoTime();
            ns[5] += k - j;
            ns[6] += l - k;
            ns[7] += m - l;
            if (drools.size() != java.size()) differing.add(inputs.get(i).getFileName().toString());
        }
    }
}

package cn.gkcheck.cli;

import cn.gkcheck.check.Engine;
import cn.gkcheck.model.Report;
import cn.gkcheck.interpret.Readers;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gkcheck bench FILE…}: how fast reports are read and checked in one process — the
 * figures the README quotes. Speed is measured here, never asserted in tests.
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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Engine engine = Engine.get();
        long load = System.nanoTime() - t0;
        List<Path> inputs = Inputs.expand(files);
        List<byte[]> bytes = new ArrayList<>();
        for (Path p : inputs) bytes.add(Files.readAllBytes(p));
        for (int i = 0; i < warmup; i++) once(engine, inputs, bytes, null);
        long[] readCheck = new long[2];
        for (int i = 0; i < rounds; i++) once(engine, inputs, bytes, readCheck);
        double n = (double) inputs.size() * rounds;
        out.printf(Locale.ROOT, "rulebase load: %.0f ms (%d rules)%n", load / 1e6, engine.catalog().rules().size());
        out.printf(Locale.ROOT, "%d inputs x %d rounds (after %d warm-up rounds), one thread%n", inputs.size(), rounds, warmup);
        out.printf(Locale.ROOT, "read:  %.2f ms per report%n", readCheck[0] / 1e6 / n);
        out.printf(Locale.ROOT, "check: %.2f ms per report%n", readCheck[1] / 1e6 / n);
        out.printf(Locale.ROOT, "total: %.1f reports per second%n", n / ((readCheck[0] + readCheck[1]) / 1e9));
        out.flush();
        return Main.OK;
    }

    private static void once(Engine engine, List<Path> inputs, List<byte[]> bytes, long[] times) {
        for (int i = 0; i < inputs.size(); i++) {
            long a = System.nanoTime();
            Report r = Readers.read(bytes.get(i), inputs.get(i).toString());
            long b = System.nanoTime();
            engine.check(r);
            long c = System.nanoTime();
            if (times != null) {
                times[0] += b - a;
                times[1] += c - b;
            }
        }
    }
}

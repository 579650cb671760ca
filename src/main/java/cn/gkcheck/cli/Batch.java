package cn.gkcheck.cli;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Severity;
import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Report;
import cn.gkcheck.prose.CrossYear;
import cn.gkcheck.report.CheckedReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Checks a batch of inputs in flat memory, whatever its size: a bounded window of inputs is in
 * flight across the threads, and each result is handed on in input order as soon as it and those
 * before it are done, so the output is the same bytes whatever the thread count and no more than
 * the window is ever held.
 *
 * <p>Pairing consecutive years of one organ (cli.Pairing) needs to know, before a report is checked,
 * whether its predecessor is among the inputs, and the predecessor may come after it in input order.
 * So a batch of more than one input is read twice: a first pass keeps only each input's
 * {@link Pairing.Key} (organ and year, a few dozen bytes), the second reads again and checks; a
 * paired report's predecessor is read once more beside it. Reading twice costs time where holding
 * the reports would cost memory without bound; small batches ({@link #KEPT} inputs or fewer) keep
 * their reports from the first pass and are read once.
 */
final class Batch {
    /** Inputs in flight per thread: enough that no thread idles while the head of the line is slow. */
    static final int WINDOW_PER_THREAD = 4;

    /** Batches up to this size keep their reports between the two passes rather than read them again. */
    static final int KEPT = 64;

    /** Where results go, one at a time, in input order. */
    interface Out {
        void accept(CheckedReport r) throws IOException;
    }

    private final Engine engine;
    private final Map<String, Severity> overrides;
    private final LocalDate publishedOn;
    private final int threads;
    private final java.time.Duration budget;
    private final PrintWriter err;

    /** {@code budget}: the longest one input may take to read (--time-budget); past it the input is unreadable. */
    Batch(Engine engine, Map<String, Severity> overrides, LocalDate publishedOn, int threads, java.time.Duration budget, PrintWriter err) {
        this.budget = budget;
        this.engine = engine;
        this.overrides = overrides;
        this.publishedOn = publishedOn;
        this.threads = Math.max(1, threads);
        this.err = err;
    }

    /** Checks every input, against {@code previous} (--previous) where given, else against its paired predecessor. */
    void run(List<Path> inputs, Path previous, Out out) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, inputs.size())));
        try {
            Report last = previous == null ? null : Readers.read(previous, budget);
            List<Report> kept = last == null && inputs.size() > 1 && inputs.size() <= KEPT ? new ArrayList<>() : null;
            Map<Integer, Integer> pairs = Map.of();
            if (last == null && inputs.size() > 1) {
                List<Pairing.Key> keys = new ArrayList<>(inputs.size());
                inOrder(pool, inputs.size(), i -> read(inputs.get(i)), r -> {
                    keys.add(Pairing.key(r));
                    if (kept != null) kept.add(r);
                });
                pairs = Pairing.pairKeys(keys);
            }
            Map<Integer, Integer> paired = pairs;
            inOrder(pool, inputs.size(), i -> {
                Report r = kept != null ? kept.get(i) : read(inputs.get(i));
                Integer j = paired.get(i);
                Report before = last != null ? last : j == null ? null : kept != null ? kept.get(j) : read(inputs.get(j));
                // last year's indicators beside this year's, for year-on-year change (consecutive years only)
                cn.gkcheck.check.Indicators lastYear = before != null && CrossYear.consecutive(r, before) ? cn.gkcheck.check.Indicators.of(before) : null;
                return new CheckedReport(inputs.get(i).toString(), r, engine.check(r, before, overrides), lastYear);
            }, r -> {
                if (last != null) notConsecutive(r.report(), last, previous);
                out.accept(r);
            });
        } finally {
            pool.shutdownNow();
        }
    }

    private Report read(Path p) {
        Report r = Readers.read(p, budget);
        if (publishedOn != null && r.isReadable()) r.getMeta().setPublished(publishedOn);
        return r;
    }

    /**
     * Runs {@code task} for 0…n-1 on the pool with at most a window in flight, and hands each result
     * to {@code then} in index order on this thread.
     */
    private <T> void inOrder(ExecutorService pool, int n, IntFunction<T> task, Then<T> then) throws Exception {
        int window = threads * WINDOW_PER_THREAD;
        ArrayDeque<Future<T>> inFlight = new ArrayDeque<>(window);
        int next = 0, done = 0;
        while (next < n || !inFlight.isEmpty()) {
            while (next < n && inFlight.size() < window) {
                int i = next++;
                inFlight.add(pool.submit(() -> task.apply(i)));
            }
            then.accept(inFlight.poll().get());
            if (++done == 1) Timing.mark("first result handed on");
        }
    }

    private interface Then<T> {
        void accept(T t) throws Exception;
    }

    /** The cross-year rules compare consecutive years only: say so when --previous is not the year before. */
    private void notConsecutive(Report r, Report last, Path previous) {
        if (!CrossYear.consecutive(r, last)) {
            err.println("gkcheck check: --previous " + previous + " is not the report of the year before "
                    + (r.getMeta().getYear() == null ? "(year unknown)" : r.getMeta().getYear()) + "; cross-year rules not applied");
        }
    }
}

package cn.gkcheck.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error while a long batch runs: reports done of all, errors found so far, time
 * left. Only for a person at a terminal: off when stderr is no console, in CI (env CI set) and with
 * --no-progress; and drawn only once the run has lasted {@link #DELAY_NANOS}, so a quick check prints nothing.
 * It is erased at the end and never reaches the outputs, which go to stdout or files.
 */
final class Progress {
    static final long DELAY_NANOS = 2_000_000_000L;
    /** Redraw at most this often: a terminal cannot show more and a fast batch should not pay for it. */
    static final long REDRAW_NANOS = 200_000_000L;
    static final int WIDTH = 24;

    private final PrintWriter err;
    private final boolean enabled;
    private final LongSupplier clock;
    private final int total;
    private final long start;
    private long lastDrawn;
    private boolean drawn;
    private int done, errors, lineLength;

    Progress(PrintWriter err, boolean enabled, LongSupplier clock, int total) {
        this.err = err;
        this.enabled = enabled && total > 0;
        this.clock = clock;
        this.total = total;
        this.start = clock.getAsLong();
    }

    /** For a person at a terminal, outside CI, unless --no-progress. */
    static Progress of(PrintWriter err, boolean noProgress, int total) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return new Progress(err, terminal && !noProgress, System::nanoTime, total);
    }

    /** One more report done, with this many error findings. */
    void done(long errorFindings) {
        done++;
        errors += (int) errorFindings;
        if (!enabled) return;
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || drawn && now - lastDrawn < REDRAW_NANOS && done < total) return;
        drawn = true;
        lastDrawn = now;
        String line = line(now);
        err.print("\r" + line + " ".repeat(Math.max(0, lineLength - line.length())));
        err.flush();
        lineLength = line.length();
    }

    /** Erases the line, so that what follows on stderr starts clean. */
    void finish() {
        if (lineLength == 0) return;
        err.print("\r" + " ".repeat(lineLength) + "\r");
        err.flush();
        lineLength = 0;
    }

    String line(long now) {
        int filled = (int) ((long) WIDTH * done / total);
        long elapsed = now - start;
        long left = done == 0 ? 0 : elapsed / done * (total - done) / 1_000_000_000L;
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                + "  " + errors + " 个错误 errors" + "  " + (done == total ? "" : String.format("剩余约 %d:%02d left", left / 60, left % 60));
    }
}

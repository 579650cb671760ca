package cn.gkcheck.read;

import cn.gkcheck.model.ReadProblem;
import java.time.Duration;

/**
 * The time budget of the input the current thread reads. Readers call {@link #check()} in their
 * loops (cheap: one clock read); past the deadline, or once the caller gave up and interrupted
 * the thread, it throws {@link Expired} and the input gets one GK-IN-UNREADABLE finding
 * ("超出单个文件处理时限"). Readers.read also guards each input with a future timeout, for code
 * (a parser library) that never reaches a check.
 */
public final class Deadline {
    private Deadline() {}

    private static final ThreadLocal<long[]> CURRENT = new ThreadLocal<>();

    /** Starts the budget of the input this thread reads now. */
    public static void start(Duration budget) {
        long nanos = budget.toNanos();
        CURRENT.set(new long[] {System.nanoTime() + nanos, nanos});
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static void check() {
        long[] d = CURRENT.get();
        if (d == null) return;
        if (Thread.currentThread().isInterrupted() || System.nanoTime() - d[0] >= 0) throw new Expired(Duration.ofNanos(d[1]));
    }

    /** The problem an input gets when its budget ran out. */
    public static ReadProblem expired(Duration budget) {
        String secs = budget.toMillis() % 1000 == 0 ? Long.toString(budget.toSeconds()) : Double.toString(budget.toMillis() / 1000.0);
        ReadProblem p = new ReadProblem("timeout", "超出单个文件处理时限（" + secs + " 秒），停止读取此文件（可用 --time-budget 调整）");
        p.setDetailEn("over the time budget for one file (" + secs + " s); reading stopped (see --time-budget)");
        return p;
    }

    public static final class Expired extends RuntimeException {
        private final transient Duration budget;

        Expired(Duration budget) {
            super("time budget " + budget + " exceeded", null, false, false);
            this.budget = budget;
        }

        public ReadProblem problem() {
            return expired(budget);
        }
    }
}

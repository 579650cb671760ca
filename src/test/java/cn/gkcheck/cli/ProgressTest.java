package cn.gkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line: drawn only after two seconds, with done/total, errors and time left, erased at the end. A fake clock: no timing. */
class ProgressTest {
    static final long SECOND = 1_000_000_000L;

    @Test
    void aQuickRunDrawsNothing() {
        StringWriter w = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintWriter(w), true, now::get, 3);
        for (int i = 0; i < 3; i++) {
            now.addAndGet(SECOND / 2);
            p.done(1);
        }
        p.finish();
        assertThat(w.toString()).isEmpty();
    }

    @Test
    void aLongRunShowsDoneErrorsAndTimeLeftThenErasesIt() {
        StringWriter w = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintWriter(w), true, now::get, 4);
        now.addAndGet(3 * SECOND);
        p.done(2);
        assertThat(w.toString()).isEqualTo("\r[######                  ] 1/4  2 个错误 errors  剩余约 0:09 left");
        now.addAndGet(3 * SECOND);
        p.done(0);
        assertThat(w.toString()).endsWith("\r[############            ] 2/4  2 个错误 errors  剩余约 0:06 left");
        p.finish();
        assertThat(w.toString()).matches("(?s).*left\\r {40,}\\r");
    }

    @Test
    void offMeansOff() {
        StringWriter w = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintWriter(w), false, now::get, 2);
        now.addAndGet(10 * SECOND);
        p.done(1);
        p.finish();
        assertThat(w.toString()).isEmpty();
    }
}

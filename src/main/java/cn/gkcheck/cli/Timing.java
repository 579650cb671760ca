package cn.gkcheck.cli;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a cold start goes, on standard error, when run with {@code -Dgkcheck.timing=true}
 * (GKCHECK_JAVA_OPTS=-Dgkcheck.timing=true ./gkcheck check …): milliseconds since the JVM started at
 * each mark. Off by default, and then nothing but one property read.
 */
final class Timing {
    private Timing() {}

    private static final boolean ON = Boolean.getBoolean("gkcheck.timing");

    static void mark(String what) {
        if (!ON) return;
        Instant start = ProcessHandle.current().info().startInstant().orElse(null);
        long ms = start == null ? -1 : Duration.between(start, Instant.now()).toMillis();
        System.err.println("gkcheck timing: " + ms + " ms " + what);
    }
}

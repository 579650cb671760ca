package cn.gkcheck.report.html;

import cn.gkcheck.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Builds an HTML audit as a user does, through the command line, and reads it back. */
final class Audits {
    private Audits() {}

    static final String SEED = "fixtures/samples/000_fbcc47a07046e9b4.txt";

    /** {@code gkcheck check --format html -o dir args…}; returns the exit code (findings and unreadable inputs are expected). */
    static int write(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of("--format", "html"));
        all.addAll(List.of(args));
        return writeAs(dir, all.toArray(String[]::new));
    }

    /** {@code gkcheck check -o dir args…}, the formats among the args. */
    static int writeAs(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of("check", "-o", dir.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code == 2 || code == 4) throw new IllegalStateException("gkcheck check failed (" + code + "): " + err.toString(StandardCharsets.UTF_8));
        return code;
    }

    /** Every file of the audit by its path inside it, with its bytes. */
    static TreeMap<String, byte[]> files(Path dir) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }
}

package cn.gkcheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.cli.Main;
import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus ({@link HostileCorpus}, fixtures/hostile/README.md) in one batch with a good
 * report, through the command line: every hostile file gets its expected finding, the good report
 * its usual ones, and nothing prints a stack trace. No timing is asserted: a file that took too long
 * would get the time-budget finding instead of its expected one, and fail here by that.
 */
class HostileCorpusTest {
    static final String GOOD = "fixtures/samples/000_fbcc47a07046e9b4.txt";

    @Test
    void everyHostileFileGetsItsFindingAndTheGoodReportItsOwn(@TempDir Path dir) throws Exception {
        Path batch = batch(dir);
        Path gone = dir.resolve("deleted-before-reading.pdf");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", "--time-budget", "600", batch.toString(), gone.toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(code).isEqualTo(Main.UNREADABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error");
        assertExpected(out, batch);
        assertThat(out).contains(gone + ": error GK-IN-UNREADABLE 文件无法打开（NoSuchFileException）");
        // the good report, among all of them, gets what it gets alone
        String alone = run("check", GOOD).replace(GOOD, batch.resolve("zz-good.txt").toString());
        for (String line : alone.lines().filter(l -> l.startsWith(batch.toString())).toList()) assertThat(out).contains(line);
        assertThat(alone).contains("GK-CELL-TEXT").contains("GK-TXT-MISSING-NUMBER");
    }

    /**
     * The same batch in a JVM of 256 MB heap: the readers' memory is bounded by the limits, not by
     * the machine (the 100 MB text file once took twice its size while being read).
     */
    @Test
    void theSameBatchNeedsNoMoreThan256MBOfHeap(@TempDir Path dir) throws Exception {
        Path batch = batch(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-Xss4m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", "--time-budget", "600", batch.toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        int code = p.waitFor();
        String out = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
        assertThat(Files.readString(dir.resolve("stderr.txt"))).doesNotContain("Exception").doesNotContain("Error");
        assertThat(code).isEqualTo(Main.UNREADABLE);
        assertThat(out).doesNotContain("OutOfMemoryError");
        assertExpected(out, batch);
    }

    /** The committed corpus, the generated one, the good report, a folder named .pdf and two symbolic link loops. */
    private static Path batch(Path dir) throws IOException {
        Path batch = dir.resolve("batch");
        Files.createDirectories(batch);
        try (var committed = Files.list(HostileCorpus.COMMITTED)) {
            for (Path p : committed.filter(p -> !p.getFileName().toString().equals("README.md")).toList()) {
                Files.copy(p, batch.resolve(p.getFileName()));
            }
        }
        HostileCorpus.write(batch, true);
        Files.copy(Path.of(GOOD), batch.resolve("zz-good.txt"));
        Files.createDirectories(batch.resolve("report.pdf"));
        symlink(batch.resolve("self-loop"), batch);
        symlink(batch.resolve("loop.txt"), batch.resolve("loop.txt"));
        return batch;
    }

    /** Every corpus file has its expected finding, an unreadable one exactly one error; folders and links none. */
    private static void assertExpected(String out, Path batch) {
        List<String> missing = new ArrayList<>();
        for (HostileCorpus.Entry e : HostileCorpus.entries()) {
            String lines = linesOf(out, batch.resolve(e.name()).toString());
            if (lines.lines().noneMatch(e::matches)) missing.add(e.name() + " expected «" + e.rule() + " … " + e.reason() + "» got: " + lines);
            assertThat(lines).as(e.name()).doesNotContain("GK-IN-INTERNAL");
            if (e.rule().equals(HostileCorpus.UNREADABLE)) assertThat(lines.lines().filter(l -> l.contains(" error "))).as(e.name()).hasSize(1);
        }
        assertThat(missing).isEmpty();
        assertThat(out).doesNotContain("report.pdf:").doesNotContain("loop");
    }

    @Test
    void anInputOverItsTimeBudgetIsReportedAsSuch() {
        Report r = Readers.read(Path.of(GOOD), Duration.ZERO);
        assertThat(r.isReadable()).isFalse();
        assertThat(r.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getKind()).isEqualTo("timeout");
            assertThat(p.getDetail()).contains("超出单个文件处理时限");
            assertThat(p.getEnglishDetail()).contains("time budget");
        });
    }

    @Test
    void limitsAreNamedInEnglishToo(@TempDir Path dir) throws IOException {
        Path deep = dir.resolve("deep.html");
        Files.writeString(deep, "<html><body>" + "<div>".repeat(300) + "</body></html>");
        String out = run("check", "--lang", "en", deep.toString());
        assertThat(out).contains("HTML element nesting depth is 302, over the limit of 256");
    }

    private static String linesOf(String out, String file) {
        return String.join("\n", out.lines().filter(l -> l.startsWith(file + ":")).toList());
    }

    private static void symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without links: nothing to check there
        }
    }

    private String stderr;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(stderr).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error");
        return out.toString(StandardCharsets.UTF_8);
    }
}

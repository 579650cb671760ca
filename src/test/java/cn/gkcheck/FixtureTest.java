package cn.gkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.interpret.Readers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every fixture with a {@code .expected} sidecar yields exactly the findings the sidecar lists. */
class FixtureTest {
    static final Path FIXTURES = Path.of("fixtures");

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".expected"))
                    .filter(p -> Files.exists(Expectations.sidecar(p)))
                    .sorted()
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureYieldsExactlyItsExpectedFindings() throws IOException {
        List<Path> all = fixtures();
        assertThat(all).as("fixtures with .expected sidecars").isNotEmpty();
        return all.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () ->
                assertThat(Expectations.actual(p)).as(p.toString()).containsExactlyElementsOf(Expectations.expected(p))));
    }

    /** Chinese first, English second: every finding of every fixture has both, and both carry text. */
    @Test
    void everyFindingSpeaksChineseAndEnglish() throws IOException {
        int seen = 0;
        for (Path p : fixtures()) {
            for (Finding f : Engine.get().check(Readers.read(p))) {
                assertThat(f.getMessage()).as(f.getRule() + " in " + p).matches("(?s).*\\p{IsHan}.*");
                assertThat(f.getMessageEn()).as(f.getRule() + " in " + p).isNotBlank().matches("(?s).*[A-Za-z]{3,}.*");
                assertThat(f.getTitleEn()).as(f.getRule()).isNotBlank();
                seen++;
            }
        }
        assertThat(seen).isGreaterThan(100);
    }
}

package cn.gkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
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
}

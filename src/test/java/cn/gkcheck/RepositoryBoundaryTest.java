package cn.gkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands on its own: no source, test, rule, document or tool points at a path
 * outside it (a test that reads ../shared tests nothing on a machine without it).
 */
class RepositoryBoundaryTest {
    private static final List<String> OUTSIDE = List.of("../shared", "/work/shared", "/work/main");

    @Test
    void nothingInTheRepositoryPointsOutsideIt() throws IOException {
        List<Path> roots = List.of(Path.of("src"), Path.of("rules"), Path.of("docs"), Path.of("tools"), Path.of("README.md"),
                Path.of("pom.xml"), Path.of(".ci"));
        StringBuilder offenders = new StringBuilder();
        for (Path root : roots) {
            if (!Files.exists(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (f.endsWith("RepositoryBoundaryTest.java")) continue;
                    String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                    for (String o : OUTSIDE) if (text.contains(o)) offenders.append(f).append(" mentions ").append(o).append('\n');
                }
            }
        }
        assertThat(offenders.toString()).isEmpty();
    }
}

package cn.gkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Meta;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Whose report it is, in every form of every matrix report: the organ and its kind read from the
 * report equal the generator's (truth.json meta.organ / meta.organKind), and the title decided them
 * (every matrix title names its organ). No gap list: all seven forms must agree.
 */
class MatrixOrganTest {
    @Test
    void everyFormReadsTheOrganAndItsKind() throws IOException {
        List<Path> reports;
        try (Stream<Path> s = Files.list(Path.of("fixtures/matrix"))) {
            reports = s.filter(p -> Files.isRegularFile(p.resolve("truth.json"))).sorted().toList();
        }
        assertThat(reports).hasSizeGreaterThanOrEqualTo(40);
        Map<String, int[]> agreeByForm = new TreeMap<>();
        List<String> differ = new ArrayList<>();
        for (Path report : reports) {
            JsonNode truth = new ObjectMapper().readTree(report.resolve("truth.json").toFile()).get("meta");
            for (String form : MatrixTest.FORMS) {
                Path file = report.resolve(form);
                if (!Files.exists(file)) continue;
                Meta m = Readers.read(file).getMeta();
                String got = m.getOrgan() + " " + (m.getOrganKind() == null ? null : m.getOrganKind().json()) + " "
                        + (m.getOrganSource() == null ? null : m.getOrganSource().json());
                String want = truth.get("organ").asText() + " " + truth.get("organKind").asText() + " title";
                int[] n = agreeByForm.computeIfAbsent(form, k -> new int[2]);
                n[1]++;
                if (got.equals(want)) n[0]++;
                else differ.add(report.getFileName() + " " + form + ": " + got + " (truth " + want + ")");
            }
        }
        agreeByForm.forEach((form, n) -> System.out.println(form + ": organ and kind as the truth in " + n[0] + "/" + n[1]));
        assertThat(differ).isEmpty();
    }
}

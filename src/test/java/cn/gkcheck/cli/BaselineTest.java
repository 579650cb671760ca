package cn.gkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --write-baseline then --baseline: a team accepts today's findings and is told only of new ones. */
class BaselineTest {
    static final String SEED = CliTest.SEED;
    static final String CLEAN = CliTest.CLEAN;
    static final String LATE = "fixtures/rules/GK-DATE-LATE/department-published-feb-1.txt";

    @TempDir
    Path tmp;

    @Test
    void aBaselineOfOneRunSilencesTheNextEvenWhereTheReportsMoved() throws Exception {
        Path baseline = tmp.resolve("baseline.json");
        CliTest.Run first = CliTest.run("check", "--write-baseline", baseline.toString(), SEED, LATE, CLEAN);
        assertThat(first.code()).isEqualTo(1);
        String written = Files.readString(baseline, StandardCharsets.UTF_8);
        assertThat(written).contains("\"rule\" : \"GK-DATE-LATE\"", "\"organ\" : \"四方台区人民政府\"");
        assertThat(written).doesNotContain(SEED, "\"line\"");

        // moved and renamed: neither path nor file name is part of a fingerprint
        Path moved = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.copy(Path.of(SEED), moved.resolve("renamed.txt"));
        Files.copy(Path.of(LATE), moved.resolve("late.txt"));
        CliTest.Run second = CliTest.run("check", "--baseline", baseline.toString(), "--format", "json", moved.toString());
        assertThat(second.code()).isEqualTo(0);
        JsonNode root = new ObjectMapper().readTree(second.out());
        for (JsonNode r : root.at("/reports")) assertThat(r.at("/findings")).isEmpty();
        assertThat(root.at("/summary/baselined").asInt()).isEqualTo(countFindings(first(SEED)) + countFindings(first(LATE)));

        // written twice from the same inputs, the file is the same byte for byte
        Path again = tmp.resolve("again.json");
        CliTest.run("check", "--write-baseline", again.toString(), "--threads", "1", LATE, CLEAN, SEED);
        assertThat(Files.readString(again, StandardCharsets.UTF_8)).isEqualTo(written);
    }

    @Test
    void changingOneCellYieldsExactlyTheNewFindings() throws Exception {
        Path original = Files.copy(Path.of(CLEAN), tmp.resolve("report.md"));
        Path baseline = tmp.resolve("baseline.json");
        assertThat(CliTest.run("check", "--write-baseline", baseline.toString(), original.toString()).code()).isEqualTo(0);

        // one cell of the requests table: 予以公开 of natural persons, which the balance relations cross
        String text = Files.readString(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(text.lines().toList());
        int row = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains("（一）予以公开")) row = i;
        assertThat(row).isGreaterThan(0);
        String changed = lines.get(row).replaceFirst("(\\|\\s*)(\\d+)(\\s*\\|)", "$1" + "99999" + "$3");
        assertThat(changed).isNotEqualTo(lines.get(row));
        lines.set(row, changed);
        Path edited = tmp.resolve("edited.md");
        Files.writeString(edited, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        List<String> all = keys(CliTest.run("check", "--format", "json", edited.toString()));
        assertThat(all).isNotEmpty();
        List<String> fresh = keys(CliTest.run("check", "--format", "json", "--baseline", baseline.toString(), edited.toString()));
        List<String> before = keys(CliTest.run("check", "--format", "json", original.toString()));
        List<String> expected = new ArrayList<>(all);
        expected.removeAll(before);
        assertThat(fresh).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void aBaselineThatIsNotOneIsAUsageError() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"x\": 1}");
        CliTest.Run r = CliTest.run("check", "--baseline", bad.toString(), CLEAN);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json", "fingerprints");
        assertThat(CliTest.run("check", "--baseline", tmp.resolve("none.json").toString(), CLEAN).code()).isEqualTo(2);
    }

    private static JsonNode first(String file) throws Exception {
        return new ObjectMapper().readTree(CliTest.run("check", "--format", "json", file).out());
    }

    private static int countFindings(JsonNode root) {
        return root.at("/reports/0/findings").size();
    }

    /** "RULE keys" of every finding of the one report, in output order. */
    private static List<String> keys(CliTest.Run r) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(r.out()).at("/reports/0/findings")) {
            JsonNode l = f.at("/location");
            out.add(f.at("/rule").asText() + " " + l.path("table").asText("") + "/" + l.path("row").asText("") + "/"
                    + l.path("column").asText("") + " " + f.at("/message").asText());
        }
        return out;
    }
}

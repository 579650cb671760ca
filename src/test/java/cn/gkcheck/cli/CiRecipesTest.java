package cn.gkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI recipes of docs/ci run as written: the gkcheck command line each one uses is read from the
 * file, run on a folder of two reports (one with errors, one clean), and the files the recipe then
 * hands to its CI (the SARIF upload, the JUnit report) must be there and readable.
 */
class CiRecipesTest {
    static final Pattern COMMAND = Pattern.compile("gkcheck/gkcheck check ([^\\r\\n]*)");

    @TempDir
    Path tmp;
    Path reports;

    @BeforeEach
    void aReportsFolder() throws Exception {
        reports = Files.createDirectories(tmp.resolve("reports"));
        Files.copy(Path.of("fixtures/samples/000_fbcc47a07046e9b4.txt"), reports.resolve("四方台区2019.txt"));
        Files.copy(Path.of("fixtures/clean/2023-xinan-district-government.md"), reports.resolve("溪南区2023.md"));
    }

    /** The recipe's one gkcheck command, its folder and output paths moved into the temporary folder. */
    List<String> command(String recipe) throws Exception {
        Matcher m = COMMAND.matcher(Files.readString(Path.of("docs/ci", recipe)));
        assertThat(m.find()).as(recipe).isTrue();
        List<String> args = new ArrayList<>(List.of("check"));
        for (String a : m.group(1).strip().split("\\s+")) {
            args.add(switch (a) {
                case "reports/" -> reports.toString();
                case "gkcheck-out" -> tmp.resolve("gkcheck-out").toString();
                default -> a;
            });
        }
        assertThat(m.find()).as(recipe + " runs gkcheck once").isFalse();
        return args;
    }

    static int run(List<String> args) {
        return Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    /** The path a recipe hands on ("sarif_file: gkcheck-out/gkcheck.sarif"), in the temporary folder. */
    Path handedOn(String recipe, String key) throws Exception {
        Matcher m = Pattern.compile(key + ":\\s*(\\S+)").matcher(Files.readString(Path.of("docs/ci", recipe)));
        assertThat(m.find()).as(recipe + " " + key).isTrue();
        return tmp.resolve(m.group(1));
    }

    @Test
    void githubActionsUploadsTheSarifGkcheckWrote() throws Exception {
        assertThat(run(command("github-actions.yml"))).isEqualTo(1);
        Path sarif = handedOn("github-actions.yml", "sarif_file");
        JsonNode doc = new ObjectMapper().readTree(sarif.toFile());
        assertThat(doc.at("/version").asText()).isEqualTo("2.1.0");
        assertThat(doc.at("/runs/0/results").size()).isEqualTo(12); // the seed's 2 errors, 9 warnings, 1 info; the clean report none
        assertThat(tmp.resolve("gkcheck-out/gkcheck.xlsx")).isRegularFile();
    }

    @Test
    void gitlabPublishesTheJunitGkcheckWrote() throws Exception {
        assertThat(run(command("gitlab-ci.yml"))).isEqualTo(1);
        Path junit = handedOn("gitlab-ci.yml", "junit");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(11);
        assertThat(tmp.resolve("gkcheck-out/gkcheck.csv")).isRegularFile();
    }

    @Test
    void thePreCommitHookBlocksAReportWithErrorsAndPassesACleanOne() throws Exception {
        List<String> hook = command("pre-commit-config.yaml");
        List<String> withErrors = new ArrayList<>(hook);
        withErrors.add(reports.resolve("四方台区2019.txt").toString());
        assertThat(run(withErrors)).isEqualTo(1);
        List<String> clean = new ArrayList<>(hook);
        clean.add(reports.resolve("溪南区2023.md").toString());
        assertThat(run(clean)).isEqualTo(0);
    }

    @Test
    void theShellGateExitsWithGkchecksCode() throws Exception {
        assertThat(run(command("gate.sh"))).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(tmp.resolve("gkcheck-out/gkcheck.json").toFile()).at("/summary/error").asInt()).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("gkcheck-out/gkcheck.txt"))).contains("GK-TXT-MISSING-NUMBER");
        Files.copy(Path.of("fixtures/bad/empty.txt"), reports.resolve("空.txt"));
        assertThat(run(command("gate.sh"))).isEqualTo(3);
        // every code the gate names is one gkcheck documents
        assertThat(Files.readString(Path.of("docs/ci/gate.sh"))).contains("  0)", "  1)", "  2)", "  3)", "  4)");
    }
}

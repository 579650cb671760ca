package cn.gkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gkcheck.yaml and --suppressions: waivers with reasons, strict keys, the command line over the file, a regional profile. */
class ConfigTest {
    static final String CELL_TEXT = "fixtures/rules/GK-CELL-TEXT/fires.md";

    @TempDir
    Path tmp;

    private Path yaml(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void aSuppressedFindingIsShownWithItsReasonAndDoesNotFailTheRun() throws Exception {
        Path config = yaml("gkcheck.yaml", """
                fail-on: warning
                suppressions:
                  - rule: GK-CELL-TEXT
                    file: "fires.md"
                    keys: "proactive/*"
                    reason: 该栏的“件”字经核实不影响读数
                """);
        assertThat(CliTest.run("check", "--fail-on", "warning", CELL_TEXT).code()).isEqualTo(1);
        CliTest.Run text = CliTest.run("check", "--config", config.toString(), CELL_TEXT);
        assertThat(text.code()).isEqualTo(0);
        assertThat(text.out()).doesNotContain("GK-CELL-TEXT [").contains("已豁免 1 条（理由见 " + config + "）");
        JsonNode root = new ObjectMapper().readTree(CliTest.run("check", "--config", config.toString(), "--format", "json", CELL_TEXT).out());
        assertThat(root.at("/reports/0/findings")).isEmpty();
        assertThat(root.at("/reports/0/suppressed/0/finding/rule").asText()).isEqualTo("GK-CELL-TEXT");
        assertThat(root.at("/reports/0/suppressed/0/reason").asText()).isEqualTo("该栏的“件”字经核实不影响读数");
        assertThat(root.at("/reports/0/summary/suppressed").asInt()).isEqualTo(1);
        // a match that names another organ suppresses nothing
        Path other = yaml("other.yaml", "suppressions:\n  - rule: GK-CELL-TEXT\n    organ: 别的机关\n    reason: 不适用\n");
        assertThat(CliTest.run("check", "--fail-on", "warning", "--suppressions", other.toString(), CELL_TEXT).code()).isEqualTo(1);
    }

    @Test
    void aSuppressionWithoutAReasonIsRefusedNamingIt() throws Exception {
        Path s = yaml("s.yaml", "suppressions:\n  - rule: GK-CELL-BLANK\n    reason: 有理由\n  - rule: GK-CELL-TEXT\n    year: 2023\n");
        CliTest.Run r = CliTest.run("check", "--suppressions", s.toString(), CELL_TEXT);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("suppression 2 (GK-CELL-TEXT) has no reason");
        Path unknownRule = yaml("u.yaml", "suppressions:\n  - rule: GK-NO-SUCH\n    reason: x\n");
        assertThat(CliTest.run("check", "--suppressions", unknownRule.toString(), CELL_TEXT).err()).contains("GK-NO-SUCH: no such rule");
    }

    @Test
    void unknownKeysAreRefusedAndTheCommandLineOverridesTheFile() throws Exception {
        CliTest.Run typo = CliTest.run("check", "--config", yaml("typo.yaml", "fail_on: warning\n").toString(), CELL_TEXT);
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("unknown key \"fail_on\"", "fail-on");
        Path strict = yaml("strict.yaml", "fail-on: warning\nseverity:\n  GK-CELL-TEXT: info\n");
        assertThat(CliTest.run("check", "--config", strict.toString(), CELL_TEXT).code()).isEqualTo(0);
        assertThat(CliTest.run("check", "--config", strict.toString(), "--severity", "GK-CELL-TEXT=warning", CELL_TEXT).code()).isEqualTo(1);
        assertThat(CliTest.run("check", "--config", strict.toString(), "--fail-on", "info", CELL_TEXT).code()).isEqualTo(1);
        assertThat(CliTest.run("check", "--config", tmp.resolve("none.yaml").toString(), CELL_TEXT).code()).isEqualTo(2);
    }

    @Test
    void aRegionalProfileIsStricterThanArticle49AndIsCitedByName() throws Exception {
        String report = "fixtures/profiles/government-published-mar-15.txt";
        assertThat(CliTest.run("check", report).code()).isEqualTo(0);
        CliTest.Run r = CliTest.run("check", "--config", "fixtures/profiles/gkcheck.yaml", "--format", "json", report);
        assertThat(r.code()).isEqualTo(1);
        JsonNode f = new ObjectMapper().readTree(r.out()).at("/reports/0/findings/0");
        assertThat(f.at("/rule").asText()).isEqualTo("GK-DATE-LATE");
        assertThat(f.at("/message").asText()).contains("晚于《青禾省政府信息公开工作年度报告编制发布规范（示例）》规定的 2024-02-28（逾期 16 天）");
        assertThat(f.at("/basis").asText()).contains("第四十九条", "青禾省政府信息公开工作年度报告编制发布规范（示例）");
        // within the profile's deadline for departments: nothing; a laxer profile date never replaces Art. 49's
        assertThat(CliTest.run("check", "--config", "fixtures/profiles/gkcheck.yaml", "fixtures/rules/GK-DATE-LATE/department-published-jan-31.txt").out())
                .contains("GK-DATE-LATE");
        Path lax = yaml("lax.yaml", "profile:\n  name: 宽松示例\n  deadlines:\n    government: \"04-30\"\n");
        CliTest.Run late = CliTest.run("check", "--config", lax.toString(), "fixtures/rules/GK-DATE-LATE/government-published-apr-1.txt");
        assertThat(late.out()).contains("晚于第四十九条规定的 2024-03-31").doesNotContain("宽松示例");
        assertThat(late.out().lines().filter(l -> l.contains(": error GK-DATE-LATE ")).count()).isEqualTo(1);
    }

    @Test
    void aProfileDeadlineMustBeAMonthAndDayOfAKnownKind() throws Exception {
        CliTest.Run r = CliTest.run("check", "--config", yaml("p.yaml", "profile:\n  name: x\n  deadlines:\n    department: \"2-30\"\n").toString(), CELL_TEXT);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("MM-DD");
        assertThat(CliTest.run("check", "--config", yaml("k.yaml", "profile:\n  name: x\n  deadlines:\n    ministry: \"02-28\"\n").toString(), CELL_TEXT).err())
                .contains("government, department, township, street");
    }
}

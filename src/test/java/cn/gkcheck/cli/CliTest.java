package cn.gkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line as CI and supervisors use it: exit codes, output shapes, determinism, bad input. */
class CliTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String CLEAN = "fixtures/clean/2023-xinan-district-government.md";
    static final String SEED = "fixtures/samples/000_fbcc47a07046e9b4.txt";

    @Test
    void exitCodesGateCi() {
        assertThat(run("check", CLEAN).code()).isEqualTo(0);
        assertThat(run("check", SEED).code()).isEqualTo(1);
        assertThat(run("check", "--fail-on", "never", SEED).code()).isEqualTo(0);
        assertThat(run("check", "--fail-on", "warning", "fixtures/rules/GK-CELL-TEXT/fires.md").code()).isEqualTo(1);
        assertThat(run("check", "--fail-on", "error", "fixtures/rules/GK-CELL-TEXT/fires.md").code()).isEqualTo(0);
        assertThat(run("check", "--fail-on", "info", "fixtures/rules/GK-IN-ENCODING/fires-gbk.md").code()).isEqualTo(1);
        assertThat(run("check", "--fail-on", "sometimes", CLEAN).code()).isEqualTo(2);
        assertThat(run("check").code()).isEqualTo(2);
        assertThat(run("check", "--severity", "GK-CELL-TEXT=error", "fixtures/rules/GK-CELL-TEXT/fires.md").code()).isEqualTo(1);
        assertThat(run("check", "--severity", "GK-NO-SUCH=error", CLEAN).code()).isEqualTo(2);
    }

    @Test
    void textOutputIsOneLinePerFindingThenASummary() {
        Run r = run("check", SEED);
        assertThat(r.out()).contains(SEED + ":9: error GK-TXT-MISSING-NUMBER [section 1] “共发布相关信息条”缺少数字");
        assertThat(r.out()).contains(SEED + ":46: warning GK-CELL-TEXT [proactive/licensing/previousCount]");
        assertThat(r.out()).contains(SEED + ": 四方台区人民政府，2019年，格式 2019 — 2 个错误，9 个警告，1 条提示；6 项勾稽关系无法核对");
        assertThat(r.out().strip()).endsWith("共检查 1 份报告：2 个错误，9 个警告，1 条提示");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void englishIsTheSecondLanguage() {
        Run r = run("check", "--lang", "en", SEED);
        assertThat(r.out()).contains(SEED + ":9: error GK-TXT-MISSING-NUMBER [section 1] \"共发布相关信息条\": the number is missing");
        assertThat(r.out()).contains("2 error(s), 9 warning(s), 1 info; 6 relation(s) not evaluated");
        assertThat(r.out().strip()).endsWith("checked 1 report(s): 2 error(s), 9 warning(s), 1 info");
    }

    @Test
    void jsonCarriesReportMetadataFindingsWithEvidenceAndSummaries() throws Exception {
        Run r = run("check", "--format", "json", SEED, CLEAN);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.at("/tool/name").asText()).isEqualTo("gkcheck");
        assertThat(root.at("/tool/rules").asInt()).isGreaterThanOrEqualTo(33);
        JsonNode seed = root.at("/reports/0");
        assertThat(seed.at("/source").asText()).isEqualTo(SEED);
        assertThat(seed.at("/sha256").asText()).hasSize(64);
        assertThat(seed.at("/report/organ").asText()).isEqualTo("四方台区人民政府");
        assertThat(seed.at("/report/organKind").asText()).isEqualTo("government");
        assertThat(seed.at("/report/year").asInt()).isEqualTo(2019);
        assertThat(seed.at("/report/formatVersion").asText()).isEqualTo("2019");
        assertThat(seed.at("/summary/error").asInt()).isEqualTo(2);
        assertThat(seed.at("/summary/warning").asInt()).isEqualTo(9);
        assertThat(seed.at("/summary/info").asInt()).isEqualTo(1);
        // one defect, one finding: the blank cell names the relations it blocks; they are kept per report, not repeated
        assertThat(seed.at("/summary/notEvaluated").asInt()).isEqualTo(6);
        assertThat(seed.at("/notEvaluated").toString()).contains("\"B1 requests/*/natural\"", "\"B3 requests/carryForward\"");
        JsonNode blank = null;
        for (JsonNode f : seed.at("/findings")) {
            assertThat(f.at("/rule").asText()).doesNotStartWith("GK-BAL-");
            if (f.at("/rule").asText().equals("GK-CELL-BLANK") && f.at("/location/row").asText().equals("carryForward")) blank = f;
        }
        assertThat(blank).isNotNull();
        assertThat(blank.at("/severity").asText()).isEqualTo("warning");
        assertThat(blank.at("/category").asText()).isEqualTo("cell");
        assertThat(blank.at("/location/table").asText()).isEqualTo("requests");
        assertThat(blank.at("/location/column").asText()).isEqualTo("natural");
        assertThat(blank.at("/location/source/line").asInt()).isEqualTo(91);
        assertThat(blank.at("/evidence/blocks").toString()).isEqualTo("[\"B1 requests/*/natural\",\"B3 requests/carryForward\"]");
        assertThat(blank.at("/evidence/operands/0/kind").asText()).isEqualTo("blank");
        assertThat(blank.at("/evidence/operands/0/raw").asText()).isEmpty();
        assertThat(blank.at("/message").asText()).contains("因此无法核对表三“自然人”列（B1）");
        assertThat(root.at("/reports/1/findings")).isEmpty();
        assertThat(root.at("/summary/reports").asInt()).isEqualTo(2);
    }

    @Test
    void aBatchGoesOnPastUnreadableFilesAndExitsThree() {
        Run r = run("check", "fixtures/bad/empty.txt", "fixtures/bad/image-named-report.txt", CLEAN);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("fixtures/bad/empty.txt: error GK-IN-UNREADABLE 文件为空");
        assertThat(r.out()).contains("fixtures/bad/image-named-report.txt: error GK-IN-UNREADABLE 文件不是文本");
        assertThat(r.out()).contains(CLEAN + ": 青禾市溪南区人民政府，2023年，格式 2021 — 0 个错误，0 个警告，0 条提示");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        Run missing = run("check", "fixtures/no-such-file.md", CLEAN);
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.out()).contains("GK-IN-UNREADABLE").contains(CLEAN + ":");
    }

    @Test
    void outputIsTheSameWhateverTheThreadCount() {
        Run one = run("check", "--format", "json", "--threads", "1", "fixtures/rules", "fixtures/samples", "fixtures/bad");
        Run four = run("check", "--format", "json", "--threads", "4", "fixtures/rules", "fixtures/samples", "fixtures/bad");
        assertThat(one.out()).isNotEmpty().isEqualTo(four.out());
        assertThat(run("check", "--threads", "3", "fixtures").out()).isEqualTo(run("check", "--threads", "1", "fixtures").out());
    }

    @Test
    void thePublicationDateOnTheCommandLineDecidesTheArticle49Deadline() {
        String department2019 = "fixtures/clean/2019-qinghe-transport-bureau.md";
        Run onTime = run("check", "--published", "2020-01-31", department2019);
        assertThat(onTime.code()).isEqualTo(0);
        assertThat(onTime.out()).doesNotContain("GK-DATE-LATE");
        Run late = run("check", "--published", "2020-02-01", department2019);
        assertThat(late.code()).isEqualTo(1);
        assertThat(late.out()).contains(department2019 + ": error GK-DATE-LATE");
        assertThat(run("check", "--published", "2020-13-01", department2019).code()).isEqualTo(2);
    }

    @Test
    void parsePrintsTheCanonicalModel() throws Exception {
        Run r = run("parse", SEED);
        assertThat(r.code()).isEqualTo(0);
        JsonNode m = new ObjectMapper().readTree(r.out());
        assertThat(m.at("/formatVersion").asText()).isEqualTo("2019");
        JsonNode requests = m.at("/tables/1");
        assertThat(requests.at("/key").asText()).isEqualTo("requests");
        JsonNode cell = null;
        for (JsonNode c : requests.at("/cells")) {
            if (c.at("/row").asText().equals("unavailable.1") && c.at("/column").asText().equals("otherOrg")) cell = c;
        }
        assertThat(cell).isNotNull();
        assertThat(cell.at("/kind").asText()).isEqualTo("blank");
        assertThat(cell.at("/raw").asText()).isEmpty();
        assertThat(cell.at("/value").isNull()).isTrue();
        assertThat(cell.at("/source/line").asInt()).isEqualTo(80);
        assertThat(run("parse", "fixtures/bad/empty.txt").code()).isEqualTo(3);
    }

    @Test
    void theCanonicalJsonIsItselfAnInput() throws Exception {
        java.nio.file.Path json = java.nio.file.Files.createTempFile("seed", ".json");
        java.nio.file.Files.writeString(json, run("parse", SEED).out());
        Run fromJson = run("check", json.toString());
        Run fromText = run("check", SEED);
        assertThat(fromJson.out().replace(json.toString(), SEED)).isEqualTo(fromText.out());
        java.nio.file.Files.delete(json);
    }

    @Test
    void rulesListsTheCatalogAndExplainsOne() {
        assertThat(run("rules").out()).contains("GK-BAL-B1\terror\tbalance\t");
        Run one = run("rules", "GK-CELL-BLANK");
        assertThat(one.out()).contains("GK-CELL-BLANK — 统计表单元格空白").contains("rules/cell.drl");
        assertThat(run("rules", "GK-NOPE").code()).isEqualTo(2);
        assertThat(run("rules", "--format", "markdown").out()).contains("| `GK-YEAR-SIMILAR` |");
        assertThat(run("--version").out()).startsWith("gkcheck ");
        assertThat(run("--help").out()).contains("check", "parse", "rules");
    }
}

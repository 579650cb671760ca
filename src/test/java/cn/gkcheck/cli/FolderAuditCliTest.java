package cn.gkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A folder audit from the command line (issue 9): --roster, --year, folder findings in text and JSON, the exit code. */
class FolderAuditCliTest {
    static final String MISSING = "fixtures/rules/GK-FOLDER-MISSING/fires";
    static final String SHARED = "fixtures/rules/GK-FOLDER-SHARED/fires";

    @Test
    void folderFindingsComeBeforeTheTotalsAndCountInThem() {
        CliTest.Run r = CliTest.run("check", "--roster", MISSING + "/roster.csv", MISSING);
        String[] lines = r.out().strip().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo("按规则：GK-FOLDER-MISSING 1");
        assertThat(lines[lines.length - 3]).isEqualTo("（文件夹）: error GK-FOLDER-MISSING 名册第 4 行的东阳县教育局（部门，东阳县）在文件夹中没有2020年度的年度报告");
        assertThat(lines[lines.length - 2]).startsWith("共检查 2 份报告：1 个错误");
        // a folder finding at --fail-on fails the run like any other
        assertThat(r.code()).isEqualTo(1);
        assertThat(CliTest.run("check", "--roster", MISSING + "/roster.csv", "--fail-on", "never", MISSING).code()).isEqualTo(0);
        assertThat(CliTest.run("check", "--lang", "en", "--roster", MISSING + "/roster.csv", MISSING).out())
                .contains("(folder): error GK-FOLDER-MISSING 东阳县教育局 (roster line 4) has no report for 2020 in the folder");
    }

    @Test
    void withoutFolderOptionsThereIsNoFolderAudit() {
        assertThat(CliTest.run("check", SHARED).out()).doesNotContain(": warning GK-FOLDER-SHARED ");
        assertThat(CliTest.run("check", "--audit", SHARED).out()).contains(": warning GK-FOLDER-SHARED ");
    }

    @Test
    void jsonHasATopLevelFolderFindingsArrayNamingTheFiles() throws Exception {
        CliTest.Run r = CliTest.run("check", "--format", "json", "--year", "2023", SHARED);
        JsonNode f = new ObjectMapper().readTree(r.out()).path("folderFindings");
        assertThat(f.size()).isEqualTo(1);
        assertThat(f.get(0).path("rule").asText()).isEqualTo("GK-FOLDER-SHARED");
        assertThat(f.get(0).path("location").path("file").asText()).endsWith("taoshan.md");
        assertThat(f.get(0).path("message").asText()).contains("xinan.md", "例如：“");
    }

    @Test
    void aBadRosterOrYearIsAUsageError() {
        assertThat(CliTest.run("check", "--roster", "no-such.csv", SHARED).code()).isEqualTo(Main.USAGE);
        assertThat(CliTest.run("check", "--roster", SHARED + "/xinan.md", SHARED).err()).contains("header must be organ,kind,region");
        assertThat(CliTest.run("check", "--year", "23", SHARED).code()).isEqualTo(Main.USAGE);
    }

    @Test
    void jsonShowsEachReportsIndicatorsLastYearsWherePairedAndTheOutliers() throws Exception {
        CliTest.Run r = CliTest.run("check", "--format", "json", "fixtures/crossyear/carries-over");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("outliers").isArray()).isTrue();
        boolean paired = false;
        for (JsonNode e : root.path("reports")) {
            JsonNode ind = e.path("indicators");
            assertThat(ind.has("substantiveOpenRate")).isTrue();
            if (ind.has("previousYear")) {
                paired = true;
                assertThat(ind.path("previousYear").has("substantiveOpenRate")).isTrue();
            }
        }
        assertThat(paired).isTrue();
    }
}

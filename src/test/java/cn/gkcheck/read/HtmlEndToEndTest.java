package cn.gkcheck.read;

import cn.gkcheck.interpret.Readers;
import static cn.gkcheck.read.HtmlExpected.REQUESTS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTML pages through Readers and DocInterpreter: every canonical cell of the Report. */
class HtmlEndToEndTest {

    static final List<String> REQUEST_ROWS = List.of("new", "carriedOver", "granted", "partlyGranted",
            "withheld.1", "withheld.2", "withheld.3", "withheld.4", "withheld.5", "withheld.6", "withheld.7", "withheld.8",
            "unavailable.1", "unavailable.2", "unavailable.3", "notHandled.1", "notHandled.2", "notHandled.3", "notHandled.4", "notHandled.5",
            "other.1", "other.2", "other.3", "total", "carryForward");
    static final List<String> REQUEST_COLUMNS = List.of("natural", "commercial", "research", "nonprofit", "legalService", "otherOrg", "total");
    static final List<String> APPEAL_ROWS = List.of("reconsideration", "litigationDirect", "litigationAfterReconsideration");
    static final List<String> APPEAL_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    static Report read(String name) throws Exception {
        return Readers.read(Files.readAllBytes(Path.of("fixtures/html", name)), name);
    }

    static String raw(Table t, String row, String column) {
        return t.cell(row, column).map(Cell::getRaw).orElse("<missing>");
    }

    static void assertRequests(Report r, String[][] expected) {
        Table t = r.table("requests").orElseThrow();
        assertThat(t.getRowKeys()).containsExactlyElementsOf(REQUEST_ROWS);
        for (int i = 0; i < REQUEST_ROWS.size(); i++) {
            for (int c = 0; c < REQUEST_COLUMNS.size(); c++) {
                assertThat(raw(t, REQUEST_ROWS.get(i), REQUEST_COLUMNS.get(c))).as("%s/%s", REQUEST_ROWS.get(i), REQUEST_COLUMNS.get(c))
                        .isEqualTo(expected[i][c]);
            }
        }
    }

    static void assertAppeals(Report r, String... fifteen) {
        Table t = r.table("appeals").orElseThrow();
        for (int i = 0; i < 3; i++) {
            for (int c = 0; c < 5; c++) {
                assertThat(raw(t, APPEAL_ROWS.get(i), APPEAL_COLUMNS.get(c))).as("%s/%s", APPEAL_ROWS.get(i), APPEAL_COLUMNS.get(c))
                        .isEqualTo(fifteen[i * 5 + c]);
            }
        }
    }

    static void assertProactive(Report r, String regs, String normative, String licensing, String penalties, String enforcement, String fees) {
        Table t = r.table("proactive").orElseThrow();
        String[] rg = regs.split(",", -1), nd = normative.split(",", -1);
        List<String> cols = List.of("issued", "repealed", "inForce");
        for (int c = 0; c < 3; c++) {
            assertThat(raw(t, "regulations", cols.get(c))).isEqualTo(rg[c]);
            assertThat(raw(t, "normativeDocs", cols.get(c))).isEqualTo(nd[c]);
        }
        assertThat(raw(t, "licensing", "decisions")).isEqualTo(licensing);
        assertThat(raw(t, "penalties", "decisions")).isEqualTo(penalties);
        assertThat(raw(t, "enforcement", "decisions")).isEqualTo(enforcement);
        assertThat(raw(t, "fees", "feeAmount")).isEqualTo(fees);
    }

    @ParameterizedTest
    @CsvSource({
        "utf8-portal-page.html, 青山县市场监督管理局, 2024-01-25, UTF-8",
        "official-merges.html, 青山县交通运输局, 2024-01-30, UTF-8",
        "gbk-declared.html, 青山县喆山镇人民政府, 2024-01-28, GBK",
        "gb18030-undeclared.html, 青山县䶮溪街道办事处, 2024-03-15, GB18030"})
    void standardPages(String file, String organ, String published, String encoding) throws Exception {
        Report r = read(file);
        assertThat(r.getProblems()).isEmpty();
        assertThat(r.getFormatVersion()).isEqualTo("2021");
        assertThat(r.getMeta().getInputKind()).isEqualTo("html");
        assertThat(r.getMeta().getEncoding()).isEqualTo(encoding);
        assertThat(r.getMeta().getTitle()).isEqualTo(organ + "2023年政府信息公开工作年度报告");
        assertThat(r.getMeta().getOrgan()).isEqualTo(organ);
        assertThat(r.getMeta().getYear()).isEqualTo(2023);
        assertThat(r.getMeta().getPublished()).isEqualTo(LocalDate.parse(published));
        assertThat(r.getSections()).extracting(s -> s.getNumber()).containsExactly(1, 2, 3, 4, 5, 6);
        assertProactive(r, "0,0,0", "2,1,15", "356", "128", "7", "0");
        assertRequests(r, REQUESTS);
        assertAppeals(r, "1", "0", "0", "1", "2", "0", "1", "0", "0", "1", "0", "0", "0", "0", "0");
    }

    @Test
    void wordExport() throws Exception {
        Report r = read("word-export.html");
        assertThat(r.getProblems()).isEmpty();
        assertThat(r.getFormatVersion()).isEqualTo("2021");
        assertThat(r.getMeta().getTitle()).isEqualTo("青山县统计局2023年政府信息公开工作年度报告");
        assertThat(r.getSections()).hasSize(6);
        assertProactive(r, ",,", "1,0,4", "", "12", "0", "0");
        String[][] values = HtmlExpected.table(
                "40 5 0 1 2 0 48", "3 1 0 0 0 0 4", "20 3 0 1 1 0 25", "5 1 0 0 0 0 6",
                "0 0 0 0 0 0 0", "-", "1 0 0 0 0 0 1", "2 0 0 0 0 0 2", "-", "1 0 0 0 0 0 1", "-", "-",
                "6 1 0 0 1 0 8", "-", "1 0 0 0 0 0 1", "1 0 0 0 0 0 1", "1 0 0 0 0 0 1", "-", "-", "-",
                "1 0 0 0 0 0 1", "-", "-", "39 5 0 1 2 0 47", "4 1 0 0 0 0 5");
        assertRequests(r, values);
        assertAppeals(r, "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0");
    }
}

package cn.gkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder audit from the command line (issue 9): --roster, --year, folder findings in every output, the exit code;
 * the outliers across the folder marked in the overview and the workbook; last year's indicators beside this year's.
 */
class FolderAuditCliTest {
    @TempDir
    Path tmp;

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

    // ---- folder findings in every output, as many in each as the JSON has

    @Test
    void aFindingAboutAnOrganThatDidNotFileIsInEveryOutputWithoutAFile() throws Exception {
        everyOutputHasTheFolderFindings("missing", "--roster", MISSING + "/roster.csv", MISSING);
    }

    @Test
    void aFindingAboutAFileIsInEveryOutputNamingThatFile() throws Exception {
        everyOutputHasTheFolderFindings("shared", "--audit", SHARED);
    }

    private void everyOutputHasTheFolderFindings(String name, String... args) throws Exception {
        Path out = tmp.resolve(name);
        List<String> all = new ArrayList<>(List.of("check", "--format", "json,sarif,junit,xlsx,csv,html", "-o", out.toString()));
        all.addAll(List.of(args));
        CliTest.run(all.toArray(String[]::new));
        JsonNode folder = new ObjectMapper().readTree(out.resolve("gkcheck.json").toFile()).path("folderFindings");
        assertThat(folder.size()).isPositive();
        List<String> files = new ArrayList<>(); // each finding's file as the outputs name it, in order
        for (JsonNode f : folder) files.add(f.path("location").has("file") ? f.path("location").path("file").asText() : null);

        // SARIF: a result per finding, valid by the schema, pointing at the file where the finding names one
        JsonNode sarif = new ObjectMapper().readTree(out.resolve("gkcheck.sarif").toFile());
        assertThat(MachineOutputsTest.sarifSchema().validate(sarif)).isEmpty();
        List<JsonNode> results = new ArrayList<>();
        for (JsonNode r : sarif.at("/runs/0/results")) if (r.path("ruleId").asText().startsWith("GK-FOLDER-")) results.add(r);
        assertThat(results).hasSize(folder.size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode uri = results.get(i).at("/locations/0/physicalLocation/artifactLocation/uri");
            if (files.get(i) == null) assertThat(uri.isMissingNode()).isTrue();
            else assertThat(uri.asText()).endsWith(Path.of(files.get(i)).getFileName().toString()); // ASCII names: the URI as written
        }

        // JUnit: a suite （文件夹） with a failure per finding (these rules are errors and warnings)
        org.w3c.dom.Document junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("gkcheck-junit.xml").toFile());
        org.w3c.dom.Element suite = null;
        var suites = junit.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            var s = (org.w3c.dom.Element) suites.item(i);
            if (s.getAttribute("name").equals("（文件夹）")) suite = s;
        }
        assertThat(suite).isNotNull();
        assertThat(suite.getElementsByTagName("failure").getLength()).isEqualTo(folder.size());

        // XLSX 问题 and CSV: a row per finding, the file column the finding's file or （文件夹）
        List<String> expectedFiles = files.stream().map(f -> f == null ? "（文件夹）" : f).toList();
        List<String> sheetFiles = new ArrayList<>();
        try (XSSFWorkbook wb = MachineOutputsTest.read(out.resolve("gkcheck.xlsx"))) {
            Sheet findings = wb.getSheet("问题");
            DataFormatter fmt = new DataFormatter();
            for (Row row : findings) {
                if (row.getRowNum() > 0 && fmt.formatCellValue(row.getCell(3)).startsWith("GK-FOLDER-")) sheetFiles.add(fmt.formatCellValue(row.getCell(0)));
            }
        }
        assertThat(sheetFiles).isEqualTo(expectedFiles);
        List<String> csvFiles = MachineOutputsTest.csv(Files.readString(out.resolve("gkcheck.csv"), StandardCharsets.UTF_8)).stream()
                .filter(r -> r.get(3).startsWith("GK-FOLDER-")).map(r -> r.get(0)).toList();
        assertThat(csvFiles).isEqualTo(expectedFiles);

        // HTML: the overview lists them under their own heading
        Document index = Jsoup.parse(Files.readString(out.resolve("html/index.html"), StandardCharsets.UTF_8));
        Element heading = index.selectFirst("h2:containsOwn(关于整个文件夹的发现)");
        assertThat(heading).isNotNull();
        assertThat(heading.nextElementSibling().select("> li.finding").eachAttr("data-rule"))
                .containsExactlyElementsOf(folder.findValuesAsText("rule"));
    }

    // ---- outliers across the folder: nine copies of one report, 予以公开 nudged in each and cut in one

    /** Nine copies of a matrix report whose 予以公开 总计 is 25…32, and in the last 2: its 实质公开率 of 16% is far below the rest. */
    private Path nineReportsOneFarBelow() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("nine"));
        List<String> lines = Files.readAllLines(Path.of(SHARED, "xinan.md"), StandardCharsets.UTF_8);
        int granted = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains("（一）予以公开")) granted = i;
        assertThat(lines.get(granted)).endsWith("| 1 | 25 |");
        for (int n = 0; n < 9; n++) {
            List<String> copy = new ArrayList<>(lines);
            String total = n == 8 ? "2" : String.valueOf(25 + n);
            copy.set(granted, lines.get(granted).replaceAll("\\| 25 \\|$", "| " + total + " |"));
            Files.write(folder.resolve("r" + n + ".md"), copy, StandardCharsets.UTF_8);
        }
        return folder;
    }

    @Test
    void anOutlierIsMarkedInTheOverviewAndTheWorkbookAsTheJsonListsIt() throws Exception {
        Path folder = nineReportsOneFarBelow();
        Path out = tmp.resolve("out");
        CliTest.run("check", "--format", "json,html,xlsx", "-o", out.toString(), folder.toString());
        JsonNode outliers = new ObjectMapper().readTree(out.resolve("gkcheck.json").toFile()).path("outliers");
        assertThat(outliers.size()).isEqualTo(1);
        assertThat(outliers.get(0).path("source").asText()).endsWith("r8.md");
        assertThat(outliers.get(0).path("indicator").asText()).isEqualTo("substantiveOpenRate");

        // the overview boxes that one cell, says why in its title, and explains the box once
        Document index = Jsoup.parse(Files.readString(out.resolve("html/index.html"), StandardCharsets.UTF_8));
        var marked = index.select("#reports td.outlier");
        assertThat(marked).hasSize(1);
        assertThat(marked.first().text()).isEqualTo("16.0%");
        assertThat(marked.first().parent().text()).contains("r8.md");
        assertThat(marked.first().attr("title")).isEqualTo("离群：低于本批中位数 68.0%（偏离超过 3 倍绝对中位差 4.0%）");
        assertThat(index.select("p.legend")).hasSize(1);

        // the workbook lists it on 离群指标, its value highlighted
        try (XSSFWorkbook wb = MachineOutputsTest.read(out.resolve("gkcheck.xlsx"))) {
            Sheet sheet = wb.getSheet("离群指标");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).endsWith("r8.md");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("实质公开率");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(0.16);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(0.68);
            assertThat(row.getCell(2).getCellStyle().getFillPattern()).isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            assertThat(row.getCell(3).getCellStyle().getFillPattern()).isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.NO_FILL);
        }

        // in English on request
        Path en = tmp.resolve("en");
        CliTest.run("check", "--lang", "en", "--format", "html", "-o", en.toString(), folder.toString());
        Document english = Jsoup.parse(Files.readString(en.resolve("index.html"), StandardCharsets.UTF_8));
        assertThat(english.select("#reports td.outlier").attr("title")).isEqualTo("Outlier: below the batch median 68.0% by more than 3 × MAD (4.0%)");
    }

    @Test
    void withFewerThanEightReportsNothingIsMarked() throws Exception {
        Path out = tmp.resolve("few");
        CliTest.run("check", "--format", "html,xlsx", "-o", out.toString(), SHARED);
        assertThat(Files.readString(out.resolve("html/index.html"), StandardCharsets.UTF_8)).doesNotContain("class=\"n outlier\"", "class=\"legend\"");
        try (XSSFWorkbook wb = MachineOutputsTest.read(out.resolve("gkcheck.xlsx"))) {
            assertThat(wb.getSheet("离群指标").getLastRowNum()).isZero();
        }
    }

    @Test
    void theOverviewShowsLastYearsIndicatorBesideThisYearsWherePaired() throws Exception {
        Path out = tmp.resolve("yoy");
        CliTest.run("check", "--format", "html", "-o", out.toString(), "fixtures/crossyear/carries-over");
        Document index = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertThat(index.select("#reports td.n").eachText()).anyMatch(t -> t.matches("\\d+\\.\\d%（上年 \\d+\\.\\d%）"));
    }
}

package cn.gkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.report.FindingColumns;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The machine outputs of one multi-report run (SARIF, JUnit XML, XLSX, CSV) against the JSON of the
 * same run: every output counts what the JSON counts, SARIF is valid by the OASIS schema, and the
 * outputs are the same bytes whatever the thread count.
 */
class MachineOutputsTest {
    static final String SEED = "fixtures/samples/000_fbcc47a07046e9b4.txt";
    static final String[] INPUTS = {"fixtures/samples", "fixtures/rules", "fixtures/bad"};

    @TempDir
    static Path dir;
    static Path four;
    static JsonNode json;
    static int exitCode;

    @BeforeAll
    static void runAllFiveFormatsOnce() throws Exception {
        four = dir.resolve("four");
        exitCode = gkcheck("check", "--format", "json,sarif,junit,xlsx,csv", "-o", four.toString(), "--threads", "4", INPUTS[0], INPUTS[1], INPUTS[2]);
        json = new ObjectMapper().readTree(four.resolve("gkcheck.json").toFile());
    }

    static int gkcheck(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    static String stdout(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    long total(String severity) {
        return json.at("/summary/" + severity).asLong();
    }

    @Test
    void oneRunWritesAllFiveUnderTheirDefaultNamesTheSameBytesWhateverTheThreadCount() throws Exception {
        assertThat(exitCode).isEqualTo(3); // fixtures/bad holds unreadable inputs
        Path one = dir.resolve("one");
        gkcheck("check", "--format", "json,sarif,junit,xlsx,csv", "-o", one.toString(), "--threads", "1", INPUTS[0], INPUTS[1], INPUTS[2]);
        for (String name : List.of("gkcheck.json", "gkcheck.sarif", "gkcheck-junit.xml", "gkcheck.xlsx", "gkcheck.csv")) {
            assertThat(four.resolve(name)).isRegularFile();
            assertThat(Files.readAllBytes(one.resolve(name))).as(name).isEqualTo(Files.readAllBytes(four.resolve(name)));
        }
        assertThat(json.at("/summary/reports").asInt()).isGreaterThan(100);
    }

    // ---- SARIF

    static JsonNode sarif() throws Exception {
        return new ObjectMapper().readTree(four.resolve("gkcheck.sarif").toFile());
    }

    static JsonSchema sarifSchema() throws Exception {
        try (InputStream in = MachineOutputsTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    @Test
    void aSuppressedFindingIsAResultMarkedSuppressedWithItsReason(@TempDir Path tmp) throws Exception {
        Path waivers = tmp.resolve("suppressions.yaml");
        Files.writeString(waivers, "suppressions:\n  - rule: GK-CELL-TEXT\n    reason: 已核实该栏读数无误\n", StandardCharsets.UTF_8);
        JsonNode doc = new ObjectMapper().readTree(stdout("check", "--format", "sarif", "--suppressions", waivers.toString(), SEED));
        assertThat(sarifSchema().validate(doc)).isEmpty();
        int suppressed = 0, open = 0;
        for (JsonNode r : doc.at("/runs/0/results")) {
            if (r.at("/ruleId").asText().equals("GK-CELL-TEXT")) {
                suppressed++;
                assertThat(r.at("/suppressions/0/kind").asText()).isEqualTo("external");
                assertThat(r.at("/suppressions/0/justification").asText()).isEqualTo("已核实该栏读数无误");
            } else {
                open++;
                assertThat(r.has("suppressions")).isFalse();
            }
        }
        assertThat(suppressed).isPositive();
        assertThat(suppressed + open).isEqualTo(12);
        assertThat(doc.at("/runs/0/properties/totals/suppressed").asInt()).isEqualTo(suppressed);
    }

    @Test
    void sarifIsValidByTheOasisSchema() throws Exception {
        JsonSchema schema = sarifSchema();
        Set<ValidationMessage> errors = schema.validate(sarif());
        assertThat(errors).isEmpty();
        // the validator does find a defect: a result without a message is rejected
        JsonNode broken = sarif();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0")).remove("message");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void sarifHasOneResultPerFindingWithRuleLevelLineAndCell() throws Exception {
        JsonNode run = sarif().at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules.size()).isEqualTo(json.at("/tool/rules").asInt());
        JsonNode results = run.at("/results");
        assertThat((long) results.size()).isEqualTo(total("error") + total("warning") + total("info"));
        JsonNode missingNumber = null, cellText = null;
        for (JsonNode r : results) {
            assertThat(rules.get(r.at("/ruleIndex").asInt()).at("/id").asText()).isEqualTo(r.at("/ruleId").asText());
            JsonNode physical = r.at("/locations/0/physicalLocation");
            // a PDF's page is no line: no region, the page as a property
            if (r.at("/properties/page").isInt()) assertThat(physical.has("region")).isFalse();
            if (!physical.at("/artifactLocation/uri").asText().equals(SEED)) continue;
            if (r.at("/ruleId").asText().equals("GK-TXT-MISSING-NUMBER")) missingNumber = r;
            if (r.at("/ruleId").asText().equals("GK-CELL-TEXT")
                    && r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText().equals("proactive/licensing/change")) cellText = r;
        }
        assertThat(missingNumber).isNotNull();
        assertThat(missingNumber.at("/level").asText()).isEqualTo("error");
        assertThat(missingNumber.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(9);
        assertThat(missingNumber.at("/message/text").asText()).isEqualTo("“共发布相关信息条”缺少数字：应写明具体数量");
        assertThat(missingNumber.at("/properties/evidence/raw").asText()).isEqualTo("共发布相关信息条");
        assertThat(cellText).isNotNull();
        assertThat(cellText.at("/level").asText()).isEqualTo("warning");
        assertThat(cellText.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(46);
        assertThat(cellText.at("/locations/0/logicalLocations/0/properties/rowLabel").asText()).isEqualTo("行政许可");
        JsonNode blank = rules.get(cellText.at("/ruleIndex").asInt());
        assertThat(blank.at("/shortDescription/text").asText()).isEqualTo("统计表数字栏中夹有文字或符号");
        assertThat(blank.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(blank.at("/help/markdown").asText()).contains("rules/cell.drl");
    }

    @Test
    void sarifSpeaksEnglishOnRequest() throws Exception {
        JsonNode en = new ObjectMapper().readTree(stdout("check", "--format", "sarif", "--lang", "en", SEED));
        List<String> messages = new ArrayList<>();
        for (JsonNode r : en.at("/runs/0/results")) messages.add(r.at("/message/text").asText());
        assertThat(messages).contains("\"共发布相关信息条\": the number is missing");
    }

    @Test
    void fingerprintsStayWhenLinesAreInsertedAboveTheFindings(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("000_fbcc47a07046e9b4.txt");
        Files.writeString(copy, "\n\n\n" + Files.readString(Path.of(SEED), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        Map<String, Integer> before = fingerprints(stdout("check", "--format", "sarif", SEED));
        Map<String, Integer> after = fingerprints(stdout("check", "--format", "sarif", copy.toString()));
        assertThat(before).hasSize(12);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        // the lines did move: the fingerprint does not follow them
        for (String k : before.keySet()) if (before.get(k) != null) assertThat(after.get(k)).isEqualTo(before.get(k) + 3);
    }

    /** Fingerprint → start line (null where the result has none). */
    private static Map<String, Integer> fingerprints(String sarif) throws Exception {
        Map<String, Integer> m = new TreeMap<>();
        for (JsonNode r : new ObjectMapper().readTree(sarif).at("/runs/0/results")) {
            JsonNode line = r.at("/locations/0/physicalLocation/region/startLine");
            m.put(r.at("/partialFingerprints/gkcheckFinding~1v1").asText(), line.isInt() ? line.asInt() : null);
        }
        return m;
    }

    // ---- JUnit XML

    @Test
    void junitHasASuitePerReportACasePerRuleAndAFailurePerErrorOrWarning() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(four.resolve("gkcheck-junit.xml").toFile());
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(json.at("/reports").size());
        int rules = json.at("/tool/rules").asInt();
        long failureElements = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            JsonNode report = json.at("/reports/" + i);
            assertThat(suite.getAttribute("name")).isEqualTo(report.at("/source").asText());
            assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(rules));
            assertThat(suite.getElementsByTagName("testcase").getLength()).isEqualTo(rules);
            int failures = suite.getElementsByTagName("failure").getLength();
            assertThat((long) failures).as(report.at("/source").asText())
                    .isEqualTo(report.at("/summary/error").asLong() + report.at("/summary/warning").asLong());
            failureElements += failures;
            int failing = 0;
            NodeList cases = suite.getElementsByTagName("testcase");
            for (int c = 0; c < cases.getLength(); c++) if (((Element) cases.item(c)).getElementsByTagName("failure").getLength() > 0) failing++;
            assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(failing));
            int skipped = suite.getElementsByTagName("skipped").getLength();
            assertThat(suite.getAttribute("skipped")).isEqualTo(String.valueOf(skipped));
            // an unreadable input skips every rule but the input rules; a readable one skips none
            if (report.at("/report/readable").asBoolean()) assertThat(skipped).isZero();
            else assertThat(skipped).isEqualTo(rules - inputRules(suite));
        }
        assertThat(failureElements).isEqualTo(total("error") + total("warning"));
        Element seed = (Element) suites.item(indexOf(SEED));
        NodeList failures = seed.getElementsByTagName("failure");
        Element first = null;
        for (int i = 0; i < failures.getLength(); i++) {
            Element f = (Element) failures.item(i);
            if (((Element) f.getParentNode()).getAttribute("name").startsWith("GK-TXT-MISSING-NUMBER ")) first = f;
        }
        assertThat(first).isNotNull();
        assertThat(first.getAttribute("type")).isEqualTo("error");
        assertThat(first.getAttribute("message")).isEqualTo("“共发布相关信息条”缺少数字：应写明具体数量");
        assertThat(first.getTextContent()).contains("位置：9", "section 1", "共发布相关信息条");
        assertThat(((Element) first.getParentNode()).getAttribute("classname")).isEqualTo("text");
    }

    private static int inputRules(Element suite) {
        int n = 0;
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int c = 0; c < cases.getLength(); c++) if (((Element) cases.item(c)).getAttribute("classname").equals("input")) n++;
        return n;
    }

    private static int indexOf(String source) {
        for (int i = 0; i < json.at("/reports").size(); i++) if (json.at("/reports/" + i + "/source").asText().equals(source)) return i;
        throw new AssertionError(source);
    }

    // ---- XLSX and CSV

    @Test
    void theWorkbookCountsWhatTheJsonCounts() throws Exception {
        try (XSSFWorkbook wb = read(four.resolve("gkcheck.xlsx"))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2))).containsExactly("报告", "问题", "规则统计");
            Sheet reports = wb.getSheet("报告"), findings = wb.getSheet("问题"), byRule = wb.getSheet("规则统计");
            assertThat(reports.getLastRowNum()).isEqualTo(json.at("/reports").size());
            assertThat((long) findings.getLastRowNum()).isEqualTo(total("error") + total("warning") + total("info"));
            for (Sheet s : List.of(reports, findings, byRule)) {
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) s).getCTWorksheet().isSetAutoFilter()).as(s.getSheetName()).isTrue();
            }
            DataFormatter text = new DataFormatter();
            Row seed = reports.getRow(indexOf(SEED) + 1);
            assertThat(text.formatCellValue(seed.getCell(0))).isEqualTo(SEED);
            assertThat(text.formatCellValue(seed.getCell(1))).isEqualTo("四方台区人民政府");
            assertThat(seed.getCell(6).getNumericCellValue()).isEqualTo(2.0);
            assertThat(seed.getCell(7).getNumericCellValue()).isEqualTo(9.0);
            assertThat(seed.getCell(8).getNumericCellValue()).isEqualTo(1.0);
            assertThat(seed.getCell(9).getNumericCellValue()).isEqualTo(6.0);
            assertThat(text.formatCellValue(seed.getCell(10))).isEqualTo("不通过");
            long sum = 0;
            for (int i = 1; i <= byRule.getLastRowNum(); i++) sum += (long) byRule.getRow(i).getCell(4).getNumericCellValue();
            assertThat(sum).isEqualTo(total("error") + total("warning") + total("info"));
            assertThat(byRule.getLastRowNum()).isGreaterThanOrEqualTo(json.at("/tool/rules").asInt());
            // the CSV is the 问题 sheet: the same columns, the same rows, cell by cell
            List<List<String>> csv = csv(Files.readString(four.resolve("gkcheck.csv"), StandardCharsets.UTF_8));
            assertThat(csv.get(0)).isEqualTo(FindingColumns.ALL.stream().map(c -> c.header(false)).toList());
            assertThat(csv).hasSize(findings.getLastRowNum() + 1);
            for (int i = 0; i <= findings.getLastRowNum(); i++) {
                Row row = findings.getRow(i);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < FindingColumns.ALL.size(); c++) cells.add(row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
                assertThat(cells).as("row " + i).isEqualTo(csv.get(i));
            }
        }
    }

    @Test
    void csvStartsWithABomAndQuotesByRfc4180() throws Exception {
        byte[] bytes = Files.readAllBytes(four.resolve("gkcheck.csv"));
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String s = new String(bytes, StandardCharsets.UTF_8);
        assertThat(s).contains("\r\n").doesNotContain("\n\n");
        // evidence is JSON, full of commas and quotes: quoted, its quotes doubled
        assertThat(s).contains(",\"{\"\"raw\"\":\"\"共发布相关信息条\"\"}\",");
        String en = stdout("check", "--format", "csv", "--lang", "en", SEED);
        assertThat(en).startsWith("\uFEFFfile,organ,year,rule,severity,");
    }

    @Test
    void englishWorkbookHasEnglishSheetsAndHeaders() throws Exception {
        Path x = dir.resolve("en.xlsx");
        gkcheck("check", "--format", "xlsx", "--lang", "en", "-o", x.toString(), SEED);
        try (XSSFWorkbook wb = read(x)) {
            assertThat(wb.getSheet("findings").getRow(0).getCell(7).getStringCellValue()).isEqualTo("message");
            assertThat(wb.getSheet("reports").getRow(1).getCell(10).getStringCellValue()).isEqualTo("fail");
            assertThat(wb.getProperties().getCoreProperties().getCreated()).isNull();
        }
        assertThat(gkcheck("check", "--format", "xlsx", SEED)).isEqualTo(2); // a workbook does not go to standard output
    }

    /** Read-only: a workbook opened from a File is written back on close, which would change the file under test. */
    static XSSFWorkbook read(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    /** An RFC 4180 reader, enough for the test: quoted fields with doubled quotes and line breaks, CRLF records. */
    static List<List<String>> csv(String s) {
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { row.add(field.toString()); field.setLength(0); }
            else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(field.toString()); field.setLength(0); rows.add(row); row = new ArrayList<>(); i++;
            } else field.append(c);
        }
        return rows;
    }
}

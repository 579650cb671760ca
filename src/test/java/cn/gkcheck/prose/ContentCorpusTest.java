package cn.gkcheck.prose;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.Expectations;
import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.interpret.Readers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every wording of fixtures/content/art50-corpus.tsv, put where reports put it in a correct report of a
 * people's government (fixtures/clean/2023-xinan-district-government.md), gives exactly the findings its
 * class asks: a result none; only a system the GK-CNT-ART50-RESULTS error; an unclassifiable wording at most a
 * warning that quotes it. Art. 50(四) wordings stand in 一（五）监督保障 (and, where they are results, also split
 * over a line break and in 六); fee wordings in 六 and in 一; problem wordings in 五.
 */
class ContentCorpusTest {
    static final Path CORPUS = Path.of("fixtures/content/art50-corpus.tsv");
    static final Path BASE = Path.of("fixtures/clean/2023-xinan-district-government.md");

    /** The base report's 监督保障 paragraph: one result for each item, replaced by the wording under test. */
    static final String SUPERVISION_LINE = "（五）监督保障。";
    static final String ASSESSMENT = "全区政府信息公开工作考核结果为优秀。";
    static final String REVIEW = "开展社会评议1次，回收有效问卷360份，满意率为96.4%。";
    static final String ACCOUNTABILITY = "全年未发生因政府信息公开工作被责任追究的情况。";

    @TempDir
    static Path tmp;

    /** Where a wording comes from: verbatim from an annual report, verbatim from another published text, or constructed. */
    static final List<String> KINDS = List.of("report", "document", "constructed");

    record Row(String id, String wording, String item, String expected, String source, String kind) {
        String text() { return wording.replace("⏎", "\n"); }
    }

    static List<Row> rows() throws IOException {
        List<Row> out = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) continue;
            String[] f = line.split("\t", -1);
            assertThat(f).as(line).hasSize(6);
            assertThat(KINDS).as(line).contains(f[5]);
            out.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> eachWordingGivesTheOutcomeOfItsClass() throws IOException {
        List<Row> rows = rows();
        assertThat(rows.stream().filter(r -> List.of("考核", "评议", "追究").contains(r.item()))).hasSizeGreaterThanOrEqualTo(40);
        // issue 8: at least 40 Art. 50(四) wordings as printed in published annual reports, each with the page or sample read
        assertThat(rows.stream().filter(r -> List.of("考核", "评议", "追究").contains(r.item()) && r.kind().equals("report")))
                .hasSizeGreaterThanOrEqualTo(40)
                .allSatisfy(r -> assertThat(r.source()).as(r.id()).containsPattern("^(https?://|fixtures/samples/|[\\w.-]+/[\\w.-]+@[0-9a-f]{7})"));
        assertThat(rows.stream().filter(r -> r.item().equals("收费"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rows.stream().filter(r -> r.item().equals("问题"))).hasSizeGreaterThanOrEqualTo(10);
        List<DynamicTest> tests = new ArrayList<>();
        for (Row r : rows) {
            switch (r.item()) {
                case "考核", "评议", "追究" -> {
                    tests.add(DynamicTest.dynamicTest(r.id() + " 一（五） " + r.expected(), () -> art50InSupervision(r, r.text())));
                    if (r.expected().equals("result")) {
                        tests.add(DynamicTest.dynamicTest(r.id() + " split over a line break", () -> art50InSupervision(r, split(r.text()))));
                        tests.add(DynamicTest.dynamicTest(r.id() + " in 六", () -> art50InSix(r)));
                    }
                    tests.add(DynamicTest.dynamicTest(r.id() + " classified", () -> assertThat(classified(r)).isEqualTo(outcome(r))));
                }
                case "收费" -> {
                    tests.add(DynamicTest.dynamicTest(r.id() + " fee in 六 " + r.expected(), () -> feeInSix(r)));
                    tests.add(DynamicTest.dynamicTest(r.id() + " fee in 一 " + r.expected(), () -> feeInOne(r)));
                }
                case "问题" -> tests.add(DynamicTest.dynamicTest(r.id() + " problems in 五 " + r.expected(), () -> problemsInFive(r)));
                default -> throw new AssertionError("unknown item " + r.item() + " in " + r.id());
            }
        }
        return tests.stream();
    }

    /** The outcome a class names, for the item of the row (a wording that names no item is ABSENT, no result as well). */
    static Outcome outcome(Row r) {
        return switch (r.expected()) {
            case "result" -> Outcome.RESULT;
            case "system-only" -> Outcome.SYSTEM_ONLY;
            case "unclassifiable" -> Outcome.UNCLEAR;
            default -> throw new AssertionError(r.expected());
        };
    }

    static Outcome classified(Row r) {
        Outcome o = Art50Results.outcome(item(r), List.of(new Sentence(r.text().replaceAll("\\s+", ""), 1, null))).outcome();
        return o == Outcome.ABSENT ? Outcome.SYSTEM_ONLY : o;
    }

    static Art50Item item(Row r) {
        return switch (r.item()) {
            case "考核" -> Art50Item.ASSESSMENT;
            case "评议" -> Art50Item.REVIEW;
            default -> Art50Item.ACCOUNTABILITY;
        };
    }

    /** The wording first in 监督保障, then the base report's results for the two other items. */
    static void art50InSupervision(Row r, String wording) throws IOException {
        String others = (r.item().equals("考核") ? "" : ASSESSMENT) + (r.item().equals("评议") ? "" : REVIEW)
                + (r.item().equals("追究") ? "" : ACCOUNTABILITY);
        String report = withSupervision(SUPERVISION_LINE + wording + others);
        List<String> expected = new ArrayList<>();
        switch (r.expected()) {
            case "system-only" -> expected.add("GK-CNT-ART50-RESULTS error section_1 @" + lineOf(report, "## 一、总体情况"));
            case "unclassifiable" -> expected.add("GK-CNT-ART50-UNCLEAR warning section_1 @" + lineOf(report, SUPERVISION_LINE));
            default -> { }
        }
        List<Finding> findings = check(r.id(), report);
        assertThat(Expectations.lines(findings)).as(r.id() + " " + r.source()).containsExactlyElementsOf(expected);
        if (r.expected().equals("unclassifiable")) {
            assertThat(findings.get(0).getMessage()).as("quotes the sentence").contains(wording.replaceAll("\\s+", ""));
        }
        if (r.expected().equals("system-only")) {
            assertThat(findings.get(0).getMessage()).contains(Art50Results.outcome(item(r), List.of()).item().zh() + "结果");
        }
    }

    /** A result standing in 六 counts as well: 监督保障 then gives only the two other items. */
    static void art50InSix(Row r) throws IOException {
        String others = (r.item().equals("考核") ? "" : ASSESSMENT) + (r.item().equals("评议") ? "" : REVIEW)
                + (r.item().equals("追究") ? "" : ACCOUNTABILITY);
        String report = withSix(withSupervision(SUPERVISION_LINE + others), "本年度未收取政府信息公开信息处理费。" + r.text());
        assertThat(Expectations.lines(check(r.id() + "-six", report))).as(r.id()).isEmpty();
    }

    /** A fee wording in the base report's year: a year printed in the wording would be another rule's finding (GK-DATE-PROSE-YEAR). */
    static String feeWording(Row r) {
        return r.text().replaceAll("20\\d\\d年", "2023年");
    }

    static void feeInSix(Row r) throws IOException {
        String report = withSix(read(), feeWording(r));
        assertThat(Expectations.lines(check(r.id() + "-fee6", report))).as(r.id() + " " + r.source())
                .containsExactlyElementsOf(feeExpected(r, report));
    }

    /** The fee stated in 一 (as 唐村镇 does, in 依申请公开) while 六 says only 无. */
    static void feeInOne(Row r) throws IOException {
        String report = withSix(read(), "无其他需要报告的事项。")
                .replace("（二）依申请公开。", "（二）依申请公开。" + feeWording(r));
        assertThat(Expectations.lines(check(r.id() + "-fee1", report))).as(r.id() + " " + r.source())
                .containsExactlyElementsOf(feeExpected(r, report));
    }

    static List<String> feeExpected(Row r, String report) {
        return r.expected().equals("none") ? List.of("GK-CNT-FEE-MISSING warning section_6 @" + lineOf(report, "## 六、其他需要报告的事项"))
                : List.of();
    }

    static void problemsInFive(Row r) throws IOException {
        String base = read();
        int from = base.indexOf("## 五、存在的主要问题及改进情况");
        int to = base.indexOf("## 六、其他需要报告的事项");
        String report = base.substring(0, from) + "## 五、存在的主要问题及改进情况\n\n" + r.text() + "\n\n" + base.substring(to);
        List<String> expected = r.expected().equals("none")
                ? List.of("GK-CNT-PROBLEMS-EMPTY error section_5 @" + lineOf(report, "## 五、存在的主要问题及改进情况")) : List.of();
        assertThat(Expectations.lines(check(r.id() + "-five", report))).as(r.id() + " " + r.source()).containsExactlyElementsOf(expected);
    }

    static String withSupervision(String paragraph) throws IOException {
        String base = read();
        int from = base.indexOf(SUPERVISION_LINE);
        int to = base.indexOf('\n', from);
        return base.substring(0, from) + paragraph + base.substring(to);
    }

    static String withSix(String base, String body) {
        int from = base.indexOf("## 六、其他需要报告的事项");
        return base.substring(0, from) + "## 六、其他需要报告的事项\n\n" + body + "\n";
    }

    /** Breaks the wording in the middle, as a PDF line does. */
    static String split(String wording) {
        return wording.substring(0, wording.length() / 2) + "\n" + wording.substring(wording.length() / 2);
    }

    static int lineOf(String report, String start) {
        String[] lines = report.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].startsWith(start)) return i + 1;
        throw new AssertionError("no line starts with " + start);
    }

    static String read() throws IOException {
        return Files.readString(BASE, StandardCharsets.UTF_8);
    }

    static List<Finding> check(String name, String report) throws IOException {
        Path p = tmp.resolve(name + ".md");
        Files.writeString(p, report, StandardCharsets.UTF_8);
        return Engine.get().check(Readers.read(p));
    }
}

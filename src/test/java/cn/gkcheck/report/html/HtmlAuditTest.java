package cn.gkcheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML audit without a browser: what the pages hold, that report text cannot inject markup, and the same bytes every run. */
class HtmlAuditTest {

    @TempDir
    Path tmp;

    private static Document page(Path file) throws Exception {
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), file.toUri().toString());
    }

    @Test
    void theSeedReportPageShowsItsTablesAsPrintedWithTheNamedCellsHighlighted() throws Exception {
        Audits.write(tmp, Audits.SEED);
        Document d = page(tmp.resolve("reports/0001-000_fbcc47a07046e9b4.txt.html"));

        // GK-CELL-TEXT at proactive/licensing/previousCount: the cell printed "4h" is highlighted, its text kept as printed
        Element text = d.getElementById("c-proactive-licensing-previousCount");
        assertThat(text).isNotNull();
        assertThat(text.hasClass("hit")).isTrue();
        assertThat(text.hasClass("sev-warning")).isTrue();
        assertThat(text.attr("data-rules")).isEqualTo("GK-CELL-TEXT");
        assertThat(text.ownText()).isEqualTo("4h");
        // its marker links to the finding, which links back to the cell and to the rule's explanation
        String target = text.selectFirst("sup.mark a").attr("href");
        Element finding = d.getElementById(target.substring(1));
        assertThat(finding.attr("data-rule")).isEqualTo("GK-CELL-TEXT");
        assertThat(finding.selectFirst("a.to-cell").attr("href")).isEqualTo("#c-proactive-licensing-previousCount");
        assertThat(finding.selectFirst("a.rule").attr("href")).isEqualTo("../rules.html#GK-CELL-TEXT");

        // GK-CELL-BLANK at requests/unavailable.1/otherOrg: highlighted, and a blank stays blank
        Element blank = d.getElementById("c-requests-unavailable.1-otherOrg");
        assertThat(blank.classNames()).contains("hit", "k-blank");
        assertThat(blank.attr("data-rules")).isEqualTo("GK-CELL-BLANK");
        assertThat(blank.ownText()).isEmpty();
        // a cell no finding names is not highlighted
        assertThat(d.getElementById("c-proactive-regulations-made").hasClass("hit")).isFalse();

        // every highlighted cell is one a finding names, and each is drawn once
        assertThat(d.select("td.hit").eachAttr("data-key")).containsExactlyInAnyOrder(
                "proactive/licensing/change", "proactive/licensing/previousCount", "proactive/penalties/change",
                "proactive/procurement/procurementAmount", "requests/unavailable.1/otherOrg", "requests/notHandled.5/natural",
                "requests/carryForward/natural");
        // the row placed by position is marked on its label
        assertThat(d.select("th.hit-row").eachAttr("data-rules")).containsExactly("GK-IN-ROW-BY-POSITION");
        // findings that name no cell are listed in their section; every finding is on the page once
        assertThat(d.select("#s1 li.finding").eachAttr("data-rule")).containsExactly("GK-CNT-ART50-RESULTS", "GK-TXT-MISSING-NUMBER");
        assertThat(d.select("li.finding")).hasSize(12);
        assertThat(d.select("#not-evaluated li").eachText()).contains("B1 requests/*/natural", "B3 requests/carryForward");
        assertThat(d.select("dl.meta dd").eachText()).contains("四方台区人民政府 · 县级以上人民政府 · 读自标题", "2019", Audits.SEED);
        // self-contained: nothing is fetched
        assertThat(d.select("link, img, script[src], iframe")).isEmpty();
    }

    @Test
    void theOverviewHasARowPerReportAndTheRulesPageAnAnchorPerRule() throws Exception {
        Audits.write(tmp, Audits.SEED, "fixtures/bad/empty.txt", "fixtures/clean/2023-xinan-district-government.md");
        Document index = page(tmp.resolve("index.html"));
        assertThat(index.select("#reports tbody tr")).hasSize(3);
        for (Element a : index.select("#reports tbody a")) assertThat(tmp.resolve(a.attr("href"))).exists();
        assertThat(index.select("#reports tbody tr td.result").eachText()).containsExactly("有错误", "无法读取", "通过");
        assertThat(index.select("figure.chart svg")).hasSize(2);
        Document rules = page(tmp.resolve("rules.html"));
        for (Element a : index.select("a[href^=rules.html#]")) assertThat(rules.getElementById(a.attr("href").substring("rules.html#".length()))).isNotNull();

        Document unreadable = page(tmp.resolve("reports/0002-empty.txt.html"));
        assertThat(unreadable.select("div.unreadable h2").text()).isEqualTo("此文件无法作为年度报告读取");
        assertThat(unreadable.select("div.unreadable li")).isNotEmpty();
    }

    @Test
    void folderFindingsAreListedOnTheOverviewAndAnEarlierAuditLeavesNoPageBehind() throws Exception {
        Audits.write(tmp, Audits.SEED, "fixtures/clean/2023-xinan-district-government.md");
        assertThat(tmp.resolve("reports/0002-2023-xinan-district-government.md.html")).exists();

        // the sink as the checker drives it, with a finding about the folder (a roster's missing organ)
        HtmlSink sink = new HtmlSink(tmp, false);
        sink.begin(new cn.gkcheck.report.Run("test", false, cn.gkcheck.check.Engine.get().catalog().rules()));
        cn.gkcheck.report.Totals totals = new cn.gkcheck.report.Totals();
        cn.gkcheck.check.Finding f = new cn.gkcheck.check.Finding();
        f.setRule("GK-STR-TITLE-ORGAN");
        f.setSeverity(cn.gkcheck.check.Severity.WARNING);
        f.setCategory("structure");
        f.setTitle("名单中的机关未见报告");
        f.setMessage("<b>某某局</b>未见年度报告");
        totals.addFolderFinding(f);
        sink.end(totals);

        Document index = page(tmp.resolve("index.html"));
        Element listed = index.selectFirst("li.finding[data-rule=GK-STR-TITLE-ORGAN]");
        assertThat(listed.selectFirst(".msg").text()).isEqualTo("<b>某某局</b>未见年度报告");
        assertThat(listed.selectFirst("a.rule").attr("href")).isEqualTo("rules.html#GK-STR-TITLE-ORGAN");
        assertThat(index.select("#reports tbody tr")).isEmpty();
        assertThat(tmp.resolve("reports")).isEmptyDirectory();
    }

    @Test
    void englishIsTheSecondLanguage() throws Exception {
        Audits.write(tmp, "--lang", "en", Audits.SEED);
        Document d = page(tmp.resolve("reports/0001-000_fbcc47a07046e9b4.txt.html"));
        assertThat(d.select("html").attr("lang")).isEqualTo("en");
        assertThat(d.select("#s1 li.finding").first().text()).contains("error", "GK-CNT-ART50-RESULTS");
        assertThat(page(tmp.resolve("index.html")).select("h1").text()).startsWith("Audit of");
    }

    @Test
    void reportTextCannotInjectMarkup() throws Exception {
        String hostile = "<script>alert(1)</script>";
        String md = Files.readString(Path.of("fixtures/rules/GK-CELL-TEXT/fires.md"), StandardCharsets.UTF_8)
                .replaceFirst("2023年政府信息公开", "2023年" + hostile + "政府信息公开")
                .replace("| 1520件 |", "| 1520<img src=x onerror=alert(2)> |");
        assertThat(md).contains(hostile, "onerror");
        Path input = tmp.resolve("in/a<b>\"c'.md");
        Files.createDirectories(input.getParent());
        Files.writeString(input, md, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Audits.write(out, input.toString());

        for (var e : Audits.files(out).entrySet()) {
            String html = new String(e.getValue(), StandardCharsets.UTF_8);
            assertThat(html).as(e.getKey()).doesNotContain(hostile, "<img", "<b>\"");
            Document d = Jsoup.parse(html);
            assertThat(d.select("img, [onerror]")).as(e.getKey()).isEmpty();
            // the one script is the overview's own
            assertThat(d.select("script")).hasSize(e.getKey().equals("index.html") ? 1 : 0);
        }
        Document report = page(Files.list(out.resolve("reports")).findFirst().orElseThrow());
        // the text is shown as text, not lost
        assertThat(report.select("h1").text()).contains(hostile);
        Element cell = report.getElementById("c-proactive-licensing-decisions");
        assertThat(cell.ownText()).isEqualTo("1520<img src=x onerror=alert(2)>");
        assertThat(cell.hasClass("hit")).isTrue();
        assertThat(Audits.files(out).keySet()).contains("reports/0001-a_b_c_.md.html");
    }

    @Test
    void twoRunsWriteTheSameBytesWhateverTheThreadCount() throws Exception {
        String[] inputs = {Audits.SEED, "fixtures/bad", "fixtures/rules/GK-CELL-BLANK", "fixtures/rules/GK-BAL-B1"};
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        Audits.write(one, concat("--threads", "1", inputs));
        Audits.write(two, concat("--threads", "2", inputs));
        TreeMap<String, byte[]> a = Audits.files(one), b = Audits.files(two);
        assertThat(a.keySet()).isEqualTo(b.keySet()).hasSizeGreaterThan(10);
        for (String k : a.keySet()) assertThat(b.get(k)).as(k).isEqualTo(a.get(k));
        // nothing of the machine or the moment: no temp path
        for (byte[] bytes : a.values()) assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain(tmp.toString());
    }

    private static String[] concat(String a, String b, String... rest) {
        String[] all = new String[rest.length + 2];
        all[0] = a;
        all[1] = b;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}

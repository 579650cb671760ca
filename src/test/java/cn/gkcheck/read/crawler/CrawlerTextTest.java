package cn.gkcheck.read.crawler;

import cn.gkcheck.model.GuessKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Report;
import cn.gkcheck.read.InputKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is taken for crawler text, and what a crawler page that is no report or is hostile gives. */
class CrawlerTextTest {

    private static InputKind kind(String text, String name) {
        return InputKind.sniff(text.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void aHeaderBlockOfTwoFieldsInAnyOrderIsCrawlerText() {
        assertThat(kind("来源: 本站\n标题: 某某2023年政府信息公开工作年度报告\n正文", "a.txt")).isEqualTo(InputKind.CRAWLER);
        assertThat(kind("URL：http://x.gov.cn/1.html\n发布日期：2024-01-02\n\n一、总体情况", "a.txt")).isEqualTo(InputKind.CRAWLER);
        assertThat(kind("标题：只有一个字段\n一、总体情况", "a.txt")).isEqualTo(InputKind.TEXT);
    }

    @Test
    void aLongLineWithSeveralSectionHeadingsIsCrawlerTextWithoutAHeader() {
        String body = "本报告根据条例编制。".repeat(30) + "一、总体情况今年如何。二、主动公开政府信息情况规章003三、收到和处理政府信息公开申请情况";
        assertThat(kind(body, "page.txt")).isEqualTo(InputKind.CRAWLER);
        assertThat(kind(body.substring(0, 280), "page.txt")).isEqualTo(InputKind.TEXT);
    }

    @Test
    void markdownAndOrdinaryTextFixturesStayWhatTheyAre() throws IOException {
        assertThat(InputKind.sniff(Files.readAllBytes(Path.of("fixtures/clean/2023-xinan-district-government.md")), "x.md"))
                .isEqualTo(InputKind.MARKDOWN);
        for (String f : new String[] {"fixtures/prose/hongze-district-2024.txt", "fixtures/prose/huaian-city-2024.txt"}) {
            assertThat(InputKind.sniff(Files.readAllBytes(Path.of(f)), f)).as(f).isEqualTo(InputKind.TEXT);
        }
    }

    @Test
    void theHeaderGivesTitleAndPublicationDateAndThePlacesPointAtLineAndColumn() {
        Report r = Readers.read(Path.of("fixtures/crawler/xinan-2023.crawl.txt"));
        assertThat(r.getMeta().getTitleSource().describe()).isEqualTo("1:4");
        assertThat(r.getSections().get(0).getSource().getLine()).isEqualTo(6);
        assertThat(r.getSections().get(0).getSource().getColumn()).isGreaterThan(1);
    }

    @Test
    void aHugeRunOfDigitsIsNotCutAndDoesNotHang() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThat(requestsRow("12345678".repeat(40)).getUnreadable()).contains("数字过长");
            // as long as a row of seven eight-digit figures may be: refused within the budget, not searched to the end
            assertThat(requestsRow("1234567".repeat(8)).getUnreadable()).isNotNull();
        });
    }

    private static cn.gkcheck.model.Table requestsRow(String figures) {
        String page = "标题：某局2023年政府信息公开工作年度报告\n发布时间：2024-01-10\n"
                + "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
                + "自然人商业企业科研机构社会公益组织法律服务机构其他总计一、本年新收政府信息公开申请数量" + figures + "\n";
        Report r = Readers.read(page.getBytes(StandardCharsets.UTF_8), "huge.txt");
        assertThat(r.getProblems()).isEmpty();
        return r.table("requests").orElseThrow();
    }

    @Test
    void withoutAHeaderTheTitleIsFoundAfterTheNavigation() throws IOException {
        for (String f : new String[] {"xinan-2023.crawl.txt", "xinan-2023.crawl-run.txt"}) {
            List<String> lines = Files.readAllLines(Path.of("fixtures/crawler", f), StandardCharsets.UTF_8);
            byte[] body = String.join("\n", lines.subList(5, lines.size())).getBytes(StandardCharsets.UTF_8);
            assertThat(InputKind.sniff(body, f)).as(f).isEqualTo(InputKind.CRAWLER);
            Report r = Readers.read(body, f);
            Report md = Readers.read(Path.of("fixtures/clean/2023-xinan-district-government.md"));
            assertThat(r.getMeta().getTitle()).as(f).isEqualTo(md.getMeta().getTitle());
            assertThat(r.getSections()).as(f).hasSize(6);
            assertThat(CrawlerFixturesTest.cells(r, java.util.Set.of("proactive")))
                    .containsExactlyElementsOf(CrawlerFixturesTest.cells(md, java.util.Set.of("proactive")));
        }
    }

    @Test
    void aTableInterruptedByASentenceStillGetsOneSplitFindingCountingAllItsRows() throws IOException {
        String page = Files.readString(Path.of("fixtures/crawler/hongze-2024.crawl-run.txt"), StandardCharsets.UTF_8)
                .replace("第二十条第（五）项", "以下为续表。第二十条第（五）项");
        Report r = Readers.read(page.getBytes(StandardCharsets.UTF_8), "two-grids.txt");
        assertThat(r.getGuesses().stream().filter(g -> g.getKind() == GuessKind.CELL_SPLIT && g.getTable().equals("proactive")))
                .singleElement().satisfies(g -> assertThat(g.getDetail()).startsWith("表二中有 2 行数字连写"));
        assertThat(r.table("proactive").orElseThrow().getCells()).hasSize(10);
    }

    @Test
    void thePagesTitleIsDroppedFromTheTextOnceOnlyALaterMentionIsText() {
        String title = "某局2023年政府信息公开工作年度报告";
        String page = "标题：" + title + "\n发布日期：2024-01-10\n首页 > 年报 " + title + " 一、总体情况 今年如何。\n"
                + "附：" + title + "已报送上级。\n";
        Report r = Readers.read(page.getBytes(StandardCharsets.UTF_8), "once.txt");
        assertThat(r.getParagraphs()).extracting(p -> p.getText()).containsExactly("今年如何。", "附：" + title + "已报送上级。");
    }
}

package cn.gkcheck.read.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Placement;
import cn.gkcheck.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cells of spaced crawler text that are not one figure each: text in a figure's place, a row
 * printed with nothing after its label, an amount printed with a space inside, a row a blank
 * left short — each read as printed, or said to be unreadable, never shifted into a neighbour.
 */
class CrawlerCellsTest {

    private static final String HEAD = "标题：某局2023年政府信息公开工作年度报告\n发布时间：2024-01-10\n";
    private static final String REQUESTS = "三、收到和处理政府信息公开申请情况 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） "
            + "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 ";

    private static Report read(String body) {
        return Readers.read((HEAD + body + "\n").getBytes(StandardCharsets.UTF_8), "page.txt");
    }

    private static Cell cell(Report r, String table, String row, String column) {
        return r.table(table).orElseThrow().cell(row, column).orElseThrow();
    }

    @Test
    void textInAFiguresPlaceIsThatCellNotTheEndOfTheRow() {
        Report r = read(REQUESTS + "一、本年新收政府信息公开申请数量 3 2件 0 0 0 0 5 二、上年结转政府信息公开申请数量 1 0 0 若干 0 0 1");
        assertThat(cell(r, "requests", "new", "commercial").getRaw()).isEqualTo("2件");
        assertThat(cell(r, "requests", "new", "total").getRaw()).isEqualTo("5");
        assertThat(cell(r, "requests", "carriedOver", "nonprofit").getRaw()).isEqualTo("若干");
        assertThat(cell(r, "requests", "carriedOver", "total").getRaw()).isEqualTo("1");
    }

    @Test
    void aProactiveCellWithALetterAfterItsFigureIsOneCell() {
        Report r = read("二、主动公开政府信息情况 第二十条第（五）项 信息内容 上一年项目数量 本年增/减 处理决定数量 行政许可 34 -2 235h "
                + "其他对外管理服务事项 49 0 1424");
        assertThat(cell(r, "proactive", "licensing", "decisions").getRaw()).isEqualTo("235h");
        assertThat(cell(r, "proactive", "otherServices", "previousCount").getRaw()).isEqualTo("49");
    }

    @Test
    void aProactiveRowWithNothingAfterItsLabelIsARowOfBlankCells() {
        Report r = read("二、主动公开政府信息情况 第二十条第（五）项 信息内容 本年处理决定数量 行政许可 "
                + "第二十条第（六）项 信息内容 本年处理决定数量 行政处罚 188 行政强制 24");
        assertThat(cell(r, "proactive", "licensing", "decisions").getRaw()).isEqualTo("");
        assertThat(cell(r, "proactive", "penalties", "decisions").getRaw()).isEqualTo("188");
        assertThat(r.table("proactive").orElseThrow().isReadWhole()).isTrue();
    }

    @Test
    void anAmountPrintedWithASpaceInsideIsTheMoneyCellMarkedInferred() {
        Report r = read("二、主动公开政府信息情况 第二十条第（九）项 信息内容 采购项目数量 采购总金额 政府集中采购 38 482.19 7万元");
        assertThat(cell(r, "proactive", "procurement", "procurementCount").getRaw()).isEqualTo("38");
        Cell amount = cell(r, "proactive", "procurement", "procurementAmount");
        assertThat(amount.getRaw()).isEqualTo("482.19 7万元");
        assertThat(amount.getPlacement()).isEqualTo(Placement.INFERRED);
    }

    @Test
    void aRequestsRowLeftShortByABlankTheRelationsCannotPlaceMakesTheTableUnreadable() {
        Report r = read(REQUESTS + "一、本年新收政府信息公开申请数量 1 0 0 0 0 1 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0");
        assertThat(r.table("requests").orElseThrow().getUnreadable())
                .isEqualTo("“一、本年新收政府信息公开申请数量”一行只有 6 格（“1 0 0 0 0 1”），应有 7 格："
                        + "有不止一种空白格位置与每行“总计 = 各类申请人之和”相符");
    }

    @Test
    void aShortProactiveRowHasNoRelationToPlaceItsBlank() {
        Report r = read("二、主动公开政府信息情况 第二十条第（五）项 信息内容 上一年项目数量 本年增/减 处理决定数量 行政许可 34 235");
        assertThat(r.table("proactive").orElseThrow().getUnreadable()).isEqualTo(
                "“行政许可”一行只有 2 格（“34 235”），应有 3 格：" + ShortRows.UNPLACED);
    }

    @Test
    void aShortRowsReadingsPutItsBlanksEverywhereKeepingTheFiguresInOrder() {
        RawRow r = new RawRow(List.of(), List.of(new RawRow.Piece("1", 0), new RawRow.Piece("2", 2)), null, null, 3);
        assertThat(ShortRows.placements(r)).containsExactly(List.of("", "1", "2"), List.of("1", "", "2"), List.of("1", "2", ""));
    }
}

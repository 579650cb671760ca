package cn.gkcheck.read.positional;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.read.Block;
import cn.gkcheck.read.LayoutTextReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row whose value cells are all blank prints only its label. It is still a row, with blank cells:
 * not header text (a block with no number at all), not a wrapped part of its neighbour's label.
 * Dropping it would turn "could not read a value" into "the row is missing".
 */
class BlankRowTest {
    private static String table(String block5, String block6) {
        return String.join("\n",
                "青禾市溪南区教育局2022年政府信息公开工作年度报告",
                "二、主动公开政府信息情况",
                "第二十条第（一）项",
                "",
                "信息内容                 本年制发件数          本年废止件数         现行有效件数",
                "规章                     0                     0                    0",
                "",
                "行政规范性文件           5                     3                    60",
                "",
                "第二十条第（五）项",
                "",
                block5,
                "",
                "第二十条第（六）项",
                "",
                block6,
                "",
                "三、收到和处理政府信息公开申请情况",
                "") + "\f";
    }

    private static final String HEADER = "信息内容                 本年处理决定数量";

    @Test
    void aBlockWhoseOnlyRowIsBlankKeepsTheRowUnderItsHeader() {
        List<List<String>> rows = rows(table(HEADER + "\n行政许可", HEADER + "\n行政处罚                 188\n\n行政强制                 24"));
        assertThat(rows).containsSubsequence(
                List.of("第二十条第（五）项"), List.of("信息内容", "本年处理决定数量"), List.of("行政许可", ""),
                List.of("第二十条第（六）项"), List.of("信息内容", "本年处理决定数量"), List.of("行政处罚", "188"), List.of("行政强制", "24"));
    }

    @Test
    void aBlankRowAboveOrBelowRowsWithValuesIsARowOfItsOwn() {
        String five = HEADER + "\n行政许可                 7";
        assertThat(rows(table(five, HEADER + "\n行政处罚\n\n\n行政强制                 24")))
                .containsSubsequence(List.of("信息内容", "本年处理决定数量"), List.of("行政处罚", ""), List.of("行政强制", "24"));
        assertThat(rows(table(five, HEADER + "\n行政处罚                 188\n\n\n行政强制")))
                .containsSubsequence(List.of("信息内容", "本年处理决定数量"), List.of("行政处罚", "188"), List.of("行政强制", ""));
    }

    @Test
    void theLabelColumnsOwnHeaderTallerThanTheColumnHeadersIsStillHeader() {
        // the label column's header starts above the column headers' last line and wraps on below it
        String block = String.join("\n",
                "信息内容（按决定",
                "机关统计，单位：        本年处理决定数量",
                "件）",
                "行政处罚                 188");
        List<List<String>> rows = rows(table(HEADER + "\n行政许可                 7", block));
        assertThat(rows).containsSubsequence(List.of("第二十条第（六）项"), List.of("信息内容（按决定机关统计，单位：件）", "本年处理决定数量"),
                List.of("行政处罚", "188"));
        assertThat(rows).noneMatch(r -> r.get(0).equals("件）"));
    }

    private static List<List<String>> rows(String text) {
        return new LayoutTextReader().read(text.getBytes(StandardCharsets.UTF_8), "x.txt").blocks.stream()
                .filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b)
                .flatMap(g -> g.rows().stream()).map(Block.GridRow::texts).toList();
    }
}

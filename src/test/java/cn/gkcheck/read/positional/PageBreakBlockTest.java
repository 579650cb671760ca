package cn.gkcheck.read.positional;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.read.Block;
import cn.gkcheck.read.LayoutTextReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code pdftotext -layout} lays out each page's columns by itself: a one-column 第二十条 block
 * continued on the next page has its numbers at another character column there. The rows on the
 * next page are still rows of the same one column, not a second column of numbers.
 */
class PageBreakBlockTest {
    private static final String TEXT = String.join("\n",
            "青禾市溪南区教育局2020年政府信息公开工作年度报告",
            "二、主动公开政府信息情况",
            "第二十条第（一）项",
            "",
            "信息内容                 本年制发件数          本年废止件数         现行有效件数",
            "规章                     0                     0                    0",
            "",
            "行政规范性文件           1                     0                    7",
            "",
            "第二十条第（六）项",
            "",
            "信息内容                    本年处理决定数量",
            "",
            "行政处罚                    337",
            "\f行政强制                             6",
            "",
            "第二十条第（八）项",
            "",
            "信息内容                             本年收费金额（单位：万元）",
            "行政事业性收费                       0",
            "",
            "三、收到和处理政府信息公开申请情况",
            "") + "\f";

    @Test
    void aOneColumnBlockContinuedOnTheNextPageKeepsItsOneColumn() {
        List<Block.GridRow> rows = new LayoutTextReader().read(TEXT.getBytes(StandardCharsets.UTF_8), "x.txt").blocks.stream()
                .filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).flatMap(g -> g.rows().stream()).toList();
        assertThat(rows.stream().map(Block.GridRow::texts).toList()).containsSubsequence(
                List.of("第二十条第（六）项"), List.of("信息内容", "本年处理决定数量"), List.of("行政处罚", "337"), List.of("行政强制", "6"));
        assertThat(rows.stream().filter(r -> r.texts().contains("6")).flatMap(r -> r.cells().stream()))
                .allMatch(c -> c.placement() == null);
    }
}

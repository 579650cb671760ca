package cn.gkcheck.read.positional;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.read.Block;
import cn.gkcheck.read.LayoutTextReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row with one word in every column is placed word by word, the k-th word in the k-th column,
 * even where the columns as found put two of its words into one — and a word that is no number
 * ("若干" printed for a count) is one of those words. Here the 申请 table runs on to a page that
 * {@code pdftotext -layout} set narrower: brought into the first page's columns, the numbers stand
 * a little left of their flush-left headers.
 */
class FullRowTest {
    private static final String TEXT = String.join("\n",
            "青禾镇人民政府2024年政府信息公开工作年度报告",
            "三、收到和处理政府信息公开申请情况",
            "                                                 申请人情况",
            "",
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）                     法人或其他组织",
            "                                                 自然人                                        总计",
            "                                                       商业企业   科研机构   社会公益组织   法律服务机构   其他",
            "",
            "一、本年新收政府信息公开申请数量                                 7     0      0      0        0        0    7",
            "",
            "二、上年结转政府信息公开申请数量                                 0     1      0      0        0        0    1",
            "",
            "三、本年度办理结果   （一）予以公开                              0     1      0      0        0        0    1",
            "",
            "            （三）不予公开   1.属于国家秘密                   0     0      0      0        0        0    0",
            "\f          2.其他法律行政法规禁止公开                          0   0   0   0    0   0   0",
            "",
            "          3.危及“三安全一稳定”                            0   0   0   若干   0   0   0",
            "",
            "          4.保护第三方合法权益                             0   0   0   0    0   0   0",
            "",
            "四、政府信息公开行政复议、行政诉讼情况",
            "") + "\f";

    @Test
    void aWordInEveryColumnIsPlacedWordByWordTextAndAll() {
        List<Block.GridRow> rows = new LayoutTextReader().read(TEXT.getBytes(StandardCharsets.UTF_8), "x.txt").blocks.stream()
                .filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).flatMap(g -> g.rows().stream()).toList();
        Block.GridRow row = rows.stream().filter(r -> r.texts().contains("若干")).findFirst().orElseThrow();
        List<Block.GridCell> values = row.cells().subList(row.cells().size() - 7, row.cells().size());
        assertThat(values).extracting(Block.GridCell::text).containsExactly("0", "0", "0", "若干", "0", "0", "0");
        assertThat(values).allMatch(c -> c.placement() == null);
    }
}

package cn.gkcheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.model.Source;
import cn.gkcheck.read.Block.GridRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTest {
    private static final Source S = Source.path("t");

    @Test
    void aMergedCellStandsUnderEveryColumnAndRowItCovers() {
        Grid g = new Grid(100);
        g.startRow();
        g.cell("申请人情况", S, 1, 2);
        g.cell("法人", S, 2, 1);
        g.endRow(S);
        g.startRow();
        g.cell("商业企业", S, 1, 1);
        g.cell("科研机构", S, 1, 1);
        g.endRow(S);
        List<GridRow> rows = g.rows();
        assertThat(rows.get(0).texts()).containsExactly("申请人情况", "法人", "法人");
        assertThat(rows.get(1).texts()).containsExactly("申请人情况", "商业企业", "科研机构");
        assertThat(rows.get(1).cells().get(0).spanned()).isTrue();
        assertThat(rows.get(0).cells().get(2).spanned()).isTrue();
    }

    @Test
    void absurdSpansAreCapped() {
        Grid g = new Grid(2000);
        g.startRow();
        g.cell("x", S, 999_999, 1);
        g.cell("y", S, 1, 1);
        g.endRow(S);
        assertThat(g.rows().get(0).cells()).hasSize(Grid.MAX_SPAN + 1);
    }

    @Test
    void wordMergesContinueTheCellAboveOrToTheLeft() {
        Grid g = new Grid(1000);
        g.startRow();
        g.cell("（三）不予公开", S, 1, 1);
        g.cell("1", S, 1, 1);
        g.endRow(S);
        g.startRow();
        assertThat(g.continueAbove(1)).isTrue();
        assertThat(g.continueLeft(1)).isTrue();
        assertThat(g.continueAbove(1)).isFalse(); // nothing above the third column
        g.endRow(S);
        assertThat(g.rows().get(1).texts()).containsExactly("（三）不予公开", "（三）不予公开");
    }
}

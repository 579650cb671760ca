package cn.gkcheck.read.positional;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.interpret.DocInterpreter;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import cn.gkcheck.read.Block;
import cn.gkcheck.read.Doc;
import cn.gkcheck.read.LayoutTextReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the rebuilder cannot tell which column a value stands in, the grid says so (unreadable,
 * with a reason in Chinese) instead of guessing: the table's cells are not checked, and the report
 * says once that the table could not be read — never that its values are missing or wrong.
 */
class UnalignedGridTest {
    private static String proactive(String row1, String row2) {
        return String.join("\n",
                "青禾市溪南区人民政府2023年政府信息公开工作年度报告",
                "二、主动公开政府信息情况",
                "第二十条第（一）项",
                "",
                row1,
                "",
                row2,
                "",
                "三、收到和处理政府信息公开申请情况",
                "") + "\f";
    }

    @Test
    void numbersUnderNoHeaderInARowThatLeavesColumnsBlankMakeTheGridUnreadable() {
        String text = proactive(cells("规章", 24, "0", 36, "0", 48, "3"), cells("行政规范性文件", 24, "5", 48, "48"));
        Block.Grid grid = grid(text);
        assertThat(grid.unreadable()).isEqualTo("表头无法识别，且有的行未填满各列（7），无法按位置确定数字所在的列");
        Report r = DocInterpreter.interpret(read(text));
        Table t = r.getTables().stream().filter(x -> x.getKey().equals("proactive")).findFirst().orElseThrow();
        assertThat(t.isReadWhole()).isFalse();
        assertThat(Engine.get().check(r)).extracting(Finding::getRule).contains("GK-IN-TABLE-UNCHECKED")
                .doesNotContain("GK-IN-TABLE-UNREADABLE", "GK-CMP-ROW", "GK-CELL-BLANK");
    }

    @Test
    void aTableReadWholeSaysNothing() {
        String text = proactive(cells("信息内容", 24, "本年制发件数", 36, "本年废止件数", 48, "现行有效件数"),
                cells("规章", 24, "0", 36, "0", 48, "3"));
        assertThat(grid(text).unreadable()).isNull();
    }

    /** A line of a character grid: the first text at column 0, each next one at the column given before it. */
    private static String cells(Object... parts) {
        StringBuilder sb = new StringBuilder((String) parts[0]);
        for (int i = 1; i < parts.length; i += 2) sb.append(" ".repeat((Integer) parts[i] - sb.length())).append((String) parts[i + 1]);
        return sb.toString();
    }

    private static Doc read(String text) {
        return new LayoutTextReader().read(text.getBytes(StandardCharsets.UTF_8), "x.txt");
    }

    private static Block.Grid grid(String text) {
        List<Block.Grid> grids = read(text).blocks.stream().filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).toList();
        assertThat(grids).hasSize(1);
        return grids.get(0);
    }
}

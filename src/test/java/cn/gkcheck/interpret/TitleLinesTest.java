package cn.gkcheck.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.read.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a title ends, and what is not one. */
class TitleLinesTest {
    private static Block.Para line(String text) {
        return new Block.Para(text, null);
    }

    @Test
    void aBracketAfterTheTitleMayQuote() {
        var f = TitleLines.find("2022年青山市教育局政府信息公开工作年度报告（以下简称“年报”）", List.of());
        assertThat(f.title()).isEqualTo("2022年青山市教育局政府信息公开工作年度报告（以下简称“年报”）");
        assertThat(f.rest()).isEmpty();
    }

    @Test
    void theBodyRunIntoTheTitlesLineIsKeptApart() {
        var f = TitleLines.find("2023年青山市教育局政府信息公开工作年度报告根据《条例》要求，编制本报告。", List.of());
        assertThat(f.title()).isEqualTo("2023年青山市教育局政府信息公开工作年度报告");
        assertThat(f.rest()).isEqualTo("根据《条例》要求，编制本报告。");
    }

    @Test
    void linesAreJoinedOnlyWhileTheTitleLacksItsOrganOrYear() {
        var f = TitleLines.find("年度报告", List.of(line("青山市教育局"), line("2023年政府信息公开工作")));
        assertThat(f.title()).isEqualTo("青山市教育局2023年政府信息公开工作年度报告");
        assertThat(f.joined()).isEqualTo(2);
        var whole = TitleLines.find("2023年青山市教育局政府信息公开工作年度报告", List.of(line("政务公开")));
        assertThat(whole.joined()).isZero();
    }

    @Test
    void aSentenceOfTheBodyIsNoTitle() {
        assertThat(TitleLines.find("本年度报告根据《条例》要求编制。", List.of(line("政务公开")))).isNull();
        assertThat(TitleLines.find("根据《中华人民共和国政府信息公开条例》要求，编制2023年度报告。", List.of())).isNull();
    }
}

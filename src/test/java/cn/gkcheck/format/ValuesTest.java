package cn.gkcheck.format;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.model.CellKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void aCellIsANumberADashABlankOrText() {
        assertThat(Values.kind("１２")).isEqualTo(CellKind.NUMBER);
        assertThat(Values.number("1,234")).isEqualByComparingTo("1234");
        assertThat(Values.number("+5")).isEqualByComparingTo("5");
        assertThat(Values.kind("－")).isEqualTo(CellKind.DASH);
        assertThat(Values.kind("无")).isEqualTo(CellKind.DASH);
        assertThat(Values.kind("　")).isEqualTo(CellKind.BLANK);
        assertThat(Values.kind("4h")).isEqualTo(CellKind.TEXT);
        assertThat(Values.readable("减4", true)).isEqualByComparingTo("-4");
        assertThat(Values.amount("156.04 万元")).isEqualByComparingTo(new BigDecimal("156.04"));
    }

    @Test
    void aLayoutFigureIsLenientAboutHowItIsPrinted() {
        assertThat(Values.isFigure("12%")).isTrue();
        assertThat(Values.isFigure("−3")).isTrue();
        assertThat(Values.isFigure("———")).isTrue();
        assertThat(Values.isNumberOrDash("12%")).isFalse();
        assertThat(Values.isFigureWithWord("1520件")).isTrue();
        assertThat(Values.isFigure("行政许可")).isFalse();
    }
}

package cn.gkcheck.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumeralTest {
    @Test
    void readsTheCountsReportsWrite() {
        assertThat(ChineseNumeral.parse("三")).isEqualTo(3);
        assertThat(ChineseNumeral.parse("两")).isEqualTo(2);
        assertThat(ChineseNumeral.parse("十")).isEqualTo(10);
        assertThat(ChineseNumeral.parse("十二")).isEqualTo(12);
        assertThat(ChineseNumeral.parse("二十")).isEqualTo(20);
        assertThat(ChineseNumeral.parse("三十七")).isEqualTo(37);
        assertThat(ChineseNumeral.parse("一百零五")).isEqualTo(105);
        assertThat(ChineseNumeral.parse("一百一十")).isEqualTo(110);
        assertThat(ChineseNumeral.parse("两千零三")).isEqualTo(2003);
    }

    @Test
    void refusesWhatIsNoCount() {
        assertThat(ChineseNumeral.parse("零")).isEqualTo(-1);
        assertThat(ChineseNumeral.parse("二三")).isEqualTo(-1);
        assertThat(ChineseNumeral.parse("十十")).isEqualTo(-1);
        assertThat(ChineseNumeral.parse("一百十")).isEqualTo(-1);
        assertThat(ChineseNumeral.parse("百")).isEqualTo(-1);
    }
}

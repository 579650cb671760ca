package cn.gkcheck.read.positional;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void aNumberWithAUnitIsStillACellValue() {
        assertThat(Text.isValue("1520")).isTrue();
        assertThat(Text.isValue("12.5")).isTrue();
        assertThat(Text.isValue("—")).isTrue();
        assertThat(Text.isValue("1520件")).isTrue();
        assertThat(Text.isValue("3个")).isTrue();
    }

    @Test
    void labelsAndHeadersAreNotValues() {
        assertThat(Text.isValue("3.其他")).isFalse();
        assertThat(Text.isValue("1.属于国家秘密")).isFalse();
        assertThat(Text.isValue("2、重复申请")).isFalse();
        assertThat(Text.isValue("本年处理决定数量")).isFalse();
        assertThat(Text.isValue("行政许可")).isFalse();
    }
}

package cn.gkcheck.read.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A table whose figures could not be cut still tells its format by the header words and row labels the reader saw. */
class UnreadableLayoutTest {

    private static Report read(String body) {
        String page = "标题：某局2022年政府信息公开工作年度报告\n发布时间：2023-01-10\n二、主动公开政府信息情况 "
                + "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件10058 " + body + "\n";
        return Readers.read(page.getBytes(StandardCharsets.UTF_8), "page.txt");
    }

    @Test
    void anUnreadableTableWithTheNewColumnsIsOfThe2021Layout() {
        Report r = read("第二十条第（五）项信息内容本年处理决定数量行政许可1709");
        assertThat(r.table("proactive").orElseThrow().isReadWhole()).isFalse();
        assertThat(r.getFormatVersion()).isEqualTo("2021");
    }

    @Test
    void anUnreadableTableWithA2019RowUnderTheNewColumnsIsMixed() {
        Report r = read("第二十条第（五）项信息内容本年处理决定数量行政许可1709其他对外管理服务事项12");
        assertThat(r.table("proactive").orElseThrow().isReadWhole()).isFalse();
        assertThat(r.table("proactive").orElseThrow().getLayout()).isEqualTo("mixed");
        assertThat(r.getFormatVersion()).isEqualTo("mixed");
    }
}

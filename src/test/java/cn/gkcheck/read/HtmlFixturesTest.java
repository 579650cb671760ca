package cn.gkcheck.read;

import cn.gkcheck.model.GuessKind;
import static cn.gkcheck.read.HtmlExpected.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.read.Block.GridCell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-made report pages of fixtures/html: every paragraph and every grid cell. */
class HtmlFixturesTest {

    static Doc read(String name) throws Exception {
        return new HtmlReader().read(Files.readAllBytes(Path.of("fixtures/html", name)), name);
    }

    static void assertStandardReport(Doc d, String organ) {
        assertThat(d.problems).isEmpty();
        assertThat(d.inputKind).isEqualTo("html");
        assertThat(paras(d)).containsExactlyElementsOf(reportParas(organ));
        assertThat(shape(d)).isEqualTo("PPPPPGPGPGPPPPPP");
        List<Block.Grid> g = grids(d);
        assertThat(texts(g.get(0))).isEqualTo(PROACTIVE);
        assertThat(texts(g.get(1))).isEqualTo(requests(REQUESTS));
        assertThat(texts(g.get(2))).isEqualTo(APPEALS);
    }

    @Test
    void utf8PortalPageKeepsOnlyTheReport() throws Exception {
        Doc d = read("utf8-portal-page.html");
        assertStandardReport(d, "青山县市场监督管理局");
        assertThat(d.encoding).isEqualTo("UTF-8");
        assertThat(d.guesses).isEmpty();
        // 发布日期 in the article's info line; not 成文日期 (01-22), not the footer's 2020 date, not a related link's date
        assertThat(d.published).isEqualTo(LocalDate.of(2024, 1, 25));
        String all = String.join("\n", paras(d));
        assertThat(all).doesNotContain("首页", "当前位置", "相关链接", "2022年政府信息公开工作年度报告", "主办单位", "索引号", "浏览次数",
                "打印本页", "统计代码", "政府信息公开指南", "搜索");
        assertThat(((Block.Para) d.blocks.get(0)).source().getPath()).isEqualTo("body/div[3]/div[3]/h1[1]");
        Block.Grid requests = grids(d).get(1);
        assertThat(requests.source().getPath()).isEqualTo("body/div[3]/div[3]/div[2]/table[2]");
        GridCell total = requests.rows().get(26).cells().get(9);
        assertThat(total.text()).isEqualTo("47");
        assertThat(total.source().getPath()).isEqualTo("body/div[3]/div[3]/div[2]/table[2]/tr[27]/td[8]");
    }

    @Test
    void officialMergesExpandIntoTheRealGrid() throws Exception {
        Doc d = read("official-merges.html");
        assertStandardReport(d, "青山县交通运输局");
        assertThat(d.published).isEqualTo(LocalDate.of(2024, 1, 30));
        Block.Grid req = grids(d).get(1);
        // the 3-row header: note cell 3×3, 申请人情况 over 7, 法人或其他组织 over 5, 自然人/总计 down 2
        assertThat(spanned(req, 0)).containsExactly(false, true, true, false, true, true, true, true, true, true);
        assertThat(spanned(req, 1)).containsExactly(true, true, true, false, false, true, true, true, true, false);
        assertThat(spanned(req, 2)).containsExactly(true, true, true, true, false, false, false, false, false, true);
        // 三、本年度办理结果 down 22 rows, （三）不予公开 down 8
        assertThat(spanned(req, 5).subList(0, 3)).containsExactly(false, false, true);
        for (int r = 6; r <= 26; r++) assertThat(req.rows().get(r).cells().get(0).spanned()).isTrue();
        assertThat(spanned(req, 7).subList(0, 3)).containsExactly(true, false, false);
        for (int r = 8; r <= 14; r++) assertThat(spanned(req, r).subList(0, 3)).containsExactly(true, true, false);
        // a continuation points at the cell it continues
        assertThat(req.rows().get(20).cells().get(0).source().getPath()).endsWith("table[2]/tr[6]/td[1]");
        assertThat(req.rows().get(2).cells().get(3).source().getPath()).endsWith("table[2]/tr[2]/th[1]");
        // appeals: 3-level header
        Block.Grid app = grids(d).get(2);
        assertThat(spanned(app, 1).subList(0, 7)).containsExactly(false, false, false, false, false, false, true);
        assertThat(spanned(app, 2)).containsExactly(true, true, true, true, true, false, false, false, false, false, false, false, false, false, false);
        for (Block.GridRow r : req.rows()) assertThat(r.cells()).hasSize(10);
    }

    @Test
    void gbkDeclaredInMetaCharset() throws Exception {
        Doc d = read("gbk-declared.html");
        assertStandardReport(d, "青山县喆山镇人民政府");
        assertThat(d.encoding).isEqualTo("GBK");
        assertThat(d.guesses).isEmpty();
        assertThat(d.published).isEqualTo(LocalDate.of(2024, 1, 28));
        assertThat(String.join("", paras(d))).doesNotContain("位置", "网站首页", "版权所有", "点击数");
    }

    @Test
    void gb18030WithoutAnyDeclarationIsDetected() throws Exception {
        Doc d = read("gb18030-undeclared.html");
        assertStandardReport(d, "青山县䶮溪街道办事处");
        assertThat(d.encoding).isEqualTo("GB18030");
        assertThat(d.guesses).singleElement().satisfies(g -> {
            assertThat(g.getKind()).isEqualTo(GuessKind.ENCODING);
            assertThat(g.getRaw()).isEqualTo("GB18030");
            assertThat(g.getDetail()).contains("未声明");
        });
        assertThat(d.published).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(String.join("", paras(d))).doesNotContain("位置", "技术支持");
    }

    @Test
    void wordExportReadsLikeCleanHtml() throws Exception {
        Doc d = read("word-export.html");
        assertThat(d.problems).isEmpty();
        assertThat(d.encoding).isEqualTo("GB2312");
        assertThat(d.published).isNull();
        assertThat(paras(d)).containsExactly(
                "青山县统计局2023年政府信息公开工作年度报告",
                "本报告根据《中华人民共和国政府信息公开条例》第五十条规定编制。本报告所列数据的统计期限为2023年1月1日至2023年12月31日。",
                "一、总体情况", "2023年，本局共收到政府信息公开申请12件，全部办结。",
                "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "主动公开的深度和广度有待加强。", "六、其他需要报告的事项", "本年度未收取信息处理费。");
        assertThat(shape(d)).isEqualTo("PPPPPGPGPGPPPP");
        List<Block.Grid> g = grids(d);
        assertThat(texts(g.get(0))).isEqualTo(proactive(new String[] {"", "", ""}, new String[] {"1", "0", "4"}, "", "12", "0", "0"));
        // all-zero rows the author left blank (&nbsp;) stay blank; Word's height=0 width row is not a row
        String[][] values = table(
                "40 5 0 1 2 0 48", "3 1 0 0 0 0 4",
                "20 3 0 1 1 0 25", "5 1 0 0 0 0 6",
                "0 0 0 0 0 0 0", "-", "1 0 0 0 0 0 1", "2 0 0 0 0 0 2",
                "-", "1 0 0 0 0 0 1", "-", "-",
                "6 1 0 0 1 0 8", "-", "1 0 0 0 0 0 1",
                "1 0 0 0 0 0 1", "1 0 0 0 0 0 1", "-", "-", "-",
                "1 0 0 0 0 0 1", "-", "-",
                "39 5 0 1 2 0 47", "4 1 0 0 0 0 5");
        assertThat(texts(g.get(1))).isEqualTo(requests(values));
        assertThat(texts(g.get(2))).isEqualTo(appeals("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"));
    }

    static List<Boolean> spanned(Block.Grid g, int row) {
        return g.rows().get(row).cells().stream().map(GridCell::spanned).toList();
    }
}

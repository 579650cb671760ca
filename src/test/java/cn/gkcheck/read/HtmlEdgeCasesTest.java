package cn.gkcheck.read;

import cn.gkcheck.model.GuessKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Encodings, dates and table shapes the fixtures do not cover, built in the test. */
class HtmlEdgeCasesTest {

    static final Charset GBK = Charset.forName("GBK");

    static Doc read(byte[] b) {
        return new HtmlReader().read(b, "t.html");
    }

    static Doc read(String html) {
        return read(html.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> paras(Doc d) {
        return HtmlExpected.paras(d);
    }

    static final String PAGE = "<html><head>%s<title>t</title></head><body><div><h1>某某县人民政府2023年政府信息公开工作年度报告</h1>"
            + "<p>一、总体情况</p><p>“三安全一稳定”喆</p></div></body></html>";

    @Test
    void gbkBytesEncodedHereWithAMetaHttpEquivDeclaration() {
        byte[] b = PAGE.formatted("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">").getBytes(GBK);
        Doc d = read(b);
        assertThat(d.encoding).isEqualTo("GB2312");
        assertThat(d.guesses).isEmpty();
        assertThat(paras(d)).containsExactly("某某县人民政府2023年政府信息公开工作年度报告", "一、总体情况", "“三安全一稳定”喆");
    }

    @Test
    void undeclaredGbkIsReadAsGb18030WithAGuess() {
        Doc d = read(PAGE.formatted("").getBytes(GBK));
        assertThat(d.encoding).isEqualTo("GB18030");
        assertThat(d.guesses).singleElement().satisfies(g -> assertThat(g.getKind()).isEqualTo(GuessKind.ENCODING));
        assertThat(paras(d)).contains("“三安全一稳定”喆");
    }

    @Test
    void undeclaredUtf8IsDetectedAndSaid() {
        Doc d = read(PAGE.formatted(""));
        assertThat(d.encoding).isEqualTo("UTF-8");
        assertThat(d.guesses).singleElement().satisfies(g -> assertThat(g.getDetail()).contains("未声明", "UTF-8"));
    }

    @Test
    void bomWinsOverADeclaration() {
        byte[] body = PAGE.formatted("<meta charset=\"gbk\">").getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF; b[1] = (byte) 0xBB; b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        Doc d = read(b);
        assertThat(d.encoding).isEqualTo("UTF-8");
        assertThat(d.guesses).isEmpty();
        assertThat(paras(d)).contains("“三安全一稳定”喆");
    }

    @Test
    void declarationsThatContradictTheBytes() {
        Doc utf8SaidGbk = read(PAGE.formatted("<meta charset=\"gb2312\">"));
        assertThat(utf8SaidGbk.encoding).isEqualTo("UTF-8");
        assertThat(utf8SaidGbk.guesses).singleElement().satisfies(g -> assertThat(g.getDetail()).contains("gb2312"));
        assertThat(paras(utf8SaidGbk)).contains("“三安全一稳定”喆");

        Doc gbkSaidUtf8 = read(PAGE.formatted("<meta charset=\"utf-8\">").getBytes(GBK));
        assertThat(gbkSaidUtf8.encoding).isEqualTo("GB18030");
        assertThat(gbkSaidUtf8.guesses).hasSize(1);
        assertThat(paras(gbkSaidUtf8)).contains("“三安全一稳定”喆");
    }

    @Test
    void publicationDateSources() {
        String body = "<body><h1>某局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>2024年1月5日</p></body>";
        assertThat(read("<html><head><meta property=\"article:published_time\" content=\"2024-02-03T08:00:00+08:00\"></head>" + body + "</html>").published)
                .isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(read("<html><head><meta name=\"PubDate\" content=\"20240204\"></head>" + body + "</html>").published)
                .isEqualTo(LocalDate.of(2024, 2, 4));
        assertThat(read("<html><body><div class=\"meta\">成文日期：2024年02月05日</div>" + body.substring(6)).published)
                .isEqualTo(LocalDate.of(2024, 2, 5));
        // the report's own signature date is not a publication date; a link's date is not this page's
        assertThat(read("<html>" + body.replace("</body>", "<ul><li><a href=x>发布日期：2023-01-01 旧年报</a></li></ul></body>") + "</html>").published).isNull();
        // 发布日期 wins over 成文日期 and over a wrong-looking meta
        assertThat(read("<html><head><meta name=\"PubDate\" content=\"2024-02-07\"></head><body><p>成文日期：2024-02-01 发布日期：2024-02-06</p>"
                + body.substring(6) + "</html>").published).isEqualTo(LocalDate.of(2024, 2, 6));
    }

    @Test
    void oddSpansHiddenCellsAndShortRows() {
        String html = "<table>"
                + "<tr><td rowspan=\"0\">全高</td><td colspan=\"abc\">x</td><td colspan=\"2px\">宽</td></tr>"
                + "<tr><td>a</td></tr>"
                + "<tr style=\"display:none\"><td>隐藏</td></tr>"
                + "<tr><td>b</td><td>c</td><td>d</td><td>e</td></tr>"
                + "</table>";
        Doc d = read("<html><body>" + html + "</body></html>");
        Block.Grid g = (Block.Grid) d.blocks.get(0);
        assertThat(HtmlExpected.texts(g)).containsExactly(
                List.of("全高", "x", "宽", "宽"),
                List.of("全高", "a"),
                List.of("全高", "b", "c", "d", "e"));
    }

    @Test
    void layoutTablesAreContainersAndFramesAreNotGrids() {
        String html = "<table><tr><td><p>某局2023年政府信息公开工作年度报告</p>"
                + "<table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>"
                + "<table><tr><td>一个单元格的边框里的一段话</td></tr></table></td></tr></table>";
        Doc d = read("<html><body>" + html + "</body></html>");
        assertThat(HtmlExpected.shape(d)).isEqualTo("PGP");
        assertThat(paras(d)).containsExactly("某局2023年政府信息公开工作年度报告", "一个单元格的边框里的一段话");
    }

    @Test
    void whitespaceAsABrowserShowsIt() {
        Doc d = read("<html><body><p>本年新收政府信息公开\n   申请数量 <span>&nbsp;</span></p><p>共 12\n件</p><p>\u3000\u3000首行缩进</p>"
                + "<table><tr><td>&nbsp;</td><td> 法人或其他<br>组织 </td><td>1<br>2</td></tr><tr><td>x</td><td>y</td><td>z</td></tr></table></body></html>");
        assertThat(paras(d)).containsExactly("本年新收政府信息公开申请数量", "共 12 件", "首行缩进");
        assertThat(((Block.Grid) d.blocks.get(3)).rows().get(0).texts()).containsExactly("", "法人或其他组织", "1 2");
    }

    @Test
    void garbageNeverThrows() throws Exception {
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 30; i++) {
            byte[] b = new byte[rnd.nextInt(3000) + 1];
            rnd.nextBytes(b);
            assertThat(read(b)).isNotNull();
        }
        assertThat(read(new byte[0]).problems).extracting(p -> p.getKind()).containsExactly("empty");
        String deep = "<div>".repeat(5000) + "深" + "</div>".repeat(5000);
        assertThat(read("<html><body>" + deep + "</body></html>")).isNotNull();
        byte[] portal = Files.readAllBytes(Path.of("fixtures/html/utf8-portal-page.html"));
        assertThat(read(java.util.Arrays.copyOf(portal, portal.length / 2)).problems).isEmpty();
    }
}

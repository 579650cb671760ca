package cn.gkcheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.model.Source;
import cn.gkcheck.read.Block.GridCell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The blank 2021 Word template: every official label, every merge resolved, every data cell blank. */
class DocxTemplateTest {

    static Doc doc;
    static List<Block.Grid> grids;

    @BeforeAll
    static void read() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("fixtures/samples/template-2021-blank.docx"));
        doc = new DocxReader().read(bytes, "template-2021-blank.docx");
        grids = doc.blocks.stream().filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).toList();
    }

    static List<String> n(String s, int times) {
        return Collections.nCopies(times, s);
    }

    static List<String> row(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof List<?> l) l.forEach(o -> out.add((String) o));
            else out.add((String) p);
        }
        return out;
    }

    @Test
    void readsWithoutProblemsAndKeepsDocumentOrder() {
        assertThat(doc.problems).isEmpty();
        assertThat(doc.inputKind).isEqualTo("docx");
        assertThat(grids).hasSize(3);
        List<String> paras = doc.blocks.stream().filter(b -> b instanceof Block.Para).map(b -> ((Block.Para) b).text()).toList();
        assertThat(paras).containsExactly("政府信息公开工作年度报告格式模板", "一、总体情况", "（文字描述）", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "（文字描述）",
                "六、其他需要报告的事项", "（文字描述，收取信息处理费情况在此处报告。）");
        // headings sit before their tables
        int h2 = indexOfPara("二、主动公开政府信息情况"), h3 = indexOfPara("三、收到和处理政府信息公开申请情况"),
                h4 = indexOfPara("四、政府信息公开行政复议、行政诉讼情况"), h5 = indexOfPara("五、存在的主要问题及改进情况");
        assertThat(doc.blocks.indexOf(grids.get(0))).isBetween(h2, h3);
        assertThat(doc.blocks.indexOf(grids.get(1))).isBetween(h3, h4);
        assertThat(doc.blocks.indexOf(grids.get(2))).isBetween(h4, h5);
        Source p = ((Block.Para) doc.blocks.get(0)).source();
        assertThat(p.getPath()).isEqualTo("p[2]");
    }

    int indexOfPara(String text) {
        for (int i = 0; i < doc.blocks.size(); i++) if (doc.blocks.get(i) instanceof Block.Para p && p.text().equals(text)) return i;
        return -1;
    }

    @Test
    void proactiveTable() {
        List<List<String>> expected = List.of(
                n("第二十条第（一）项", 4),
                row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                row("规章", "", "", ""),
                row("行政规范性文件", "", "", ""),
                n("第二十条第（五）项", 4),
                row("信息内容", n("本年处理决定数量", 3)),
                row("行政许可", "", "", ""),
                n("第二十条第（六）项", 4),
                row("信息内容", n("本年处理决定数量", 3)),
                row("行政处罚", "", "", ""),
                row("行政强制", "", "", ""),
                n("第二十条第（八）项", 4),
                row("信息内容", n("本年收费金额（单位：万元）", 3)),
                row("行政事业性收费", "", "", ""));
        assertThat(texts(grids.get(0))).isEqualTo(expected);
        // gridSpan: first position its own cell, the rest continuations of it
        assertThat(spanned(grids.get(0), 0)).containsExactly(false, true, true, true);
        assertThat(spanned(grids.get(0), 5)).containsExactly(false, false, true, true);
        assertThat(spanned(grids.get(0), 2)).containsExactly(false, false, false, false);
        GridCell c = grids.get(0).rows().get(1).cells().get(3);
        assertThat(c.source().getTable()).isEqualTo(1);
        assertThat(c.source().getRow()).isEqualTo(2);
        assertThat(c.source().getCell()).isEqualTo(4);
    }

    static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    static final String R3 = "三、本年度办理结果";

    @Test
    void requestsTable() {
        List<String> blank = n("", 7);
        List<List<String>> expected = List.of(
                row(n(NOTE, 3), n("申请人情况", 7)),
                row(n(NOTE, 3), "自然人", n("法人或其他组织", 5), "总计"),
                row(n(NOTE, 3), "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                row(n("一、本年新收政府信息公开申请数量", 3), blank),
                row(n("二、上年结转政府信息公开申请数量", 3), blank),
                row(R3, n("（一）予以公开", 2), blank),
                row(R3, n("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2), blank),
                row(R3, "（三）不予公开", "1.属于国家秘密", blank),
                row(R3, "（三）不予公开", "2.其他法律行政法规禁止公开", blank),
                row(R3, "（三）不予公开", "3.危及“三安全一稳定”", blank),
                row(R3, "（三）不予公开", "4.保护第三方合法权益", blank),
                row(R3, "（三）不予公开", "5.属于三类内部事务信息", blank),
                row(R3, "（三）不予公开", "6.属于四类过程性信息", blank),
                row(R3, "（三）不予公开", "7.属于行政执法案卷", blank),
                row(R3, "（三）不予公开", "8.属于行政查询事项", blank),
                row(R3, "（四）无法提供", "1.本机关不掌握相关政府信息", blank),
                row(R3, "（四）无法提供", "2.没有现成信息需要另行制作", blank),
                row(R3, "（四）无法提供", "3.补正后申请内容仍不明确", blank),
                row(R3, "（五）不予处理", "1.信访举报投诉类申请", blank),
                row(R3, "（五）不予处理", "2.重复申请", blank),
                row(R3, "（五）不予处理", "3.要求提供公开出版物", blank),
                row(R3, "（五）不予处理", "4.无正当理由大量反复申请", blank),
                row(R3, "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", blank),
                row(R3, "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", blank),
                row(R3, "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", blank),
                row(R3, "（六）其他处理", "3.其他", blank),
                row(R3, n("（七）总计", 2), blank),
                row(n("四、结转下年度继续办理", 3), blank));
        assertThat(texts(grids.get(1))).isEqualTo(expected);
        // every data cell (rows 一 … 四, the 7 applicant columns) is blank
        for (int r = 3; r < expected.size(); r++) {
            assertThat(texts(grids.get(1)).get(r).subList(3, 10)).as("row %d", r + 1).allMatch(String::isEmpty);
        }
        // vMerge: continuation rows carry the label, marked spanned, sourced at the restart cell
        assertThat(spanned(grids.get(1), 1)).containsExactly(true, true, true, false, false, true, true, true, true, false);
        assertThat(spanned(grids.get(1), 2)).containsExactly(true, true, true, true, false, false, false, false, false, true);
        assertThat(spanned(grids.get(1), 5).subList(0, 3)).containsExactly(false, false, true);
        assertThat(spanned(grids.get(1), 8).subList(0, 3)).containsExactly(true, true, false);
        GridCell group = grids.get(1).rows().get(8).cells().get(1);
        assertThat(group.source().getRow()).isEqualTo(8);
        assertThat(grids.get(1).rows().get(12).cells().get(0).source().getRow()).isEqualTo(6);
    }

    @Test
    void appealsTable() {
        List<String> results = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        List<List<String>> expected = List.of(
                row(n("行政复议", 5), n("行政诉讼", 10)),
                row(results, n("未经复议直接起诉", 5), n("复议后起诉", 5)),
                row(results, results, results),
                n("", 15));
        assertThat(texts(grids.get(2))).isEqualTo(expected);
        assertThat(spanned(grids.get(2), 2).subList(0, 6)).containsExactly(true, true, true, true, true, false);
    }

    static List<List<String>> texts(Block.Grid g) {
        return g.rows().stream().map(Block.GridRow::texts).toList();
    }

    static List<Boolean> spanned(Block.Grid g, int row) {
        return g.rows().get(row).cells().stream().map(GridCell::spanned).toList();
    }
}

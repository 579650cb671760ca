package cn.gkcheck.read;

import cn.gkcheck.interpret.Readers;
import static cn.gkcheck.read.DocxFiles.docx;
import static cn.gkcheck.read.DocxFiles.p;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word structures real reports use: list numbering, legacy merges, gridBefore, content controls, line breaks. */
class DocxStructureTest {

    static final String NUMBERING = """
            <w:abstractNum w:abstractNumId="0">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
              <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>""";

    static String numbered(int level, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    static List<String> paras(Doc d) {
        return d.blocks.stream().filter(b -> b instanceof Block.Para).map(b -> ((Block.Para) b).text()).toList();
    }

    @Test
    void listNumberingIsPrintedBeforeTheText() {
        String body = numbered(0, "总体情况") + numbered(1, "主动公开") + numbered(1, "依申请公开") + numbered(2, "第一点")
                + numbered(0, "主动公开政府信息情况") + numbered(1, "规章") + numbered(0, "收到和处理政府信息公开申请情况");
        Doc d = new DocxReader().read(docx(body, NUMBERING), "n.docx");
        assertThat(d.problems).isEmpty();
        assertThat(paras(d)).containsExactly("一、总体情况", "（一）主动公开", "（二）依申请公开", "1.第一点",
                "二、主动公开政府信息情况", "（一）规章", "三、收到和处理政府信息公开申请情况");
    }

    @Test
    void lineBreaksSplitProseButNotCellLabels() {
        String body = "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>"
                + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr><w:tc><w:p><w:r><w:t>商业</w:t></w:r></w:p><w:p><w:r><w:t>企业</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:p><w:r><w:t>三、本年度</w:t><w:br/><w:t>办理结果</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">\u3000 7 \u00A0</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        Doc d = new DocxReader().read(docx(body), "b.docx");
        assertThat(paras(d)).containsExactly("第一行", "第二行");
        Block.Grid g = (Block.Grid) d.blocks.get(2);
        assertThat(g.rows().get(0).texts()).containsExactly("商业企业", "12 3");
        assertThat(g.rows().get(1).texts()).containsExactly("三、本年度办理结果", "7");
    }

    @Test
    void gridBeforeLegacyHMergeAndVMergeAcrossASpan() {
        String tc = "<w:tc>%s<w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
        String body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr>" + tc.formatted("<w:tcPr><w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/></w:tcPr>", "合并")
                + tc.formatted("<w:tcPr><w:hMerge w:val=\"restart\"/></w:tcPr>", "横向") + tc.formatted("<w:tcPr><w:hMerge/></w:tcPr>", "") + "</w:tr>"
                + "<w:tr>" + tc.formatted("<w:tcPr><w:gridSpan w:val=\"2\"/><w:vMerge/></w:tcPr>", "") + tc.formatted("", "a") + tc.formatted("", "b") + "</w:tr>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>" + tc.formatted("", "c") + tc.formatted("", "d") + "</w:tr>"
                + "</w:tbl>";
        Doc d = new DocxReader().read(docx(body), "m.docx");
        Block.Grid g = (Block.Grid) d.blocks.get(0);
        assertThat(g.rows().get(0).texts()).containsExactly("合并", "合并", "横向", "横向");
        assertThat(g.rows().get(0).cells()).extracting(Block.GridCell::spanned).containsExactly(false, true, false, true);
        assertThat(g.rows().get(1).texts()).containsExactly("合并", "合并", "a", "b");
        assertThat(g.rows().get(1).cells()).extracting(Block.GridCell::spanned).containsExactly(true, true, false, false);
        assertThat(g.rows().get(1).cells().get(0).source().getRow()).isEqualTo(1);
        assertThat(g.rows().get(2).texts()).containsExactly("", "", "c", "d");
        assertThat(g.rows().get(2).cells().get(2).source().getCell()).isEqualTo(1);
    }

    @Test
    void blockContentControlsAreRead() {
        String body = "<w:sdt><w:sdtPr/><w:sdtContent>" + p("封面标题") + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                + "</w:sdtContent></w:sdt>" + p("正文");
        Doc d = new DocxReader().read(docx(body), "s.docx");
        assertThat(d.problems).isEmpty();
        assertThat(d.blocks).hasSize(3);
        assertThat(((Block.Para) d.blocks.get(0)).text()).isEqualTo("封面标题");
        assertThat(((Block.Grid) d.blocks.get(1)).rows().get(0).texts()).containsExactly("x", "y");
        assertThat(((Block.Para) d.blocks.get(2)).text()).isEqualTo("正文");
    }

    @Test
    void templateThroughTheInterpreterHasEveryRequestsAndProactiveCellBlank() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("fixtures/samples/template-2021-blank.docx"));
        Report r = Readers.read(bytes, "template-2021-blank.docx");
        assertThat(r.getFormatVersion()).isEqualTo("2021");
        assertThat(r.getMeta().getInputKind()).isEqualTo("docx");
        assertThat(r.getSections()).extracting(s -> s.getNumber()).containsExactly(1, 2, 3, 4, 5, 6);
        Table req = r.table("requests").orElseThrow();
        assertThat(req.getRowKeys()).containsExactlyElementsOf(HtmlEndToEndTest.REQUEST_ROWS);
        assertThat(req.getColumnKeys()).containsExactlyElementsOf(HtmlEndToEndTest.REQUEST_COLUMNS);
        for (String row : HtmlEndToEndTest.REQUEST_ROWS) {
            for (String col : HtmlEndToEndTest.REQUEST_COLUMNS) {
                assertThat(req.cell(row, col).map(Cell::getRaw)).as("%s/%s", row, col).contains("");
            }
        }
        Table pro = r.table("proactive").orElseThrow();
        assertThat(pro.getRowKeys()).contains("regulations", "normativeDocs", "licensing", "penalties", "enforcement", "fees");
        assertThat(pro.getCells()).allMatch(c -> c.getRaw().isEmpty());
    }
}

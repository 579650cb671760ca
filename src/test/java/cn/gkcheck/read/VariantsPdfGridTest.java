package cn.gkcheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PDF of fixtures/variants is drawn from the same table as the Markdown, so its grids must
 * hold the same texts row by row: one header cell per column, each row's own label cells (a
 * group label printed on every row is not joined), a value with a unit in its own cell. Trailing
 * blank cells are dropped: a Markdown caption row is padded to the table width, the PDF's is not.
 */
class VariantsPdfGridTest {
    @Test
    void pdfGridsHoldTheMarkdownTablesRowByRow() throws IOException {
        Doc md = new TextReader(true).read(Files.readAllBytes(VariantsTest.DIR.resolve("report.md")), "report.md");
        Doc pdf = new PdfReader().read(Files.readAllBytes(VariantsTest.DIR.resolve("report.pdf")), "report.pdf");
        assertThat(rows(pdf)).containsExactlyElementsOf(rows(md));
    }

    private static List<String> rows(Doc doc) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.blocks) {
            if (!(b instanceof Block.Grid g)) continue;
            for (Block.GridRow r : g.rows()) {
                List<String> t = new ArrayList<>(r.texts());
                while (!t.isEmpty() && t.get(t.size() - 1).isEmpty()) t.remove(t.size() - 1);
                out.add(String.join("|", t));
            }
        }
        return out;
    }
}

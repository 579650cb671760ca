package cn.gkcheck.read;

import cn.gkcheck.interpret.Readers;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.model.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One report rendered four ways (fixtures/variants: the Markdown, HTML made from it by
 * tools/render_variants.py, DOCX and PDF made from that by LibreOffice) must give the same cells
 * and the same findings from every reader. The report carries defects on purpose (a blank cell,
 * text in a number cell, a wrong total, a placeholder), so that "the same findings" means something.
 */
class VariantsTest {
    static final Path DIR = Path.of("fixtures/variants");

    @ParameterizedTest
    @ValueSource(strings = {"report.html", "report.docx", "report.pdf"})
    void everyReaderGivesTheCellsAndFindingsOfTheMarkdown(String variant) {
        Report md = Readers.read(DIR.resolve("report.md"));
        Report other = Readers.read(DIR.resolve(variant));
        assertThat(other.getFormatVersion()).isEqualTo(md.getFormatVersion());
        assertThat(other.getMeta().getOrgan()).isEqualTo(md.getMeta().getOrgan());
        assertThat(other.getMeta().getYear()).isEqualTo(md.getMeta().getYear());
        assertThat(other.getSections()).extracting(s -> s.getNumber()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(cells(other)).containsExactlyElementsOf(cells(md));
        assertThat(findings(other)).containsExactlyElementsOf(findings(md));
        // the blank cell's finding names the B2 and B3 it blocks (one defect, one finding)
        assertThat(findings(md)).containsExactly("GK-BAL-B4 error appeals/reconsideration",
                "GK-CELL-BLANK warning requests/withheld.7/natural", "GK-CELL-TEXT warning proactive/licensing/decisions",
                "GK-TXT-PLACEHOLDER error section 1");
    }

    /** Every cell by key, as printed and as read. */
    static List<String> cells(Report r) {
        return cn.gkcheck.FormComparison.cells(r, java.util.Set.of());
    }

    /** Rule, severity and canonical keys: the place in the file differs by nature between kinds. */
    static List<String> findings(Report r) {
        return cn.gkcheck.FormComparison.findings(r);
    }
}

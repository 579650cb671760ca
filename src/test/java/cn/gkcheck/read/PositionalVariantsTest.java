package cn.gkcheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tables are found by what they hold, not by the section heading before them. Each report of
 * fixtures/positional is a Markdown report with a defect of layout (四 printed before 三, headings
 * renamed, a 2022 report on the 2019-format tables, a row missing, a row added), rendered to PDF
 * (tools/render_variants.py + LibreOffice) and to text by {@code pdftotext -layout}. Both positioned
 * forms must give the Markdown's cells, and its findings apart from places and input notes
 * (GK-IN-*, which say how a file was read).
 */
class PositionalVariantsTest {
    static final Path DIR = Path.of("fixtures/positional");

    @ParameterizedTest
    @CsvSource({
        "swapped-sections, pdf", "swapped-sections, layout.txt",
        "renamed-headings, pdf", "renamed-headings, layout.txt",
        "2022-with-2019-tables, pdf", "2022-with-2019-tables, layout.txt",
        "missing-row, pdf", "missing-row, layout.txt",
        "extra-row, pdf", "extra-row, layout.txt"})
    void positionedFormsGiveTheCellsAndFindingsOfTheMarkdown(String name, String form) {
        Report md = Readers.read(DIR.resolve(name + ".md"));
        Report other = Readers.read(DIR.resolve(name + "." + form));
        assertThat(other.getProblems()).isEmpty();
        assertThat(other.getMeta().getInputKind()).isEqualTo(form.equals("pdf") ? "pdf" : "pdftext");
        assertThat(other.getFormatVersion()).isEqualTo(md.getFormatVersion());
        assertThat(other.getMeta().getYear()).isEqualTo(md.getMeta().getYear());
        assertThat(other.getSections()).extracting(s -> s.getNumber())
                .containsExactlyElementsOf(md.getSections().stream().map(s -> s.getNumber()).toList());
        assertThat(VariantsTest.cells(other)).containsExactlyElementsOf(VariantsTest.cells(md));
        assertThat(findings(other)).containsExactlyElementsOf(findings(md));
    }

    private static List<String> findings(Report r) {
        return VariantsTest.findings(r).stream().filter(f -> !f.startsWith("GK-IN-")).toList();
    }
}

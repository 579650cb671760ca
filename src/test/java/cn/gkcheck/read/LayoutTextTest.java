package cn.gkcheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text laid out by {@code pdftotext -layout} is read as positioned text: the same positional
 * rebuilder the PDF reader uses gives exactly the cells the PDF reader gives on the PDF, and the
 * same findings apart from where they stand (a file line instead of a page and line).
 */
class LayoutTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"fixtures/samples/huaian-city-2024", "fixtures/samples/hongze-district-2024", "fixtures/variants/report"})
    void layoutTextGivesTheCellsAndFindingsOfThePdf(String base) {
        Report pdf = Readers.read(Path.of(base + ".pdf"));
        Report text = Readers.read(Path.of(base + ".layout.txt"));
        assertThat(text.getMeta().getInputKind()).isEqualTo("pdftext");
        assertThat(text.getProblems()).isEmpty();
        assertThat(text.getMeta().getOrgan()).isEqualTo(pdf.getMeta().getOrgan());
        assertThat(text.getMeta().getYear()).isEqualTo(pdf.getMeta().getYear());
        assertThat(text.getFormatVersion()).isEqualTo(pdf.getFormatVersion());
        assertThat(text.getSections()).extracting(s -> s.getNumber()).containsExactlyElementsOf(
                pdf.getSections().stream().map(s -> s.getNumber()).toList());
        assertThat(VariantsTest.cells(text)).containsExactlyElementsOf(VariantsTest.cells(pdf));
        assertThat(VariantsTest.findings(text)).containsExactlyElementsOf(VariantsTest.findings(pdf));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixtures/samples/huaian-city-2024", "fixtures/samples/hongze-district-2024"})
    void findingsPointAtLinesOfTheTextFile(String base) {
        Report text = Readers.read(Path.of(base + ".layout.txt"));
        List<String> places = new ArrayList<>();
        text.getTables().forEach(t -> t.getCells().forEach(c -> {
            if (c.getSource() == null || c.getSource().getLine() == null || c.getSource().getPage() != null) places.add(c.key());
        }));
        assertThat(places).as("cells without a file line").isEmpty();
    }
}

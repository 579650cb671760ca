package cn.gkcheck.read;

import cn.gkcheck.interpret.DocInterpreter;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PDF → Doc → DocInterpreter → Report: every cell of the three tables equals the hand transcription. */
class PdfReaderEndToEndTest {

    @ParameterizedTest
    @ValueSource(strings = {"huaian-city-2024", "hongze-district-2024"})
    void everyReportCellEqualsTheTranscription(String sample) {
        Doc doc = new PdfReader().read(PdfSamples.pdf(sample), sample + ".pdf");
        Report report = DocInterpreter.interpret(doc);
        assertThat(report.getProblems()).isEmpty();
        List<String> wrong = new ArrayList<>();
        List<PdfSamples.Expected> expected = PdfSamples.cells(sample);
        for (PdfSamples.Expected e : expected) {
            String got = report.table(e.table()).flatMap(t -> t.cell(e.row(), e.column())).map(Cell::getRaw).orElse(null);
            if (!e.raw().equals(got)) wrong.add(e + " got " + got);
        }
        assertThat(wrong).isEmpty();
        // and no cell beyond the transcription
        int cells = 0;
        for (Table t : report.getTables()) cells += t.getCells().size();
        assertThat(cells).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"huaian-city-2024", "hongze-district-2024"})
    void cellsPointAtTheirPage(String sample) {
        Report report = DocInterpreter.interpret(new PdfReader().read(PdfSamples.pdf(sample), sample + ".pdf"));
        Cell c = report.table("requests").flatMap(t -> t.cell("new", "total")).orElseThrow();
        assertThat(c.getSource().getPage()).isEqualTo(sample.startsWith("huaian") ? 4 : 3);
        assertThat(c.getSource().getLine()).isPositive();
    }
}

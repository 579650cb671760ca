package cn.gkcheck.interpret;

import cn.gkcheck.model.GuessKind;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.Expectations;
import cn.gkcheck.check.Engine;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Placement;
import cn.gkcheck.model.Report;
import cn.gkcheck.read.Doc;
import cn.gkcheck.read.TextReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The source gate: a cell whose raw text is not at the place its source names is a guess, never evidence for an error. */
class SourceGateTest {
    private static final Path FIXTURE = Path.of("fixtures/rules/GK-BAL-B4/fires.md");

    @Test
    void everyCellOfACorrectReadIsFoundAtItsSource() throws Exception {
        Doc doc = new TextReader(true).read(Files.readAllBytes(FIXTURE), FIXTURE.toString());
        Report r = DocInterpreter.interpret(doc);
        assertThat(r.getGuesses()).isEmpty();
        assertThat(r.getTables()).flatMap(t -> t.getCells()).extracting(Cell::getPlacement).containsOnly(Placement.LABEL);
    }

    @Test
    void aReaderThatNamesTheWrongPlaceTurnsItsCellsIntoGuessesAndItsErrorsIntoWarnings() throws Exception {
        Doc doc = new TextReader(true).read(Files.readAllBytes(FIXTURE), FIXTURE.toString());
        SourceTextShift.shiftByOneLine(doc);
        Report r = DocInterpreter.interpret(doc);
        Cell total = r.table("appeals").orElseThrow().cell("reconsideration", "total").orElseThrow();
        assertThat(total.getPlacement()).isEqualTo(Placement.INFERRED);
        assertThat(r.getGuesses()).allMatch(g -> g.getKind() == GuessKind.CELL_POSITION && g.getDetail().contains("找不到"));
        // the B4 violation of this fixture now rests on cells whose place is not confirmed: a warning, not an error
        assertThat(Expectations.lines(Engine.get().check(r))).contains("GK-BAL-B4-UNCERTAIN warning appeals/reconsideration @79")
                .noneMatch(l -> l.contains(" error "));
    }

    /** Simulates a reader defect: every source points one line below where its text really stands. */
    static final class SourceTextShift {
        static void shiftByOneLine(Doc doc) {
            var original = doc.original;
            doc.original = s -> {
                if (s.getLine() == null) return null;
                return original.at(cn.gkcheck.model.Source.line(s.getLine() + 1));
            };
        }
    }
}

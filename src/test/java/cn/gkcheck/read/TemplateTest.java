package cn.gkcheck.read;

import cn.gkcheck.interpret.Readers;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.model.CellKind;
import cn.gkcheck.model.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The blank official 2021 template: every official row and column is mapped, every data cell blank and reported. */
class TemplateTest {
    @Test
    void theBlankTemplateIsTheWhole2021FormatWithEveryCellBlank() {
        Report r = Readers.read(Path.of("fixtures/samples/template-2021-blank.docx"));
        assertThat(r.getFormatVersion()).isEqualTo("2021");
        assertThat(r.table("proactive").orElseThrow().getRowKeys()).containsExactly(
                "regulations", "normativeDocs", "licensing", "penalties", "enforcement", "fees");
        assertThat(r.table("requests").orElseThrow().getRowKeys()).hasSize(25);
        assertThat(r.table("appeals").orElseThrow().getRowKeys()).hasSize(3);
        int cells = r.getTables().stream().mapToInt(t -> t.getCells().size()).sum();
        assertThat(cells).isEqualTo(10 + 25 * 7 + 15);
        assertThat(r.getTables().stream().flatMap(t -> t.getCells().stream())).allMatch(c -> c.getKind() == CellKind.BLANK);

        List<Finding> findings = Engine.get().check(r);
        // one habit, one finding per table: every blank cell listed in its table's GK-CELL-BLANK-MANY, no relation repeated
        List<Finding> many = findings.stream().filter(f -> f.getRule().equals("GK-CELL-BLANK-MANY")).toList();
        assertThat(many).extracting(f -> f.getLocation().getTable()).containsExactly("proactive", "requests", "appeals");
        assertThat(many.stream().mapToInt(f -> f.getEvidence().getOperands().size()).sum()).isEqualTo(cells);
        assertThat(findings).noneMatch(f -> f.getRule().equals("GK-CELL-BLANK"));
        assertThat(findings).noneMatch(f -> f.getCategory().equals("completeness") || f.getCategory().equals("format"));
        assertThat(findings).noneMatch(f -> f.getCategory().equals("balance"));
    }
}

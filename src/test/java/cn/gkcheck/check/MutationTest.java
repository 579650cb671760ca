package cn.gkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.format.ValueTypes;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.CellKind;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Row;
import cn.gkcheck.model.Table;
import cn.gkcheck.interpret.CellParser;
import cn.gkcheck.interpret.JsonReader;
import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutation tests on the clean 2021 fixture: one change at a time must be caught by the rule
 * that is there to catch it, and the finding must point at what changed.
 */
class MutationTest {
    static final Path CLEAN = Path.of("fixtures/clean/2023-xinan-district-government.md");
    static byte[] model;

    @BeforeAll
    static void readOnce() throws Exception {
        Report clean = Readers.read(CLEAN);
        assertThat(Engine.get().check(clean)).as("the clean fixture is clean").isEmpty();
        model = Json.MAPPER.writeValueAsBytes(clean);
    }

    static Report copy() {
        return JsonReader.read(model);
    }

    @Test
    void addingOneToAnyRequestOrAppealCellBreaksABalanceRuleThatNamesThatCell() {
        Report r = copy();
        int mutated = 0;
        for (String tableKey : List.of("requests", "appeals")) {
            for (Cell c : r.table(tableKey).orElseThrow().getCells()) {
                Report m = copy();
                Cell target = m.table(tableKey).orElseThrow().cell(c.getRow(), c.getColumn()).orElseThrow();
                assertThat(target.getKind()).isEqualTo(CellKind.NUMBER);
                CellParser.fill(target, target.getValue().add(java.math.BigDecimal.ONE).toPlainString(),
                        ValueTypes.of(tableKey, c.getColumn()));
                List<Finding> findings = Engine.get().check(m);
                assertThat(findings).as("+1 in " + c.key())
                        .anySatisfy(f -> {
                            assertThat(f.getCategory()).isEqualTo("balance");
                            assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
                            assertThat(f.getEvidence().getOutcome()).isEqualTo("violated");
                            assertThat(f.getEvidence().getOperands())
                                    .anyMatch(o -> o.getRow().equals(c.getRow()) && o.getColumn().equals(c.getColumn()));
                        });
                // the balance rules, and where the prose states that number, the prose rule: nothing else
                assertThat(findings).allMatch(f -> f.getCategory().equals("balance") || f.getCategory().equals("prose"));
                mutated++;
            }
        }
        assertThat(mutated).isEqualTo(25 * 7 + 15);
    }

    @Test
    void deletingAnyRowOfTheThreeTablesFiresTheRowRuleForThatRow() {
        int deleted = 0;
        for (Table t : copy().getTables()) {
            for (Row row : t.getRows()) {
                Report m = copy();
                Table mt = m.table(t.getKey()).orElseThrow();
                mt.getRows().removeIf(x -> x.getKey().equals(row.getKey()));
                mt.getCells().removeIf(x -> x.getRow().equals(row.getKey()));
                List<Finding> findings = Engine.get().check(m);
                assertThat(findings).as("without " + t.getKey() + "/" + row.getKey())
                        .anyMatch(f -> f.getRule().equals("GK-CMP-ROW") && t.getKey().equals(f.getLocation().getTable())
                                && row.getKey().equals(f.getLocation().getRow()));
                deleted++;
            }
        }
        assertThat(deleted).isEqualTo(6 + 25 + 3);
    }

    @Test
    void deletingAnySectionFromTheTextFiresTheSectionRule() throws Exception {
        List<String> lines = Arrays.asList(Files.readString(CLEAN, StandardCharsets.UTF_8).split("\n", -1));
        for (int n = 1; n <= 6; n++) {
            String numeral = "一二三四五六".substring(n - 1, n);
            int from = indexOf(lines, "## " + numeral + "、");
            int to = n == 6 ? lines.size() : indexOf(lines, "## " + "一二三四五六".charAt(n) + "、");
            List<String> cut = new ArrayList<>(lines.subList(0, from));
            cut.addAll(lines.subList(to, lines.size()));
            byte[] text = String.join("\n", cut).getBytes(StandardCharsets.UTF_8);
            final int number = n;
            assertThat(Engine.get().check(Readers.read(text, "without-" + n + ".md"))).as("without section " + n)
                    .anyMatch(f -> f.getRule().equals("GK-STR-SECTION-MISSING") && f.getLocation().getSection() == number);
        }
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        throw new AssertionError(prefix);
    }
}

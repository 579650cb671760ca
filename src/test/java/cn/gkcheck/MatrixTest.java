package cn.gkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Severity;
import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The defect matrix (fixtures/matrix, made by tools/gen_matrix.py): every report in seven forms,
 * checked against the generator's truth — every cell, and the findings (rule, severity, keys).
 * Input-category info findings (how a form was read) are left out of the comparison, and a table
 * a form reports unreadable (once, GK-IN-TABLE-UNREADABLE) counts as read neither right nor wrong:
 * its cells are not compared and no finding about it is expected.
 *
 * <p>The figures are printed per form. The test then compares the (report, form) pairs that differ
 * from the truth with {@code fixtures/matrix/known-gaps.txt}, both ways: a new difference fails, and
 * so does a gap that has closed but is still listed, so the list only shrinks. Run it on another
 * seed's matrix (the held-out one) with {@code -Dmatrix.dir=DIR}: then the figures are printed and
 * the gaps are not compared. {@code -Dmatrix.writeGaps=true} rewrites the list after a reader improved.
 */
class MatrixTest {
    static final List<String> FORMS = List.of("report.md", "report.html", "report.docx", "report.pdf", "report.layout.txt",
            "report.crawl.txt", "report.crawl-run.txt");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFormReadsTheTruth() throws IOException {
        String dir = System.getProperty("matrix.dir");
        Path matrix = Path.of(dir == null ? "fixtures/matrix" : dir);
        List<Path> reports;
        try (Stream<Path> s = Files.list(matrix)) {
            reports = s.filter(p -> Files.isRegularFile(p.resolve("truth.json"))).sorted().toList();
        }
        assertThat(reports).hasSizeGreaterThanOrEqualTo(40);

        Map<String, Figures> byForm = new TreeMap<>();
        Set<String> gaps = new TreeSet<>();
        for (Path report : reports) {
            JsonNode truth = JSON.readTree(report.resolve("truth.json").toFile());
            for (String form : FORMS) {
                Path file = report.resolve(form);
                if (!Files.exists(file)) continue;
                Outcome o = compare(truth, file);
                byForm.computeIfAbsent(form, k -> new Figures()).add(truth.get("correct").asBoolean(), o);
                if (!o.exact()) gaps.add(report.getFileName() + " " + form + "  " + o.summary());
            }
        }
        System.out.println(Figures.table(byForm));
        if (dir != null) return;
        if (System.getProperty("matrix.writeGaps") != null) { // after a reader improved: list what still differs, review the diff
            List<String> lines = new ArrayList<>(List.of("# (report, form) pairs that still differ from the truth, written by",
                    "# mvn test -Dtest=MatrixTest -Dmatrix.writeGaps=true — review the diff: the list may only shrink"));
            for (String g : gaps) lines.add(g.length() > 300 ? g.substring(0, 300) + " …" : g);
            Files.write(matrix.resolve("known-gaps.txt"), lines, StandardCharsets.UTF_8);
            return;
        }

        Set<String> known = new TreeSet<>();
        for (String line : Files.readAllLines(matrix.resolve("known-gaps.txt"), StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) known.add(t.split("\\s+")[0] + " " + t.split("\\s+")[1]);
        }
        Set<String> found = new TreeSet<>();
        for (String g : gaps) found.add(g.split("\\s+")[0] + " " + g.split("\\s+")[1]);
        List<String> newGaps = gaps.stream().filter(g -> !known.contains(g.split("\\s+")[0] + " " + g.split("\\s+")[1])).toList();
        List<String> closed = known.stream().filter(k -> !found.contains(k)).toList();
        assertThat(newGaps).as("(report, form) pairs that differ from the truth and are not in known-gaps.txt").isEmpty();
        assertThat(closed).as("gaps that have closed: remove them from known-gaps.txt").isEmpty();
    }

    /** What one form of one report gave, against the truth. */
    record Outcome(int cellsEqual, int cellsTotal, int unreadableTables, List<String> missing, List<String> extra,
                   boolean correctReport, int defects, int findings) {
        boolean exact() {
            return cellsEqual == cellsTotal && missing.isEmpty() && extra.isEmpty();
        }

        long unexplainedErrors() {
            return extra.stream().filter(e -> e.split(" ")[1].equals("error")).count();
        }

        String summary() {
            List<String> parts = new ArrayList<>();
            if (cellsEqual < cellsTotal) parts.add("cells " + cellsEqual + "/" + cellsTotal);
            if (unreadableTables > 0) parts.add(unreadableTables + " table(s) unreadable");
            if (!missing.isEmpty()) parts.add("missing " + missing);
            if (!extra.isEmpty()) parts.add("extra " + extra);
            return String.join("; ", parts);
        }
    }

    static Outcome compare(JsonNode truth, Path file) {
        Report r = Readers.read(file);
        List<Finding> findings = Engine.get().check(r);

        Map<String, String> want = new TreeMap<>();
        for (JsonNode c : truth.get("cells")) {
            if (c.get("row").asText().startsWith("extra.")) continue; // a row the format has not: no canonical key to hold it
            want.put(c.get("table").asText() + "/" + c.get("row").asText() + "/" + c.get("column").asText(), c.get("raw").asText());
        }
        Map<String, String> got = new TreeMap<>();
        Set<String> unreadable = new TreeSet<>();
        for (Table t : r.getTables()) {
            if (!t.isReadWhole()) unreadable.add(t.getKey());
            for (Cell c : t.getCells()) got.put(c.key(), c.getRaw());
        }
        int equal = 0;
        for (var e : want.entrySet()) {
            if (e.getValue().equals(got.get(e.getKey()))) equal++;
            else if (unreadable.contains(e.getKey().split("/")[0])) equal++; // said unreadable: not misread
        }

        List<String> expected = new ArrayList<>(), consequences = new ArrayList<>();
        for (JsonNode e : truth.get("expected")) {
            // what a form could not read is said once (GK-IN-TABLE-UNREADABLE), not judged: no finding about it is due
            if (unreadable.contains(e.get("keys").asText().split("/")[0])) continue;
            String line = e.get("rule").asText() + " " + e.get("severity").asText() + " " + e.get("keys").asText();
            // a consequence of an injected defect (a relation a wrong cell also breaks) may be folded into
            // the defect's own finding: allowed, not required, and counted in the findings per defect
            if (e.hasNonNull("consequenceOf")) consequences.add(line); else expected.add(line);
        }
        List<String> actual = new ArrayList<>();
        for (Finding f : findings) {
            if (f.getCategory().equals("input") && f.getSeverity() == Severity.INFO) continue;
            // on a defective report an unreadable table is neither right nor wrong; on a correct one its
            // warning is a warning a correct report should not get, and counts as one
            if (f.getRule().equals("GK-IN-TABLE-UNREADABLE") && !truth.get("correct").asBoolean()) continue;
            String keys = f.getLocation().keys();
            actual.add(f.getRule() + " " + f.getSeverity().json() + " " + (keys.isEmpty() ? "-" : keys));
        }
        List<String> missing = new ArrayList<>(expected), extra = new ArrayList<>();
        for (String a : actual) {
            if (a.startsWith("GK-BAL-CELL ") && foldsExpected(a, missing)) continue;
            if (a.startsWith("GK-STR-SECTION-MISSING ")) foldsMissingTable(a, missing);
            if (!missing.remove(a) && !consequences.remove(a)) extra.add(a);
        }
        missing.sort(null);
        extra.sort(null);
        return new Outcome(equal, want.size(), unreadable.size(), missing, extra, truth.get("correct").asBoolean(),
                truth.get("defects").size(), actual.size());
    }

    /**
     * A GK-BAL-CELL finding ("GK-BAL-CELL error requests/total/total") is the one finding for the row and
     * column relations through its cell: it stands for the expected GK-BAL-Bn errors on that row or column.
     */
    static boolean foldsExpected(String cellFinding, List<String> missing) {
        String[] k = cellFinding.split(" ")[2].split("/");
        String row = k[0] + "/" + k[1], column = k[0] + "/*/" + k[2];
        boolean any = missing.removeIf(m -> m.matches("GK-BAL-B\\d error .*") && (m.endsWith(" " + row) || m.endsWith(" " + column)));
        return any;
    }

    /** A missing section's finding also says its table is gone: it stands for the expected GK-CMP-TABLE of that table. */
    static void foldsMissingTable(String sectionFinding, List<String> missing) {
        int section = Integer.parseInt(sectionFinding.substring(sectionFinding.lastIndexOf(' ') + 1));
        cn.gkcheck.format.OfficialFormat.tableIn(section).ifPresent(t -> missing.remove("GK-CMP-TABLE error " + t));
    }

    /** Per form: the figures the README records. */
    static final class Figures {
        int reports, exact, cellsEqual, cellsTotal, unreadableTables, correct, correctWithError, correctWithWarning;
        int defects, findingsOnDefective;
        long unexplainedErrors;

        void add(boolean correctReport, Outcome o) {
            reports++;
            if (o.exact()) exact++;
            cellsEqual += o.cellsEqual();
            cellsTotal += o.cellsTotal();
            unreadableTables += o.unreadableTables();
            unexplainedErrors += o.unexplainedErrors();
            defects += o.defects();
            if (!correctReport) findingsOnDefective += o.findings();
            if (correctReport) {
                correct++;
                if (o.extra().stream().anyMatch(e -> e.contains(" error "))) correctWithError++;
                if (o.extra().stream().anyMatch(e -> e.contains(" warning "))) correctWithWarning++;
            }
        }

        static String table(Map<String, Figures> byForm) {
            StringBuilder b = new StringBuilder("| form | reports exact | cells exact | tables unreadable | correct reports with an error "
                    + "| correct reports with a warning | errors no injected defect explains | findings per injected defect |\n"
                    + "|---|---|---|---|---|---|---|---|\n");
            byForm.forEach((form, f) -> b.append(String.format(java.util.Locale.ROOT, "| %s | %d/%d | %d/%d | %d | %d/%d | %d/%d | %d | %.2f |%n",
                    form, f.exact, f.reports, f.cellsEqual, f.cellsTotal, f.unreadableTables, f.correctWithError, f.correct,
                    f.correctWithWarning, f.correct, f.unexplainedErrors, f.defects == 0 ? 0.0 : (double) f.findingsOnDefective / f.defects)));
            return b.toString();
        }
    }
}

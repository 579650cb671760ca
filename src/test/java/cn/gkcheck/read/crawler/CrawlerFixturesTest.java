package cn.gkcheck.read.crawler;

import cn.gkcheck.model.GuessKind;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Placement;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * fixtures/crawler holds Markdown (and one tab-separated text) fixtures turned into crawler text by tools/crawl_fixtures.py,
 * spaced (*.crawl.txt) and run together (*.crawl-run.txt). Spaced, they must give the Markdown's
 * cells and findings exactly. Run together, every table is either read to the Markdown's cells
 * (cells the relations cut marked SPLIT, one info finding per table cut) or reported unreadable once — which
 * tables end up unreadable is stated here, fixture by fixture — and the findings are the
 * Markdown's apart from those about unreadable tables and the input findings.
 */
class CrawlerFixturesTest {
    static final Path DIR = Path.of("fixtures/crawler");

    static Stream<Arguments> fixtures() {
        String xinan = "fixtures/clean/2023-xinan-district-government.md";
        return Stream.of(
                // Markdown, crawler name, published, tables unreadable run together, tables cut run together
                Arguments.of(xinan, "xinan-2023", "2024-01-20", Set.of("proactive"), Set.of("requests", "appeals")),
                Arguments.of("fixtures/clean/2019-qinghe-transport-bureau.md", "qinghe-2019", "2020-01-15",
                        Set.of("proactive"), Set.of("requests", "appeals")),
                // a broken B1 column total: no cut of its rows makes the columns balance
                Arguments.of("fixtures/rules/GK-BAL-B1/fires.md", "bal-b1", "2024-01-22",
                        Set.of("proactive", "requests"), Set.of("appeals")),
                // a broken B3 row total: that row has no cut that adds up
                Arguments.of("fixtures/rules/GK-BAL-B3/fires.md", "bal-b3", "2024-01-22",
                        Set.of("proactive", "requests"), Set.of("appeals")),
                // a broken B4 total: the 15 one-digit figures have one cut only, and B4 still fires
                Arguments.of("fixtures/rules/GK-BAL-B4/fires.md", "bal-b4", "2024-01-22",
                        Set.of("proactive"), Set.of("requests", "appeals")),
                // a blank cell leaves six digits for seven cells
                Arguments.of("fixtures/rules/GK-CELL-BLANK/fires.md", "cell-blank", "2024-01-22",
                        Set.of("proactive", "requests"), Set.of("appeals")),
                // a dash is a cell of its own; the relations it stands in constrain nothing
                Arguments.of("fixtures/rules/GK-CELL-DASH/fires.md", "cell-dash", "2024-01-22",
                        Set.of("proactive"), Set.of("requests", "appeals")),
                Arguments.of("fixtures/rules/GK-STR-SECTION-ORDER/fires.md", "section-order", "2024-01-22",
                        Set.of("proactive"), Set.of("requests", "appeals")),
                // a real report's text: spaces inside prose and labels, no （三） group label; "308" has one cut only
                Arguments.of("fixtures/prose/hongze-district-2024.txt", "hongze-2024", "2025-01-20",
                        Set.of(), Set.of("proactive", "requests", "appeals")));
    }

    @ParameterizedTest(name = "{1} spaced")
    @MethodSource("fixtures")
    void spacedCellsAndFindingsAreTheMarkdowns(String md, String name, String published, Set<String> unreadable, Set<String> cut) {
        Report m = Readers.read(Path.of(md));
        Report c = Readers.read(DIR.resolve(name + ".crawl.txt"));
        sameDocument(m, c, published);
        assertThat(paragraphs(c, "\n")).containsExactlyElementsOf(paragraphs(m, "\n"));
        assertThat(cells(c, Set.of())).containsExactlyElementsOf(cells(m, Set.of()));
        assertThat(c.getTables()).allSatisfy(t -> assertThat(t.getCells()).allMatch(x -> x.getPlacement() == Placement.LABEL));
        assertThat(findings(c)).containsExactlyElementsOf(findings(m));
    }

    @ParameterizedTest(name = "{1} run together")
    @MethodSource("fixtures")
    void runTogetherTablesAreReadAsTheMarkdownsOrSaidUnreadable(String md, String name, String published,
                                                                  Set<String> unreadable, Set<String> cut) {
        Report m = Readers.read(Path.of(md));
        Report c = Readers.read(DIR.resolve(name + ".crawl-run.txt"));
        sameDocument(m, c, published);
        // run together, a paragraph break with no heading after it is lost: the text of each section is the same
        assertThat(paragraphs(c, "")).containsExactlyElementsOf(paragraphs(m, ""));
        assertThat(c.getTables().stream().filter(t -> !t.isReadWhole()).map(Table::getKey)).containsExactlyInAnyOrderElementsOf(unreadable);
        assertThat(c.getTables().stream().filter(t -> !t.isReadWhole())).allMatch(t -> t.getCells().isEmpty());
        assertThat(cells(c, unreadable)).containsExactlyElementsOf(cells(m, unreadable));
        // a cut the relations decided names them in its guess; a run with one possible cut (a digit a cell) needed none
        Set<String> byRelations = new java.util.TreeSet<>();
        c.getGuesses().stream().filter(g -> g.getKind() == GuessKind.CELL_SPLIT && !g.getRaw().isEmpty()).forEach(g -> byRelations.add(g.getTable()));
        for (Table t : c.getTables()) {
            // a row cut by the relations has SPLIT cells, no evidence for a balance finding; a forced cut and a
            // row of one cell (行政许可 9487) stand as printed
            for (Cell x : t.getCells()) {
                long inRow = t.getCells().stream().filter(y -> y.getRow().equals(x.getRow())).count();
                assertThat(x.getPlacement()).as(x.key())
                        .isEqualTo(byRelations.contains(t.getKey()) && inRow > 1 ? Placement.SPLIT : Placement.LABEL);
            }
        }
        List<String> expected = new ArrayList<>(findings(m).stream().filter(f -> unreadable.stream().noneMatch(t -> about(f, t))).toList());
        unreadable.forEach(t -> expected.add((cn.gkcheck.check.Relations.restOn(t) ? "GK-IN-TABLE-UNREADABLE warning " : "GK-IN-TABLE-UNCHECKED info ") + t));
        cut.forEach(t -> expected.add("GK-IN-CELL-SPLIT info " + t));
        expected.sort(null);
        assertThat(findings(c)).containsExactlyElementsOf(expected);
    }

    /** A finding that has a place points at a line and the column in it where the cell, row or text starts. */
    private static void placesAreLineAndColumn(Report c) {
        for (Finding f : Engine.get().check(c)) {
            var src = f.getLocation().getSource();
            if (src == null) continue;
            assertThat(src.getLine()).as(f.getRule()).isNotNull();
            assertThat(src.getColumn()).as(f.getRule()).isNotNull().isPositive();
        }
    }

    private static void sameDocument(Report m, Report c, String published) {
        assertThat(c.getMeta().getInputKind()).isEqualTo("crawler");
        placesAreLineAndColumn(c);
        assertThat(c.getMeta().getTitle()).isEqualTo(m.getMeta().getTitle());
        assertThat(c.getMeta().getOrgan()).isEqualTo(m.getMeta().getOrgan());
        assertThat(c.getMeta().getYear()).isEqualTo(m.getMeta().getYear());
        assertThat(c.getMeta().getPublished()).isEqualTo(LocalDate.parse(published));
        assertThat(c.getSections()).extracting(s -> s.getNumber() + s.getHeading())
                .containsExactlyElementsOf(m.getSections().stream().map(s -> s.getNumber() + s.getHeading()).toList());
    }

    /**
     * Each section's prose, paragraphs joined by {@code between}. A 第二十条 caption on a line of its
     * own is prose to the text reader and a table row here, so it is left out.
     */
    private static List<String> paragraphs(Report r, String between) {
        java.util.Map<Integer, String> bySection = new java.util.TreeMap<>();
        r.getParagraphs().stream().filter(p -> !caption(p.getText()))
                .forEach(p -> bySection.merge(p.getSection(), p.getText(), (a, b) -> a + between + b));
        return bySection.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList();
    }

    private static boolean caption(String text) {
        return TableWords.CAPTION.matcher(text).matches();
    }

    private static boolean about(String finding, String table) {
        String keys = finding.split(" ", 3)[2];
        return keys.equals(table) || keys.startsWith(table + "/");
    }

    /** Every cell by key, as printed and as read, of the tables not named. */
    static List<String> cells(Report r, Set<String> except) {
        return cn.gkcheck.FormComparison.cells(r, except);
    }

    /** Rule, severity and keys: places differ by nature between a Markdown file and a page saved on one line. */
    static List<String> findings(Report r) {
        return cn.gkcheck.FormComparison.findings(r);
    }
}

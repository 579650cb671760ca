package cn.gkcheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grids the PDF reader builds from the two real samples carry exactly the printed numbers,
 * each in its row and column. Rows are found here by their printed labels (the test's own
 * matching, independent of the interpreter); the data cells are the last cells of a row.
 */
class PdfReaderGridTest {
    private static final List<String> REQUEST_COLUMNS = List.of("natural", "commercial", "research", "nonprofit", "legalService", "otherOrg", "total");
    private static final List<String> APPEAL_ROWS = List.of("reconsideration", "litigationDirect", "litigationAfterReconsideration");
    private static final List<String> APPEAL_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");
    private static final Map<String, String> PROACTIVE_LABELS = Map.of("regulations", "规章", "normativeDocs", "行政规范性文件",
            "licensing", "行政许可", "penalties", "行政处罚", "enforcement", "行政强制", "fees", "行政事业性收费");
    private static final Map<String, Integer> PROACTIVE_COLUMNS = Map.of("issued", 0, "repealed", 1, "inForce", 2, "decisions", 0, "feeAmount", 0);
    private static final Map<String, String> REQUEST_LABELS = Map.ofEntries(
            Map.entry("new", "本年新收"), Map.entry("carriedOver", "上年结转"), Map.entry("granted", "（一）予以公开"),
            Map.entry("partlyGranted", "（二）部分公开"), Map.entry("withheld", "不予公开"), Map.entry("unavailable", "无法提供"),
            Map.entry("notHandled", "不予处理"), Map.entry("other", "其他处理"), Map.entry("total", "（七）总计"),
            Map.entry("carryForward", "结转下年度"));

    @ParameterizedTest
    @ValueSource(strings = {"huaian-city-2024", "hongze-district-2024"})
    void everyTranscribedCellIsInItsRowAndColumn(String sample) {
        Doc doc = new PdfReader().read(PdfSamples.pdf(sample), sample + ".pdf");
        assertThat(doc.problems).isEmpty();
        assertThat(doc.inputKind).isEqualTo("pdf");
        List<Block.Grid> grids = doc.blocks.stream().filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).toList();
        assertThat(grids).hasSize(3);
        Block.Grid proactive = grids.get(0), requests = grids.get(1), appeals = grids.get(2);

        List<String> wrong = new ArrayList<>();
        for (PdfSamples.Expected e : PdfSamples.cells(sample)) {
            String got = switch (e.table()) {
                case "proactive" -> proactiveCell(proactive, e);
                case "requests" -> requestCell(requests, e);
                default -> appealCell(appeals, e);
            };
            if (!e.raw().equals(got)) wrong.add(e + " got " + got);
        }
        assertThat(wrong).isEmpty();
    }

    /** The same transcription holds for the sample's pdftotext -layout text, read by the same positional rebuilder. */
    @ParameterizedTest
    @ValueSource(strings = {"huaian-city-2024", "hongze-district-2024"})
    void layoutTextGivesEveryTranscribedCellInItsRowAndColumn(String sample) throws java.io.IOException {
        byte[] text = java.nio.file.Files.readAllBytes(PdfSamples.DIR.resolve(sample + ".layout.txt"));
        Doc doc = new LayoutTextReader().read(text, sample + ".layout.txt");
        assertThat(doc.inputKind).isEqualTo("pdftext");
        List<Block.Grid> grids = doc.blocks.stream().filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).toList();
        assertThat(grids).hasSize(3);
        List<String> wrong = new ArrayList<>();
        for (PdfSamples.Expected e : PdfSamples.cells(sample)) {
            String got = switch (e.table()) {
                case "proactive" -> proactiveCell(grids.get(0), e);
                case "requests" -> requestCell(grids.get(1), e);
                default -> appealCell(grids.get(2), e);
            };
            if (!e.raw().equals(got)) wrong.add(e + " got " + got);
        }
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"huaian-city-2024", "hongze-district-2024"})
    void requestRowsHaveLabelCellsThenSevenDataCellsAndNoStrayRows(String sample) {
        Doc doc = new PdfReader().read(PdfSamples.pdf(sample), sample + ".pdf");
        Block.Grid requests = (Block.Grid) doc.blocks.stream().filter(b -> b instanceof Block.Grid).skip(1).findFirst().orElseThrow();
        int dataRows = 0;
        for (Block.GridRow r : requests.rows()) {
            List<String> t = r.texts();
            assertThat(t).hasSize(3 + 7);
            if (t.subList(3, 10).stream().allMatch(s -> s.matches("\\d+"))) {
                dataRows++;
                assertThat(String.join("", t.subList(0, 3))).as("label of %s", t).isNotBlank();
            }
            // the vertical 三、本年度办理结果 never becomes rows (or cells) of its own
            for (String s : t) assertThat(s).isNotIn("三", "本", "年", "度", "办", "理", "结", "果", "、");
        }
        assertThat(dataRows).isEqualTo(sample.startsWith("huaian") ? 25 : 23);
    }

    @ParameterizedTest
    @ValueSource(strings = {"huaian-city-2024", "hongze-district-2024"})
    void pageMarkersAreNotContent(String sample) {
        Doc doc = new PdfReader().read(PdfSamples.pdf(sample), sample + ".pdf");
        Pattern marker = Pattern.compile("^[-－—]?\\s*\\d{1,2}\\s*[-－—]?$");
        for (Block b : doc.blocks) {
            if (b instanceof Block.Para p) assertThat(p.text()).doesNotMatch(marker);
            if (b instanceof Block.Grid g) for (Block.GridRow r : g.rows()) assertThat(String.join("", r.texts()).replace(" ", "")).doesNotMatch("^-\\d-$");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"huaian-city-2024", "hongze-district-2024"})
    void prosePairsWithPageAndLine(String sample) {
        Doc doc = new PdfReader().read(PdfSamples.pdf(sample), sample + ".pdf");
        Block.Para first = (Block.Para) doc.blocks.get(0);
        assertThat(first.source().getPage()).isEqualTo(1);
        assertThat(first.source().getLine()).isEqualTo(1);
        assertThat(doc.blocks).anyMatch(b -> b instanceof Block.Para p && p.text().startsWith("五、存在的主要问题"));
    }

    private static String proactiveCell(Block.Grid g, PdfSamples.Expected e) {
        String label = PROACTIVE_LABELS.get(e.row());
        for (Block.GridRow r : g.rows()) {
            if (r.texts().get(0).equals(label)) {
                int c = 1 + PROACTIVE_COLUMNS.get(e.column());
                return c < r.cells().size() ? r.texts().get(c) : null;
            }
        }
        return null;
    }

    private static String requestCell(Block.Grid g, PdfSamples.Expected e) {
        String[] key = e.row().split("\\.");
        String label = REQUEST_LABELS.get(key[0]);
        for (Block.GridRow r : g.rows()) {
            List<String> t = r.texts();
            if (t.size() < 7) continue;
            List<String> labels = t.subList(0, t.size() - 7);
            String joined = String.join("|", labels);
            if (!joined.contains(label)) continue;
            // numbered sub-rows carry "N." in the last label cell; one-level rows leave it empty
            String sub = labels.get(labels.size() - 1);
            boolean matches = key.length == 2 ? sub.matches("^" + key[1] + "[.、].*") : sub.isEmpty();
            if (!matches) continue;
            return t.get(t.size() - 7 + REQUEST_COLUMNS.indexOf(e.column()));
        }
        return null;
    }

    private static String appealCell(Block.Grid g, PdfSamples.Expected e) {
        List<String> t = g.rows().get(g.rows().size() - 1).texts();
        assertThat(t).hasSize(15);
        return t.get(5 * APPEAL_ROWS.indexOf(e.row()) + APPEAL_COLUMNS.indexOf(e.column()));
    }
}

package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Location;
import cn.gkcheck.model.Meta;
import cn.gkcheck.model.Source;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of one finding as a row: the 问题 sheet of the spreadsheet and the CSV are both written
 * from this one list, so the two never drift apart. Each field is its own column (keys apart from
 * printed labels, line apart from page) so that a supervisor can filter and sort on any of them.
 */
public final class FindingColumns {
    private FindingColumns() {}

    /** One finding with what it is about: the input as given and the report's metadata (null for a folder finding). */
    public record Row(String file, Meta meta, Finding finding) {
        Location location() { return finding.getLocation() == null ? new Location() : finding.getLocation(); }

        Source source() { return location().getSource(); }

        /**
         * A finding about the folder: its file column names the file it is about, or says （文件夹） where it is about
         * none (an organ that did not file), so that a filter on the file column never loses it among empty cells.
         */
        static Row folder(Finding f, boolean english) {
            String file = f.getLocation() == null ? null : f.getLocation().getFile();
            return new Row(file != null ? file : english ? "(folder)" : "（文件夹）", null, inLanguage(f, english));
        }
    }

    /**
     * A column: its header in both languages, its width in characters for the spreadsheet (a Chinese character takes two), and its
     * value, a String or an Integer (numbers stay numbers in the spreadsheet) or null for an empty cell.
     */
    public record Column(String zh, String en, int width, Function<Row, Object> value) {
        public String header(boolean english) { return english ? en : zh; }

        /** The column's value for this row, text cut to {@link FindingColumns#MAX_CELL} characters. */
        public Object of(Row r) {
            Object v = value.apply(r);
            return v instanceof String s && s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : v;
        }
    }

    /** Evidence as one line of JSON: faithful to the JSON output and still one cell. */
    private static final ObjectMapper COMPACT = cn.gkcheck.model.Json.MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The longest value a cell holds: Excel's limit, applied to the CSV as well so that the two stay the same
     * row for row. Only evidence gets near it (a table left blank lists every blank cell); the JSON keeps it whole.
     */
    public static final int MAX_CELL = 32_767;

    /** Every column, in order; each value cut to {@link #MAX_CELL}. */
    public static final List<Column> ALL = List.of(
            new Column("文件", "file", 40, Row::file),
            new Column("机关", "organ", 30, r -> r.meta() == null ? null : r.meta().getOrgan()),
            new Column("年度", "year", 8, r -> r.meta() == null ? null : r.meta().getYear()),
            new Column("规则", "rule", 26, r -> r.finding().getRule()),
            // the JSON's word in both languages, so that a filter carries over from one run to the other
            new Column("严重程度", "severity", 10, r -> r.finding().getSeverity().json()),
            new Column("类别", "category", 12, r -> r.finding().getCategory()),
            new Column("标题", "title", 50, r -> r.finding().getTitle()),
            new Column("说明", "message", 80, r -> r.finding().getMessage()),
            new Column("表", "table", 12, r -> r.location().getTable()),
            new Column("行", "row", 16, r -> r.location().getRow()),
            new Column("列", "column", 14, r -> r.location().getColumn()),
            new Column("行标签", "row label", 30, r -> r.location().getRowLabel()),
            new Column("列标签", "column label", 20, r -> r.location().getColumnLabel()),
            new Column("行号", "line", 8, r -> r.source() == null ? null : r.source().getLine()),
            new Column("页码", "page", 8, r -> r.source() == null ? null : r.source().getPage()),
            new Column("证据", "evidence", 50, r -> evidence(r.finding())),
            new Column("依据", "basis", 60, r -> r.finding().getBasis()));

    /** The evidence as one line of JSON, null for none: also the body of a JUnit failure. */
    static String evidence(Finding f) {
        if (f.getEvidence() == null) return null;
        try {
            return COMPACT.writeValueAsString(f.getEvidence());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The finding in the language of the run. */
    static Finding inLanguage(Finding f, boolean english) {
        return english ? f.inEnglish() : f;
    }
}

package cn.gkcheck.interpret;

import cn.gkcheck.format.ValueTypes;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Json;
import cn.gkcheck.model.ReadProblem;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import cn.gkcheck.read.LimitExceeded;
import cn.gkcheck.read.Limits;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the canonical JSON model (what {@code gkcheck parse} prints) back. {@code raw} is what
 * was printed, so kind and value are read again from it: a JSON file cannot claim a number
 * that its raw text does not hold.
 */
public final class JsonReader {
    private JsonReader() {}

    /** Jackson's parser, bounded by {@link Limits}: nesting depth and the digits of a number. */
    private static final JsonFactory BOUNDED = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.NESTING).maxNumberLength(Limits.NUMBER_DIGITS).build())
            .build();
    private static final Pattern FOUND = Pattern.compile("\\((\\d+)\\)");

    public static Report read(byte[] bytes) {
        Report r;
        try (JsonParser parser = BOUNDED.createParser(bytes)) {
            com.fasterxml.jackson.databind.JsonNode tree = Json.MAPPER.readTree(parser);
            // a JSON file that is not a model `gkcheck parse` wrote (a crawler's record, a test's truth file)
            // is refused as such rather than read as a report that lacks everything
            if (tree == null || !tree.isObject() || !tree.has("formatVersion") || !tree.has("tables")) {
                return refused("没有 formatVersion 和 tables（gkcheck parse 写出的模型都有）");
            }
            r = Json.MAPPER.treeToValue(tree, Report.class);
        } catch (java.io.IOException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof StreamConstraintsException limit) return failed(limit(limit).problem()); // databind wraps it
            }
            return refused(firstLine(e.getMessage()));
        }
        // Jackson leaves out what the file leaves out: a model gkcheck never writes (a cell with no row, a null
        // in a list) is the file's fault and said so here, before any of gkcheck's code trips over it
        String missing = r == null ? "文件内容为 null" : incomplete(r);
        if (missing != null) return refused(missing);
        if (r.getMeta() == null) r.setMeta(new cn.gkcheck.model.Meta());
        if (r.getFormatVersion() == null) r.setFormatVersion("unknown");
        for (Table t : r.getTables()) {
            for (Cell c : t.getCells()) {
                if (c.getTable() == null) c.setTable(t.getKey());
                CellParser.fill(c, c.getRaw(), ValueTypes.of(t.getKey(), c.getColumn()));
            }
        }
        // a problem the JSON records was found when it was written; one that gkcheck was broken then is not
        // this run's defect (exit 4), but a report that was never read
        for (int i = 0; i < r.getProblems().size(); i++) {
            ReadProblem p = r.getProblems().get(i);
            if (p.isInternal()) r.getProblems().set(i, new ReadProblem("corrupt", "JSON 文件记录的是读取失败的报告（" + p.getDetail() + "）"));
        }
        LayoutDetector.detect(r);
        r.getMeta().setInputKind("json");
        return r;
    }

    private static Report refused(String why) {
        Report r = new Report();
        r.getMeta().setInputKind("json");
        r.getProblems().add(new ReadProblem("corrupt", "JSON 文件不是 gkcheck 的报告模型，无法读取：" + why));
        return r;
    }

    /** What a model read from JSON lacks that every reader sets, or null where it lacks nothing. */
    static String incomplete(Report r) {
        if (r.getSections() == null || r.getTables() == null || r.getParagraphs() == null
                || r.getGuesses() == null || r.getProblems() == null) return "缺少 sections、tables、paragraphs、guesses 或 problems";
        if (r.getSections().contains(null) || r.getTables().contains(null) || r.getParagraphs().contains(null)
                || r.getGuesses().contains(null) || r.getProblems().contains(null)) return "列表中有 null";
        for (var s : r.getSections()) {
            if (s.getHeading() == null || s.getBody() == null) return "章节缺少 heading 或 body";
            // the rules name a section by its number among the official six
            int n = s.getNumber(), six = cn.gkcheck.format.OfficialFormat.SECTIONS.size();
            if (n < 1 || n > six) return "章节编号 " + n + " 不在 1 到 " + six + " 之间";
        }
        for (var p : r.getParagraphs()) if (p.getText() == null) return "段落缺少 text";
        for (var g : r.getGuesses()) if (g.getKind() == null) return "guess 缺少 kind";
        for (var p : r.getProblems()) if (p.getKind() == null || p.getDetail() == null) return "problem 缺少 kind 或 detail";
        var m = r.getMeta();
        if (m != null) {
            // a year as readers find it (a title, a statistics period): four digits, so the deadline and period
            // arithmetic of the rules cannot overflow
            if (m.getYear() != null && (m.getYear() < 1000 || m.getYear() > 9999)) return "年度 " + m.getYear() + " 不是四位数年份";
            for (var d : new java.time.LocalDate[] {m.getPeriodStart(), m.getPeriodEnd(), m.getPublished()}) {
                if (d != null && (d.getYear() < 1000 || d.getYear() > 9999)) return "日期 " + d + " 的年份不是四位数";
            }
        }
        for (Table t : r.getTables()) {
            if (t.getKey() == null) return "表格缺少 key";
            // the rules look every table up in the official formats by its key
            if (cn.gkcheck.format.OfficialFormat.F2019.table(t.getKey()).isEmpty()
                    && cn.gkcheck.format.OfficialFormat.F2021.table(t.getKey()).isEmpty()) return "表格 key " + t.getKey() + " 不是统一格式的表格";
            if (t.getRows() == null || t.getColumns() == null || t.getCells() == null
                    || t.getRows().contains(null) || t.getColumns().contains(null) || t.getCells().contains(null)) {
                return "表格 " + t.getKey() + " 的 rows、columns 或 cells 缺失或含 null";
            }
            for (var row : t.getRows()) if (row.getKey() == null) return "表格 " + t.getKey() + " 的行缺少 key";
            for (var col : t.getColumns()) if (col.getKey() == null) return "表格 " + t.getKey() + " 的列缺少 key";
            for (Cell c : t.getCells()) if (c.getRow() == null || c.getColumn() == null) return "表格 " + t.getKey() + " 的单元格缺少 row 或 column";
        }
        return null;
    }

    private static Report failed(ReadProblem p) {
        Report r = new Report();
        r.getMeta().setInputKind("json");
        r.getProblems().add(p);
        return r;
    }

    /** Jackson's message names the value where it stopped: "Document nesting depth (257) exceeds …". */
    private static LimitExceeded limit(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        Matcher found = FOUND.matcher(m);
        String value = found.find() ? "至少 " + found.group(1) : "超过上限";
        if (m.contains("nesting")) return new LimitExceeded("JSON 嵌套层数", "JSON nesting depth", value, Integer.toString(Limits.NESTING));
        return new LimitExceeded("JSON 数字的位数", "digits of a JSON number", value, Integer.toString(Limits.NUMBER_DIGITS));
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

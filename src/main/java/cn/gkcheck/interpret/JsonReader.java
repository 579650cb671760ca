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
        try (JsonParser parser = BOUNDED.createParser(bytes)) {
            Report r = Json.MAPPER.readValue(parser, Report.class);
            if (r.getMeta() == null) r.setMeta(new cn.gkcheck.model.Meta());
            for (Table t : r.getTables()) {
                for (Cell c : t.getCells()) {
                    if (c.getTable() == null) c.setTable(t.getKey());
                    CellParser.fill(c, c.getRaw(), ValueTypes.of(t.getKey(), c.getColumn()));
                }
            }
            LayoutDetector.detect(r);
            r.getMeta().setInputKind("json");
            return r;
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof StreamConstraintsException limit) return failed(limit(limit).problem()); // databind wraps it
            }
            Report r = new Report();
            r.getMeta().setInputKind("json");
            r.getProblems().add(new ReadProblem("corrupt", "JSON 文件不是 gkcheck 的报告模型，无法读取：" + firstLine(e.getMessage())));
            return r;
        }
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

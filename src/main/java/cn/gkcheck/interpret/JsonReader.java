package cn.gkcheck.interpret;

import cn.gkcheck.format.ValueTypes;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Json;
import cn.gkcheck.model.ReadProblem;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;

/**
 * Reads the canonical JSON model (what {@code gkcheck parse} prints) back. {@code raw} is what
 * was printed, so kind and value are read again from it: a JSON file cannot claim a number
 * that its raw text does not hold.
 */
public final class JsonReader {
    private JsonReader() {}

    public static Report read(byte[] bytes) {
        try {
            Report r = Json.MAPPER.readValue(bytes, Report.class);
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
            Report r = new Report();
            r.getMeta().setInputKind("json");
            r.getProblems().add(new ReadProblem("corrupt", "JSON 文件不是 gkcheck 的报告模型，无法读取：" + firstLine(e.getMessage())));
            return r;
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

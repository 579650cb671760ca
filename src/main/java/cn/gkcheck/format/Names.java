package cn.gkcheck.format;

import cn.gkcheck.model.Cell;

/**
 * Official names for messages. A finding's location keeps the labels as printed (OCR may have
 * made "自然人" into "然人"); its message names rows and columns the way the format does, so a
 * supervisor recognises them: "（四）1 · 其他", "行政许可 · 上一年项目数量".
 */
public final class Names {
    private Names() {}

    public static String row(String table, String row) {
        for (OfficialFormat f : OfficialFormat.ALL) {
            var t = f.table(table);
            if (t.isEmpty()) continue;
            var r = t.get().row(row);
            if (r.isPresent()) return table.equals("requests") ? ShortNames.of(r.get()) : r.get().label();
        }
        return row;
    }

    public static String rowFull(String table, String row) {
        for (OfficialFormat f : OfficialFormat.ALL) {
            var r = f.table(table).flatMap(t -> t.row(row));
            if (r.isPresent()) return r.get().fullLabel();
        }
        return row;
    }

    public static String column(String table, String column) {
        for (OfficialFormat f : OfficialFormat.ALL) {
            var c = f.table(table).flatMap(t -> t.column(column));
            if (c.isPresent()) return c.get().label();
        }
        return column;
    }

    public static String table(String table) {
        return switch (table) {
            case "proactive" -> "主动公开政府信息情况表";
            case "requests" -> "收到和处理政府信息公开申请情况表";
            case "appeals" -> "行政复议、行政诉讼情况表";
            default -> table;
        };
    }

    /** The numeral tables are called by in messages, after the section that carries them: "三" for 表三. */
    public static String tableNumeral(String table) {
        return OfficialFormat.sectionOf(table).map(n -> OfficialFormat.SECTIONS.get(n - 1).numeral()).orElse("");
    }

    public static String cell(Cell c) {
        return row(c.getTable(), c.getRow()) + " · " + column(c.getTable(), c.getColumn());
    }

    /** "requests/withheld.3/natural" → "（三）3 · 自然人". */
    public static String key(String key) {
        String[] p = key.split("/");
        return p.length == 3 ? row(p[0], p[1]) + " · " + column(p[0], p[2]) : key;
    }
}

package cn.gkcheck.check;

import cn.gkcheck.format.Names;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.ShortNames;
import cn.gkcheck.format.TableDef;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.CellKind;
import cn.gkcheck.model.Column;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Row;
import cn.gkcheck.model.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link Equation}s that balance rules test, from relations written with canonical
 * keys: {@code "total + carryForward"}, {@code "withheld.1..8"} (a numbered range), and
 * {@code "other*"} — the （六）其他处理 rows as this report prints them (one row in the 2019
 * layout, three in the 2021 layout).
 */
public final class Balance {
    private Balance() {}

    /** The relation applied to every column the table has: sums run down the rows named. */
    public static List<Equation> perColumn(Report report, String tableKey, String relation, String left, String right) {
        Optional<Table> t = report.table(tableKey);
        if (t.isEmpty()) return List.of();
        List<Equation> out = new ArrayList<>();
        List<String> l = expand(t.get(), left), r = expand(t.get(), right);
        Map<String, Cell> cells = index(t.get());
        for (Column col : t.get().getColumns()) {
            out.add(build(report, t.get(), cells, relation, true, col.getKey(), col.getLabel(), Names.column(tableKey, col.getKey()), l, r));
        }
        return out;
    }

    /** The relation applied to every row the table has (or those named): sums run across the columns named. */
    public static List<Equation> perRow(Report report, String tableKey, String relation, String left, String right) {
        Optional<Table> t = report.table(tableKey);
        if (t.isEmpty()) return List.of();
        List<Equation> out = new ArrayList<>();
        List<String> l = expand(t.get(), left), r = expand(t.get(), right);
        Map<String, Cell> cells = index(t.get());
        for (Row row : t.get().getRows()) {
            out.add(build(report, t.get(), cells, relation, false, row.getKey(), row.getLabel(), Names.rowFull(tableKey, row.getKey()), l, r));
        }
        return out;
    }

    static List<String> expand(Table table, String expr) {
        List<String> keys = new ArrayList<>();
        for (String term : TERMS.computeIfAbsent(expr, Balance::terms)) {
            if (term.equals("other*")) {
                if (table.hasRow("other")) keys.add("other");
                else for (int i = 1; i <= 3; i++) keys.add("other." + i);
            } else {
                keys.add(term);
            }
        }
        return keys;
    }

    /** The relations are a handful of constant strings: each is parsed once, not once per column of every report. */
    private static final java.util.Map<String, List<String>> TERMS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("(.+?)\\.(\\d+)\\.\\.(\\d+)");

    /** "total + withheld.1..3 + other*" → total, withheld.1, withheld.2, withheld.3, other* (which depends on the table). */
    private static List<String> terms(String expr) {
        List<String> keys = new ArrayList<>();
        for (String term : expr.split("\\+")) {
            term = term.strip();
            java.util.regex.Matcher m = RANGE.matcher(term);
            if (!term.equals("other*") && m.matches()) {
                for (int i = Integer.parseInt(m.group(2)); i <= Integer.parseInt(m.group(3)); i++) keys.add(m.group(1) + "." + i);
            } else {
                keys.add(term);
            }
        }
        return List.copyOf(keys);
    }

    /**
     * The table's cells by row and column, the first of a pair as {@link Table#cell} finds it: every
     * relation of a table looks up each of its cells once or twice, which a scan of the table made slow.
     */
    private static Map<String, Cell> index(Table table) {
        Map<String, Cell> out = new HashMap<>();
        for (Cell c : table.getCells()) out.putIfAbsent(at(c.getRow(), c.getColumn()), c);
        return out;
    }

    private static String at(String row, String column) {
        return row + '\u0000' + column;
    }

    private static Equation build(Report report, Table table, Map<String, Cell> cells, String relation, boolean perColumn, String fixedKey,
                                  String fixedLabel, String fixedName, List<String> left, List<String> right) {
        List<Cell> operands = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Cell> unreadable = new ArrayList<>();
        BigDecimal l = sum(table, cells, perColumn, fixedKey, left, operands, missing, unreadable);
        BigDecimal r = sum(table, cells, perColumn, fixedKey, right, operands, missing, unreadable);
        boolean ok = missing.isEmpty() && unreadable.isEmpty();
        if (ok && l.compareTo(r) == 0) {
            // holds: no finding names it, so its texts are not written (most relations of most reports hold)
            return new Equation(relation, table.getKey(), perColumn, fixedKey, fixedLabel, fixedName, null, operands, missing,
                    unreadable, l, r, null, null);
        }
        TableDef def = OfficialFormat.byVersion(report.getFormatVersion()).orElse(OfficialFormat.F2021)
                .requireTable(table.getKey());
        String expression = names(def, perColumn, left) + " = " + names(def, perColumn, right);
        return new Equation(relation, table.getKey(), perColumn, fixedKey, fixedLabel, fixedName, expression, operands, missing,
                unreadable, ok ? l : null, ok ? r : null, values(cells, perColumn, fixedKey, left),
                values(cells, perColumn, fixedKey, right));
    }

    private static BigDecimal sum(Table table, Map<String, Cell> cells, boolean perColumn, String fixed, List<String> keys, List<Cell> operands,
                                  List<String> missing, List<Cell> unreadable) {
        BigDecimal s = BigDecimal.ZERO;
        for (String k : keys) {
            String row = perColumn ? k : fixed, col = perColumn ? fixed : k;
            Optional<Cell> c = Optional.ofNullable(cells.get(at(row, col)));
            if (c.isEmpty()) {
                missing.add(table.getKey() + "/" + row + "/" + col);
                continue;
            }
            operands.add(c.get());
            if (readable(c.get())) s = s.add(c.get().getValue());
            else unreadable.add(c.get());
        }
        return s;
    }

    /** A number, or text from which a number was read ("4h" → 4): the text itself is reported by a cell rule. */
    private static boolean readable(Cell c) {
        return c.getValue() != null && (c.getKind() == CellKind.NUMBER || c.getKind() == CellKind.TEXT);
    }

    private static String names(TableDef def, boolean perColumn, List<String> keys) {
        List<String> n = new ArrayList<>();
        for (String k : keys) {
            n.add(perColumn ? def.row(k).map(ShortNames::of).orElse(k) : def.column(k).map(c -> c.label()).orElse(k));
        }
        return String.join(" + ", n);
    }

    /** "5 + 0 + 空白" — the operands as read, for the message. */
    private static String values(Map<String, Cell> cells, boolean perColumn, String fixed, List<String> keys) {
        List<String> v = new ArrayList<>();
        for (String k : keys) {
            Optional<Cell> c = Optional.ofNullable(cells.get(perColumn ? at(k, fixed) : at(fixed, k)));
            v.add(c.map(Balance::shown).orElse("缺失"));
        }
        return String.join(" + ", v);
    }

    private static String shown(Cell c) {
        if (readable(c)) return c.getValue().stripTrailingZeros().toPlainString();
        return c.getKind() == CellKind.BLANK ? "空白" : "“" + c.getRaw() + "”";
    }
}

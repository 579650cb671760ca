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
import java.util.List;
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
        for (Column col : t.get().getColumns()) {
            out.add(build(report, t.get(), relation, true, col.getKey(), col.getLabel(), Names.column(tableKey, col.getKey()),
                    expand(t.get(), left), expand(t.get(), right)));
        }
        return out;
    }

    /** The relation applied to every row the table has (or those named): sums run across the columns named. */
    public static List<Equation> perRow(Report report, String tableKey, String relation, String left, String right) {
        Optional<Table> t = report.table(tableKey);
        if (t.isEmpty()) return List.of();
        List<Equation> out = new ArrayList<>();
        for (Row row : t.get().getRows()) {
            out.add(build(report, t.get(), relation, false, row.getKey(), row.getLabel(), Names.rowFull(tableKey, row.getKey()),
                    expand(t.get(), left), expand(t.get(), right)));
        }
        return out;
    }

    static List<String> expand(Table table, String expr) {
        List<String> keys = new ArrayList<>();
        for (String term : expr.split("\\+")) {
            term = term.strip();
            if (term.equals("other*")) {
                if (table.hasRow("other")) keys.add("other");
                else for (int i = 1; i <= 3; i++) keys.add("other." + i);
            } else if (term.matches(".+\\.\\d+\\.\\.\\d+")) {
                String base = term.substring(0, term.indexOf('.'));
                String[] range = term.substring(term.indexOf('.') + 1).split("\\.\\.");
                for (int i = Integer.parseInt(range[0]); i <= Integer.parseInt(range[1]); i++) keys.add(base + "." + i);
            } else {
                keys.add(term);
            }
        }
        return keys;
    }

    private static Equation build(Report report, Table table, String relation, boolean perColumn, String fixedKey,
                                  String fixedLabel, String fixedName, List<String> left, List<String> right) {
        List<Cell> operands = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Cell> unreadable = new ArrayList<>();
        BigDecimal l = sum(table, perColumn, fixedKey, left, operands, missing, unreadable);
        BigDecimal r = sum(table, perColumn, fixedKey, right, operands, missing, unreadable);
        boolean ok = missing.isEmpty() && unreadable.isEmpty();
        TableDef def = OfficialFormat.byVersion(report.getFormatVersion()).orElse(OfficialFormat.F2021)
                .requireTable(table.getKey());
        String expression = names(def, perColumn, left) + " = " + names(def, perColumn, right);
        return new Equation(relation, table.getKey(), perColumn, fixedKey, fixedLabel, fixedName, expression, operands, missing,
                unreadable, ok ? l : null, ok ? r : null, values(table, perColumn, fixedKey, left),
                values(table, perColumn, fixedKey, right));
    }

    private static BigDecimal sum(Table table, boolean perColumn, String fixed, List<String> keys, List<Cell> operands,
                                  List<String> missing, List<Cell> unreadable) {
        BigDecimal s = BigDecimal.ZERO;
        for (String k : keys) {
            String row = perColumn ? k : fixed, col = perColumn ? fixed : k;
            Optional<Cell> c = table.cell(row, col);
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
    private static String values(Table table, boolean perColumn, String fixed, List<String> keys) {
        List<String> v = new ArrayList<>();
        for (String k : keys) {
            Optional<Cell> c = table.cell(perColumn ? k : fixed, perColumn ? fixed : k);
            v.add(c.map(Balance::shown).orElse("缺失"));
        }
        return String.join(" + ", v);
    }

    private static String shown(Cell c) {
        if (readable(c)) return c.getValue().stripTrailingZeros().toPlainString();
        return c.getKind() == CellKind.BLANK ? "空白" : "“" + c.getRaw() + "”";
    }
}

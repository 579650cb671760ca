package cn.gkcheck.prose;

import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sums of table cells under canonical keys, for the readings of prose numbers. A row key ending
 * in ".*" stands for all its numbered sub-rows (the group rows （三）–（六） have no subtotal of
 * their own). A sum with any operand missing or not a number has no value: it is not evaluated.
 */
final class TableFigures {
    private final Report report;

    TableFigures(Report report) {
        this.report = report;
    }

    /** The sum of the given columns over the given rows of {@code table}. */
    Reading sum(String zh, String en, String table, String[] rows, String[] columns) {
        List<Cell> cells = new ArrayList<>();
        boolean complete = true;
        String keys = table + "/" + String.join("+", rows) + "/" + String.join("+", columns);
        Optional<Table> t = report.table(table);
        if (t.isEmpty()) return new Reading(zh, en, keys, cells, null);
        for (String row : rows) {
            for (String column : columns) {
                List<Cell> found = cells(t.get(), row, column);
                if (found.isEmpty()) complete = false;
                cells.addAll(found);
            }
        }
        Long total = 0L;
        for (Cell c : cells) {
            Long v = c.isNumber() ? c.count() : null;
            if (v == null) complete = false; else total += v;
        }
        return new Reading(zh, en, keys, cells, complete ? total : null);
    }

    /** Rows "other" (2019: one row) or other.1–3 (2021): whichever the table has. */
    String[] otherRows() {
        Optional<Table> t = report.table("requests");
        if (t.isPresent() && t.get().hasRow("other")) return new String[] {"other"};
        return new String[] {"other.*"};
    }

    private static List<Cell> cells(Table t, String row, String column) {
        List<Cell> out = new ArrayList<>();
        if (row.endsWith(".*")) {
            String prefix = row.substring(0, row.length() - 1);
            for (Cell c : t.getCells()) if (c.getRow().startsWith(prefix) && c.getColumn().equals(column)) out.add(c);
        } else {
            t.cell(row, column).ifPresent(out::add);
        }
        return out;
    }
}

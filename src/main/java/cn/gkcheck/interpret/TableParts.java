package cn.gkcheck.interpret;

import cn.gkcheck.read.Block;
import cn.gkcheck.format.ColumnDef;
import cn.gkcheck.format.ValueTypes;
import cn.gkcheck.format.Values;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Column;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Source;
import cn.gkcheck.model.Table;
import java.util.ArrayList;
import java.util.List;

/** Small pieces the three table mappers share. */
final class TableParts {
    private TableParts() {}

    /** A printed number, as {@link Values#isNumber} reads it (the mappers ask this of every cell). */
    static boolean numeric(String s) {
        return Values.isNumber(s);
    }

    /** Cells as texts, trimmed. */
    static List<String> texts(Block.GridRow row) {
        List<String> t = new ArrayList<>();
        for (Block.GridCell c : row.cells()) t.add(c.text() == null ? "" : c.text().strip());
        return t;
    }

    /** Joins label fragments, dropping repeats that merged-cell expansion produced. */
    static String joinLabels(List<String> parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            String s = p.strip();
            if (s.isEmpty()) continue;
            if (!kept.isEmpty() && kept.get(kept.size() - 1).equals(s)) continue;
            kept.add(s);
        }
        return String.join(" ", kept);
    }

    static Cell cell(Report report, Table table, String row, String rowLabel, ColumnDef col, String columnLabel,
                     String printed, Source source) {
        Cell c = new Cell(table.getKey(), row, col.key());
        c.setRowLabel(rowLabel);
        c.setColumnLabel(columnLabel == null || columnLabel.isBlank() ? col.label() : columnLabel);
        c.setSource(source);
        CellParser.fill(c, printed, ValueTypes.of(table.getKey(), col.key()));
        return c;
    }

    static void addColumn(Table table, String key, String label) {
        if (!table.hasColumn(key)) table.getColumns().add(new Column(key, label));
    }

    /** The cell as the reader placed it: a cell the reader cut from run-together text keeps that placement. */
    static Cell placed(Cell cell, Block.GridRow row, int index) {
        if (index >= 0 && index < row.cells().size() && row.cells().get(index).placement() != null) {
            cell.setPlacement(row.cells().get(index).placement());
        }
        return cell;
    }

    static Source sourceOf(Block.GridRow row, int index) {
        if (index >= 0 && index < row.cells().size() && row.cells().get(index).source() != null) {
            return row.cells().get(index).source();
        }
        return row.source();
    }
}

package cn.gkcheck.interpret;

import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Guess;
import cn.gkcheck.model.Placement;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;

/**
 * Marks each cell with how it was placed, from the decisions the mappers recorded as guesses:
 * a row whose label did not match was placed by its position in the official order, a block
 * whose header did not match had its columns placed by position, and a short row had its
 * missing cells placed by inference. A cell the reader itself split keeps its SPLIT mark.
 * The rules then know which operands were read for certain and which were guessed.
 */
final class Certainty {
    private Certainty() {}

    static void mark(Report report) {
        for (Guess g : report.getGuesses()) {
            Placement p = switch (g.getKind()) {
                case ROW_BY_POSITION, COLUMN_BY_POSITION -> Placement.POSITION;
                case CELL_POSITION -> Placement.INFERRED;
                default -> null;
            };
            if (p == null || g.getTable() == null) continue;
            report.table(g.getTable()).ifPresent(t -> mark(t, g.getRow(), g.getColumn(), p));
        }
    }

    /**
     * The cell named (or every cell of the row, or of the whole table, where the guess names no
     * column or no row) gets {@code p}, unless it is less sure already.
     */
    private static void mark(Table t, String row, String column, Placement p) {
        for (Cell c : t.getCells()) {
            if (row != null && !row.equals(c.getRow())) continue;
            if (column != null && !column.equals(c.getColumn())) continue;
            if (c.getPlacement().certain()) c.setPlacement(p);
        }
    }
}

package cn.gkcheck.read;

import cn.gkcheck.model.Source;
import cn.gkcheck.read.Block.GridCell;
import cn.gkcheck.read.Block.GridRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands merged cells into the real grid of a {@link Block.Grid}, for every reader whose tables
 * merge cells: HTML (rowspan, colspan) and Word (gridSpan, vMerge, hMerge, gridBefore). A merged
 * cell is repeated under every column and row it covers, the copies marked
 * {@link GridCell#spanned}, so that every cell stands under its column.
 *
 * <p>Spans are capped: a hostile or broken file ("colspan=999999") must not make a reader build
 * a grid of millions of cells. Where two spans overlap, the earlier one keeps the position.
 *
 * <p>Use: for each row {@link #startRow}, then its cells left to right, then {@link #endRow}.
 */
public final class Grid {
    /** The widest span a cell may claim: far beyond any real report table. */
    public static final int MAX_SPAN = Limits.CELL_SPAN;
    /** The most rows a cell may span (HTML's own limit for rowspan). */
    public static final int MAX_ROWSPAN = Limits.CELL_ROWSPAN;

    private final int maxColumns;
    private final List<GridRow> rows = new ArrayList<>();
    /** Per column: how many more rows a cell spanning down from above still covers, and that cell. */
    private final List<Integer> rowsToCarry = new ArrayList<>();
    private final List<GridCell> carried = new ArrayList<>();
    private List<GridCell> row;
    private boolean[] fromAbove;
    private int col;
    /** Cells kept so far: checked row by row, so a hostile table is refused before it fills the memory. */
    private long cells;

    /** @param maxColumns the widest row this grid keeps; cells beyond it are dropped */
    public Grid(int maxColumns) {
        this.maxColumns = maxColumns;
    }

    /** Starts a row: cells spanning down from rows above take their columns first. */
    public void startRow() {
        row = new ArrayList<>();
        col = 0;
        fromAbove = new boolean[rowsToCarry.size()];
        for (int c = 0; c < rowsToCarry.size(); c++) {
            if (rowsToCarry.get(c) > 0) {
                set(c, carried.get(c));
                fromAbove[c] = true;
            }
        }
    }

    /** No column is left in this row: later cells of it would be dropped. */
    public boolean rowIsFull() {
        while (col < row.size() && row.get(col) != null) col++;
        return col >= maxColumns;
    }

    /**
     * A cell of its own at the next free column, covering {@code colspan} columns and
     * {@code rowspan} rows (both at least 1, at most the caps).
     */
    public void cell(String text, Source source, int colspan, int rowspan) {
        if (rowIsFull()) return;
        int cs = Math.min(Math.max(colspan, 1), MAX_SPAN);
        int rs = Math.min(Math.max(rowspan, 1), MAX_ROWSPAN);
        for (int k = 0; k < cs && col + k < maxColumns; k++) {
            if (col + k < row.size() && row.get(col + k) != null) break; // overlapping spans: the earlier one wins
            set(col + k, new GridCell(text, source, k > 0));
            if (rs > 1) carry(col + k, rs - 1, new GridCell(text, source, true));
        }
        col += cs;
    }

    /** Empty cells before a row's first cell (Word's gridBefore). */
    public void blanks(int count, Source source) {
        for (int k = 0; k < count; k++) cell("", source, 1, 1);
    }

    /**
     * Word's vMerge "continue": the cells of the row above, at the next free column, repeated over
     * {@code span} columns. False when the row above has no cell there (the merge is then ignored).
     */
    public boolean continueAbove(int span) {
        List<GridCell> above = rows.isEmpty() ? List.of() : rows.get(rows.size() - 1).cells();
        while (col < row.size() && row.get(col) != null) col++;
        if (col >= above.size()) return false;
        int cs = Math.min(Math.max(span, 1), MAX_SPAN);
        for (int k = 0; k < cs && col < maxColumns; k++) {
            GridCell up = col < above.size() ? above.get(col) : above.get(above.size() - 1);
            set(col++, new GridCell(up.text(), up.source(), true));
        }
        return true;
    }

    /** Word's legacy hMerge "continue": the cell to the left, repeated. False at the start of a row. */
    public boolean continueLeft(int span) {
        while (col < row.size() && row.get(col) != null) col++;
        if (col == 0) return false;
        GridCell left = row.get(col - 1);
        int cs = Math.min(Math.max(span, 1), MAX_SPAN);
        for (int k = 0; k < cs && col < maxColumns; k++) set(col++, new GridCell(left.text(), left.source(), true));
        return true;
    }

    /** Ends the row: positions nothing covered become empty cells; a row without cells is left out. */
    public void endRow(Source source) {
        for (int c = 0; c < fromAbove.length; c++) if (fromAbove[c]) rowsToCarry.set(c, rowsToCarry.get(c) - 1);
        for (int c = 0; c < row.size(); c++) if (row.get(c) == null) row.set(c, new GridCell("", source, false));
        if (!row.isEmpty()) rows.add(new GridRow(row, source));
        cells += row.size();
        row = null;
        LimitExceeded.table(rows.size(), cells);
        Deadline.check();
    }

    public List<GridRow> rows() {
        return rows;
    }

    private void set(int c, GridCell cell) {
        while (row.size() <= c) row.add(null);
        row.set(c, cell);
    }

    private void carry(int c, int rowsLeft, GridCell cell) {
        while (rowsToCarry.size() <= c) {
            rowsToCarry.add(0);
            carried.add(null);
        }
        rowsToCarry.set(c, rowsLeft);
        carried.set(c, cell);
    }
}

package cn.gkcheck.read.positional;

import cn.gkcheck.model.Source;
import cn.gkcheck.read.Block.GridCell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a table being rebuilt: the line that carries its data, one text per data column
 * (exactly the printed words, "" where nothing is printed) and its label cells, filled later.
 */
final class DataRow {
    final Line line;
    final String[] cells;
    private final Line[] cellLines;
    /** Values placed in each column, and whether a word from another line was added to it. */
    private final int[] values;
    private final boolean[] strays;
    final List<GridCell> labels = new ArrayList<>();
    /** Right edge of the label text in each label column, to see a label running over into the next. */
    final List<Float> labelRight = new ArrayList<>();

    DataRow(Line line, int columns) {
        this.line = line;
        this.cells = new String[columns];
        this.cellLines = new Line[columns];
        this.values = new int[columns];
        this.strays = new boolean[columns];
        Arrays.fill(cells, "");
    }

    float y() {
        return line.y();
    }

    int page() {
        return line.page;
    }

    /** Two words in one column (never split, never merged into a neighbour) are kept side by side as printed. */
    void put(int column, Word w) {
        cells[column] = cells[column].isEmpty() ? w.text() : cells[column] + " " + w.text();
        if (Text.isNumberOrDash(w.text())) values[column]++;
        if (cellLines[column] == null) cellLines[column] = w.line();
    }

    /** A word printed on another line, added to this row's cell as the nearest row's. */
    void putStray(int column, Word w) {
        put(column, w);
        strays[column] = true;
    }

    /** The cell's content is the rebuilder's inference: two values fell into it, or a stray word was added. */
    boolean inferred(int column) {
        return values[column] > 1 || strays[column];
    }

    Source cellSource(int column) {
        return GridBuilder.src(cellLines[column] != null ? cellLines[column] : line);
    }

    GridCell label(int k) {
        return k < labels.size() ? labels.get(k) : new GridCell("", GridBuilder.src(line));
    }

    String labelText(int k) {
        return k < labels.size() ? labels.get(k).text() : "";
    }
}

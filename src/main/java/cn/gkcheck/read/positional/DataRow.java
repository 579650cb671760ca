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
    final List<GridCell> labels = new ArrayList<>();
    /** Right edge of the label text in each label column, to see a label running over into the next. */
    final List<Float> labelRight = new ArrayList<>();

    DataRow(Line line, int columns) {
        this.line = line;
        this.cells = new String[columns];
        this.cellLines = new Line[columns];
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
        if (cellLines[column] == null) cellLines[column] = w.line();
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

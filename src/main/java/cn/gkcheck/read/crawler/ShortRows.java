package cn.gkcheck.read.crawler;

import java.util.ArrayList;
import java.util.List;

/**
 * A row printed with spaces between its cells but fewer cells than it has: a blank cell the page
 * printed as nothing at all, so nothing says which cell it was. Its possible readings are the
 * printed figures in order with the blanks put in every possible place; {@link RelationSplitter}
 * keeps the one the relations allow, and where they allow more than one the table is not read.
 */
final class ShortRows {
    private ShortRows() {}

    static final String UNPLACED = "空白格印成了空无一字，无法确定是哪一格空白，而该表没有可据以确定的勾稽关系";

    static boolean isShort(RawRow r) {
        return r.cells() != null && !r.cells().isEmpty() && r.width() > 1 && r.cells().size() < r.width();
    }

    /** Every way to place the row's missing cells as blanks among its printed ones, in order. */
    static List<List<String>> placements(RawRow r) {
        List<String> printed = r.cells().stream().map(RawRow.Piece::text).toList();
        List<List<String>> out = new ArrayList<>();
        place(printed, 0, r.width(), new ArrayList<>(), out);
        return out;
    }

    private static void place(List<String> printed, int next, int width, List<String> cells, List<List<String>> out) {
        if (cells.size() == width) {
            if (next == printed.size()) out.add(List.copyOf(cells));
            return;
        }
        int left = width - cells.size();
        if (printed.size() - next < left) { // a blank here still leaves room for the rest
            cells.add("");
            place(printed, next, width, cells, out);
            cells.remove(cells.size() - 1);
        }
        if (next < printed.size()) {
            cells.add(printed.get(next));
            place(printed, next + 1, width, cells, out);
            cells.remove(cells.size() - 1);
        }
    }

    static String example(RawRow r) {
        String printed = String.join(" ", r.cells().stream().map(RawRow.Piece::text).toList());
        return "“" + (r.label().isEmpty() ? "数据" : r.label()) + "”一行只有 " + r.cells().size() + " 格（“" + printed
                + "”），应有 " + r.width() + " 格：";
    }
}

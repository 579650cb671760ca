package cn.gkcheck.read.crawler;

import java.util.List;

/**
 * A data row of a crawled table before its cells are settled: its label pieces, and either its
 * cells as printed (space-separated) or one run of cell text printed without separators.
 *
 * @param key   the canonical row key its label names (requests rows), or null where unknown
 * @param width how many cells the row has in the official format (7, 15, or the block's columns)
 */
record RawRow(List<Piece> labels, List<Piece> cells, Piece run, String key, int width) {

    /**
     * Text as printed and the column (0-based) in its line where it starts; inferred where the
     * reader decided that pieces printed apart are one cell.
     */
    record Piece(String text, int at, boolean inferred) {
        Piece(String text, int at) {
            this(text, at, false);
        }
    }

    boolean runTogether() {
        return run != null;
    }

    String label() {
        StringBuilder b = new StringBuilder();
        for (Piece p : labels) b.append(p.text());
        return b.toString();
    }
}

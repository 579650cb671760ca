package cn.gkcheck.read;

import cn.gkcheck.model.Placement;
import cn.gkcheck.model.Source;
import java.util.List;

/** A block of a {@link Doc}: a paragraph (or heading) of prose, or a table grid. */
public sealed interface Block permits Block.Para, Block.Grid {

    /** A paragraph or line of prose, text as printed (trimmed), with where it stands. */
    record Para(String text, Source source) implements Block {}

    /**
     * A table as a grid: rows of cells in reading order, merged cells already expanded so
     * that every cell stands under its column (a cell spanning two columns is repeated in
     * both, or the second copy left "" — readers say which in {@link GridCell#spanned}).
     * {@code unreadable} is null for a grid read whole; otherwise why the reader could not read
     * its cells reliably (the interpreter then marks the table, and maps none of its cells).
     */
    record Grid(List<GridRow> rows, Source source, String unreadable) implements Block {
        public Grid {
            LimitExceeded.table(rows.size(), rows.stream().mapToLong(r -> r.cells().size()).sum());
        }

        public Grid(List<GridRow> rows, Source source) {
            this(rows, source, null);
        }
    }

    /** One row of a grid. */
    record GridRow(List<GridCell> cells, Source source) {
        public List<String> texts() {
            return cells.stream().map(GridCell::text).toList();
        }
    }

    /**
     * One cell: its text exactly as printed (whitespace trimmed, inner spaces kept), where it
     * stands, and whether it is the continuation of a merged (rowspan/colspan, vMerge/gridSpan)
     * cell rather than a cell of its own. {@code placement} is null where the cell stands as
     * printed, {@link Placement#SPLIT} where the reader had to cut run-together text to make it.
     */
    record GridCell(String text, Source source, boolean spanned, Placement placement) {
        public GridCell(String text, Source source) {
            this(text, source, false, null);
        }

        public GridCell(String text, Source source, boolean spanned) {
            this(text, source, spanned, null);
        }
    }
}

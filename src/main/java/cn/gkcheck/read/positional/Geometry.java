package cn.gkcheck.read.positional;

/**
 * The scale of the positions the rebuilder works on, so that one rebuilder serves PDF glyphs
 * (x and y in points, each glyph with its own font size) and a character grid (x a column,
 * y a line index times {@link #lineHeight}). Tolerances that are shares of the font size
 * (the em-based gaps) stay in the code; what is said here are the tolerances in the unit of
 * the coordinates, and the em a glyph without a size is given.
 *
 * @param em             font size of a glyph that carries none (PDF: 10 pt; grid: one column)
 * @param lineHeight     distance between two consecutive lines (PDF: nominal 1.2 em; grid: 1)
 * @param sameLine       baselines closer than this stand on one line
 * @param anchor         a label fragment is on a data row's line if their baselines differ by less than this
 * @param labelStart     label sub-column starts closer than this are one sub-column
 * @param edge           left or right edges closer than this are one edge (number clusters, flush-left columns)
 * @param nudge          the slack allowed where a word starts a hair before its column or header
 * @param enumeratorSlack how far from its sub-column's start a numbered label may begin and still start it
 * @param runOver        how far past the next sub-column's start a label must reach to run over into it
 * @param topMargin      a page-number line above this share of the page height is page furniture
 * @param bottomMargin   a page-number line below this share of the page height is page furniture
 * @param clusterGap     numbers less than this apart in x are one column of numbers (a grid places a
 *                       narrow number a column or two off where a wide one above it starts)
 * @param pagesShareX    whether an x means the same place on every page (PDF points do; the columns of a
 *                       character grid are laid out page by page, so a table continued on the next page
 *                       has its columns elsewhere and is first brought into line, see {@link PageAlign})
 */
public record Geometry(float em, float lineHeight, float sameLine, float anchor, float labelStart, float edge,
                       float nudge, float enumeratorSlack, float runOver, float topMargin, float bottomMargin,
                       float clusterGap, boolean pagesShareX) {

    /** PDF glyphs: points, y growing downwards, y the baseline. */
    public static final Geometry PDF = new Geometry(10f, 12f, 2.0f, 5.0f, 6.0f, 0.5f, 1.0f, 3.0f, 2.0f, 0.08f, 0.88f, 0.5f, true);

    /**
     * A character grid (text laid out by {@code pdftotext -layout}): one column per character,
     * one unit per line. Positions are exact, so every tolerance is below one column or line:
     * a row is one line, and a column edge is the column where the text starts.
     */
    public static final Geometry GRID = new Geometry(1f, 1f, 0.5f, 0.5f, 2.5f, 0.5f, 0.5f, 2.0f, 0.5f, 0.08f, 0.88f, 2.0f, false);

    /** The em of a glyph: its own font size, or this geometry's where it has none. */
    float emOf(float fontSize) {
        return fontSize <= 0 ? em : fontSize;
    }
}

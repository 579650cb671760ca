package cn.gkcheck.read;

import java.time.Duration;

/**
 * Every bound gkcheck puts on an input, in one place. An annual report is some tens of pages,
 * six sections, three tables of about thirty rows; each bound below is far beyond any real
 * report, so only a broken or hostile file reaches one. A file that does is refused as a whole
 * with {@link LimitExceeded} — one GK-IN-UNREADABLE finding naming the limit and the value found —
 * and the batch goes on. The README's "Limits" table lists the same values.
 */
public final class Limits {
    private Limits() {}

    /** Any input, read from disk. */
    public static final long FILE_BYTES = 200L * 1024 * 1024;
    /** Text, Markdown, crawler text, HTML and JSON: the whole text of a report is well under 1 MB. */
    public static final long TEXT_BYTES = 20L * 1024 * 1024;
    /** One line of a text input (a crawler's one-line page body is some 100 KB). */
    public static final int LINE_BYTES = 2 * 1024 * 1024;
    /** One part of a Word package, decompressed. */
    public static final long ZIP_ENTRY_BYTES = 100L * 1024 * 1024;
    /** All parts of a Word package together, decompressed. */
    public static final long ZIP_TOTAL_BYTES = 300L * 1024 * 1024;
    /** Parts in a Word package (a report has about a dozen). */
    public static final int ZIP_ENTRIES = 1000;
    /** Smallest compressed/decompressed ratio of a zip entry before it is taken for a bomb. */
    public static final double ZIP_MIN_INFLATE_RATIO = 0.01;
    /** Elements nested in one another (HTML), tables nested in cells (Word), JSON arrays and objects. */
    public static final int NESTING = 256;
    /** Rows of one table. */
    public static final int TABLE_ROWS = 5000;
    /** Cells of one table, after spans are expanded. */
    public static final int TABLE_CELLS = 500_000;
    /** Columns of one table row: cells beyond it are dropped (see {@link Grid}), as merged cells are capped. */
    public static final int ROW_CELLS = 2000;
    /** Columns one merged cell may cover (colspan, gridSpan); a larger span is capped to it, not refused. */
    public static final int CELL_SPAN = 1000;
    /** Rows one merged cell may cover (HTML's own limit for rowspan); capped, never past the table's end. */
    public static final int CELL_ROWSPAN = 65534;
    /** Pages of a PDF. */
    public static final int PDF_PAGES = 2000;
    /** Paragraphs and tables of one document. */
    public static final int BLOCKS = 100_000;
    /** Digits of a number in JSON. */
    public static final int NUMBER_DIGITS = 100;
    /** Wall-clock time one input may take to read, by default ({@code --time-budget}). */
    public static final Duration TIME_BUDGET = Duration.ofSeconds(30);
}

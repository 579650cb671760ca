package cn.gkcheck.format;

/**
 * What a section heading reworded beyond its variants looks like ("五、下一步工作打算"): short text,
 * not a sentence. It is a heading only where its section is due — the caller knows where that is;
 * this says whether the text after the numeral could be one. Shared by the interpreter, which
 * judges heading lines, and the crawler reader, which must cut a page's run-on text at it.
 */
public final class RenamedHeadings {
    private RenamedHeadings() {}

    /** Longest a reworded heading is taken to be (folded characters). */
    public static final int MAX_LENGTH = 24;

    /** Whether {@code text} (what follows the numeral) could be a reworded heading. */
    public static boolean couldBe(String text) {
        String folded = Labels.fold(text);
        // a sentence ("。") or a statement ("…是…") is body text that happens to start with a numeral
        return !folded.isEmpty() && folded.length() <= MAX_LENGTH && !text.contains("。") && !text.contains("是");
    }
}

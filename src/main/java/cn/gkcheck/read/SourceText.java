package cn.gkcheck.read;

import cn.gkcheck.model.Source;

/**
 * The text an input holds at a place, looked up again in the original input rather than taken
 * from what the reader built: the other half of the source gate, which checks that every cell's
 * raw text really stands where its source says.
 */
@FunctionalInterface
public interface SourceText {
    /** The original text at {@code source}, or null where this input cannot look that place up. */
    String at(Source source);

    /** For inputs whose sources are file lines (text, Markdown, pdftotext, crawler text): the line as in the file. */
    static SourceText lines(String[] fileLines) {
        return s -> s.getLine() != null && s.getLine() >= 1 && s.getLine() <= fileLines.length ? fileLines[s.getLine() - 1] : null;
    }
}

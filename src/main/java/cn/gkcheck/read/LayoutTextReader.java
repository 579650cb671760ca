package cn.gkcheck.read;

import cn.gkcheck.model.Source;
import cn.gkcheck.read.positional.Geometry;
import cn.gkcheck.read.positional.Glyph;
import cn.gkcheck.read.positional.Layout;
import cn.gkcheck.read.positional.Line;
import cn.gkcheck.read.positional.PageLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text laid out by position, as {@code pdftotext -layout} writes it: pages separated by
 * form feeds, table columns kept apart by runs of spaces. Such text is a character grid, so it
 * is read the way a PDF is: every printed character becomes a glyph at (column, line), and the
 * same positional rebuilder ({@code cn.gkcheck.read.positional}) finds the tables, their
 * columns (from header and number positions) and their wrapped labels, and drops page numbers.
 * Every line keeps its line number in the file, so findings point at {@code file:line}.
 *
 * <p>The x of a character is its index in the line, one column per character whatever its
 * width: that is how {@code pdftotext -layout} pads, so a number stands at the same index as
 * its header however many Chinese characters precede either (measured on the samples; by
 * display width, where a Chinese character takes two columns, they do not line up).
 */
public final class LayoutTextReader implements DocReader {
    /** Two runs of three or more spaces between printed text: a line of a table laid out by position. */
    private static final Pattern ALIGNED = Pattern.compile("\\S {3,}\\S.* {3,}\\S");
    private static final Pattern ALIGNED_NUMBERS = Pattern.compile("\\S {3,}[-\\d.,]+ {2,}[-\\d.,]+");

    @Override
    public Doc read(byte[] bytes, String fileName) {
        Doc doc = new Doc(InputKind.PDFTEXT.id());
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        doc.encoding = d.encoding();
        if (d.detected()) doc.guesses.add(TextDecoder.guessOf(d));
        String[] fileLines = d.text().split("\\r\\n|\\n|\\r", -1);
        doc.original = SourceText.lines(fileLines);

        List<Line> lines = new ArrayList<>();
        List<Glyph> page = new ArrayList<>();
        int pageNo = 1;
        for (int i = 0; i < fileLines.length; i++) {
            Deadline.check();
            String s = fileLines[i];
            int ff;
            while ((ff = s.indexOf('\f')) >= 0) {
                // what stands before the form feed ends the page; the rest begins the next
                addGlyphs(page, pageNo, s.substring(0, ff), i);
                addPage(lines, pageNo, page);
                page = new ArrayList<>();
                pageNo++;
                s = s.substring(ff + 1); // pdftotext sets the form feed before the first line of a page, outside its columns
            }
            addGlyphs(page, pageNo, s, i);
        }
        addPage(lines, pageNo, page);
        for (Block b : Layout.blocks(lines)) doc.add(b);
        return doc;
    }

    /**
     * Each printed character of one file line as a glyph one column wide; y is the line's index.
     * {@code pdftotext} writes one space where a number meets the Chinese after it ("1520 件")
     * whether or not the page shows a gap there; such a space is not kept as one.
     */
    private static void addGlyphs(List<Glyph> out, int page, String line, int index) {
        boolean space = false;
        int col = 0, prev = -1, shift = 0; // shift: the run after a dropped space is set tight against the text before it
        for (int k = 0; k < line.length(); ) {
            int cp = line.codePointAt(k);
            k += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                int next = k < line.length() ? line.codePointAt(k) : -1;
                boolean single = next >= 0 && !Character.isWhitespace(next) && !Character.isSpaceChar(next);
                if (!space && single && prev >= 0 && latin(prev) && cjk(next)) {
                    shift++;
                } else {
                    space = true;
                    shift = 0;
                }
            } else {
                prev = cp;
                out.add(new Glyph(page, col - shift, index * Geometry.GRID.lineHeight(), 1, Geometry.GRID.em(), new String(Character.toChars(cp)), space));
                space = false;
            }
            col++;
        }
    }

    private static boolean latin(int cp) {
        return cp < 0x80 && Character.isLetterOrDigit(cp);
    }

    private static boolean cjk(int cp) {
        return cp >= 0x2E80;
    }

    private static void addPage(List<Line> lines, int page, List<Glyph> glyphs) {
        if (glyphs.isEmpty()) return;
        List<Line> ls = PageLines.of(page, glyphs, Geometry.GRID,
                (p, n, y) -> Source.line(Math.round(y / Geometry.GRID.lineHeight()) + 1));
        float top = ls.get(0).y(), bottom = ls.get(ls.size() - 1).y();
        for (Line l : ls) if (!PageLines.isPageMarker(l, top, bottom)) lines.add(l);
    }

    /**
     * Text laid out by position: pages separated by form feeds and lines with columns kept apart
     * by runs of spaces, or, without form feeds, many lines of numbers in such columns. Bytes are
     * looked at as ISO-8859-1: spaces, digits and form feeds are the same in every encoding used.
     */
    public static boolean looksLikeLayout(String text) {
        int aligned = 0, numbers = 0;
        for (String l : text.split("\n")) {
            Matcher m = ALIGNED.matcher(l);
            if (m.find()) aligned++;
            if (ALIGNED_NUMBERS.matcher(l).find()) numbers++;
        }
        boolean pages = text.indexOf('\f') >= 0;
        return pages && aligned >= 3 || numbers >= 8 && aligned >= 10;
    }
}

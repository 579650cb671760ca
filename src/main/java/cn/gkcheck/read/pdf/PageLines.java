package cn.gkcheck.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups a page's glyphs into lines (by baseline) and each line into words (by gaps). */
public final class PageLines {
    /** Glyphs whose baselines differ by less than this (points) stand on one line. */
    static final float SAME_LINE = 2.0f;

    private PageLines() {}

    public static List<Line> of(int page, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> cur = null;
        float first = 0;
        for (Glyph g : sorted) {
            if (cur == null || g.y() - first > SAME_LINE) {
                cur = new ArrayList<>();
                groups.add(cur);
                first = g.y();
            }
            cur.add(g);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> gs : groups) {
            gs.sort(Comparator.comparingDouble(Glyph::x));
            Line line = new Line(page, lines.size() + 1, dropOverprint(gs));
            splitWords(line);
            lines.add(line);
        }
        return lines;
    }

    /** The same character printed twice at (nearly) the same spot is one character (fake bold, shadow). */
    private static List<Glyph> dropOverprint(List<Glyph> gs) {
        List<Glyph> out = new ArrayList<>();
        for (Glyph g : gs) {
            Glyph p = out.isEmpty() ? null : out.get(out.size() - 1);
            if (p != null && p.text().equals(g.text()) && Math.abs(p.x() - g.x()) < 0.2f * Math.max(1, g.width())) continue;
            out.add(g);
        }
        return out;
    }

    private static void splitWords(Line line) {
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line.glyphs) {
            if (prev != null && Text.gap(prev, g)) {
                line.words.add(new Word(cur, line));
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
        }
        if (!cur.isEmpty()) line.words.add(new Word(cur, line));
    }

    /** A page number line ("- 4 -", "-3-", "第4页") at the top or bottom margin: not content. */
    public static boolean isPageMarker(Line line, float pageHeight) {
        boolean margin = line.y() > pageHeight * 0.88f || line.y() < pageHeight * 0.08f;
        return margin && Text.isPageMarker(line.compact());
    }
}

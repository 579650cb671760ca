package cn.gkcheck.read.positional;

import cn.gkcheck.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups a page's glyphs into lines (by baseline) and each line into words (by gaps). */
public final class PageLines {
    private PageLines() {}

    /** Where a line stands in the input, from its page, its number on the page and its baseline. */
    public interface Sources {
        Source at(int page, int number, float y);
    }

    /** PDF lines: page and line number on the page. */
    public static List<Line> of(int page, List<Glyph> glyphs) {
        return of(page, glyphs, Geometry.PDF, (p, n, y) -> Source.pageLine(p, n));
    }

    /** Glyphs whose baselines differ by less than {@link Geometry#sameLine} stand on one line. */
    public static List<Line> of(int page, List<Glyph> glyphs, Geometry geometry, Sources sources) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> cur = null;
        float first = 0;
        for (Glyph g : sorted) {
            if (cur == null || g.y() - first > geometry.sameLine()) {
                cur = new ArrayList<>();
                groups.add(cur);
                first = g.y();
            }
            cur.add(g);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> gs : groups) {
            gs.sort(Comparator.comparingDouble(Glyph::x));
            int number = lines.size() + 1;
            List<Glyph> kept = dropOverprint(gs);
            Line line = new Line(page, number, kept, geometry, sources.at(page, number, averageY(kept)));
            splitWords(line);
            lines.add(line);
        }
        return lines;
    }

    private static float averageY(List<Glyph> gs) {
        float sum = 0;
        for (Glyph g : gs) sum += g.y();
        return sum / gs.size();
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

    static void splitWords(Line line) {
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
        return isPageMarker(line, 0, pageHeight);
    }

    /** The same, for a page whose content spans {@code top} to {@code bottom} (a grid page's first and last line). */
    public static boolean isPageMarker(Line line, float top, float bottom) {
        Geometry g = line.geometry;
        float h = bottom - top;
        boolean margin = line.y() > top + h * g.bottomMargin() || line.y() < top + h * g.topMargin();
        return margin && Text.isPageMarker(line.compact());
    }
}

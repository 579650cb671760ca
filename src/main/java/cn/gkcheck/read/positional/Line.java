package cn.gkcheck.read.positional;

import cn.gkcheck.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Glyphs sharing a baseline on one page, in x order, cut into words; numbered from the top of
 * the page. A line says where it stands in the input ({@link #source}: a PDF's page and line, a
 * text file's line) and the {@link Geometry} its positions are measured in.
 */
public final class Line {
    public final int page;
    /** 1-based within the page, top to bottom. */
    public final int number;
    public final List<Glyph> glyphs;
    public final List<Word> words = new ArrayList<>();
    public final Geometry geometry;
    private final Source source;
    private final float y;

    public Line(int page, int number, List<Glyph> glyphs, Geometry geometry, Source source) {
        this.page = page;
        this.number = number;
        this.glyphs = glyphs;
        this.geometry = geometry;
        this.source = source;
        float sum = 0;
        for (Glyph g : glyphs) sum += g.y();
        this.y = sum / glyphs.size();
    }

    public float y() {
        return y;
    }

    public String text() {
        return Text.join(glyphs).trim();
    }

    /** The text with all whitespace removed, for recognising headings and page markers. */
    public String compact() {
        return text().replaceAll("\\s+", "");
    }

    public float fontSize() {
        float f = 0;
        for (Glyph g : glyphs) f = Math.max(f, g.fontSize());
        return geometry.emOf(f);
    }

    /** Where this line stands in the input; a fresh copy each time (sources are mutable beans). */
    public Source source() {
        Source s = new Source();
        s.setPage(source.getPage());
        s.setLine(source.getLine());
        return s;
    }

    @Override
    public String toString() {
        return source.describe() + " " + text();
    }
}

package cn.gkcheck.read.pdf;

import java.util.ArrayList;
import java.util.List;

/** Glyphs sharing a baseline on one page, in x order, cut into words; numbered from the top of the page. */
public final class Line {
    public final int page;
    /** 1-based within the page, top to bottom. */
    public final int number;
    public final List<Glyph> glyphs;
    public final List<Word> words = new ArrayList<>();
    private final float y;

    public Line(int page, int number, List<Glyph> glyphs) {
        this.page = page;
        this.number = number;
        this.glyphs = glyphs;
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
        return f <= 0 ? 10 : f;
    }

    @Override
    public String toString() {
        return "p" + page + ":" + number + " " + text();
    }
}

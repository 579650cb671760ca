package cn.gkcheck.read.positional;

import java.util.List;

/**
 * A run of glyphs on one line with no visible gap between them. Numbers are always one word
 * (their digits are set tight), so a word is the unit that is placed into a table column.
 */
public record Word(List<Glyph> glyphs, Line line) {
    public float x0() {
        return glyphs.get(0).x();
    }

    public float x1() {
        float r = 0;
        for (Glyph g : glyphs) r = Math.max(r, g.right());
        return r;
    }

    public float center() {
        return (x0() + x1()) / 2;
    }

    public float y() {
        return line.y();
    }

    public float fontSize() {
        float f = 0;
        for (Glyph g : glyphs) f = Math.max(f, g.fontSize());
        return line.geometry.emOf(f);
    }

    public String text() {
        return Text.join(glyphs);
    }
}

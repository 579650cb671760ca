package cn.gkcheck.read.positional;

/**
 * One printed character with where it stands on its page (PDF points, y growing downwards,
 * y = baseline). The reader works on these rather than on extracted text because tables are
 * only recoverable from positions. Space characters are not kept as glyphs; {@code spaceBefore}
 * records that one was printed just before this glyph (a narrow Latin space is not always a
 * visible gap).
 */
public record Glyph(int page, float x, float y, float width, float fontSize, String text, boolean spaceBefore) {
    public float right() {
        return x + width;
    }
}

package cn.gkcheck.read.pdf;

import cn.gkcheck.read.positional.Glyph;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph PDFBox finds, page by page, with its position. It hooks in where
 * PDFTextStripper hands over a page's characters (after PDFBox has dropped the overprinted
 * duplicates of fake-bold text) and writes nothing: the layout is rebuilt from positions.
 */
public final class GlyphCollector extends PDFTextStripper {
    private final List<List<Glyph>> pages = new ArrayList<>();

    public GlyphCollector() {
        super();
    }

    /** One list of glyphs per page, in content order. */
    public List<List<Glyph>> collect(PDDocument doc) throws IOException {
        pages.clear();
        setSortByPosition(false);
        writeText(doc, new StringWriter());
        return pages;
    }

    @Override
    protected void writePage() {
        cn.gkcheck.read.Deadline.check();
        int page = getCurrentPageNo();
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            boolean space = false;
            for (TextPosition t : article) {
                String u = t.getUnicode();
                if (u == null || u.isBlank()) { // white space is a gap before the next glyph, not a glyph
                    space = true;
                    continue;
                }
                float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir();
                glyphs.add(new Glyph(page, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, u, space));
                space = false;
            }
        }
        while (pages.size() < page - 1) pages.add(new ArrayList<>());
        pages.add(glyphs);
    }
}

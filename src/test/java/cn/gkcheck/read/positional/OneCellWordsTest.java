package cn.gkcheck.read.positional;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.read.Block;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text inside one cell's column range is one cell, spaces and all: a garbled amount printed
 * "482.19 7万元" under 采购总金额 is that cell's text (the checker reports the amount), not a
 * number and a third column with no header. Two columns of numbers stand a cell's padding apart,
 * far more than the word space here, so a header run together over two columns is not joined.
 */
class OneCellWordsTest {
    private static final float FONT = 7f;

    @Test
    void twoWordsAWordSpaceApartUnderOneHeaderAreOneCell() {
        List<Line> lines = List.of(
                line(100, word(44.1f, "信息内容"), word(285.5f, "采购项目数量"), word(456.6f, "采购总金额")),
                line(128, word(44.1f, "政府集中采购"), word(285.5f, "38"), word(456.6f, "482.19"), word(481.2f, "7万元")));
        List<List<String>> rows = GridBuilder.build(lines, null).rows().stream().map(Block.GridRow::texts).toList();
        assertThat(rows).containsExactly(List.of("信息内容", "采购项目数量", "采购总金额"), List.of("政府集中采购", "38", "482.19 7万元"));
        assertThat(GridBuilder.build(lines, null).rows().get(1).cells()).allMatch(c -> c.placement() == null);
    }

    @Test
    void columnsOfNumbersAPaddingApartStayColumns() {
        // one header cell over two columns of numbers: they are still two columns, read by position
        List<Line> lines = List.of(
                line(100, word(44.1f, "信息内容"), word(285.5f, "本年制发件数本年废止件数")),
                line(128, word(44.1f, "规章"), word(285.5f, "12"), word(330.5f, "3")));
        List<List<String>> rows = GridBuilder.build(lines, null).rows().stream().map(Block.GridRow::texts).toList();
        assertThat(rows.get(rows.size() - 1)).containsExactly("规章", "12", "3");
    }

    private record W(float x, String text) {}

    private static W word(float x, String text) {
        return new W(x, text);
    }

    /** One line of glyphs at baseline y: CJK a full em wide, digits and the like about 0.6 em; a space before each word after the first. */
    private static Line line(float y, W... words) {
        List<Glyph> gs = new ArrayList<>();
        for (W w : words) {
            float x = w.x();
            boolean first = true;
            for (char c : w.text().toCharArray()) {
                float width = c >= 0x2E80 ? FONT * 1.07f : c == '.' ? FONT * 0.28f : FONT * 0.6f;
                gs.add(new Glyph(1, x, y, width, FONT, String.valueOf(c), first && w != words[0]));
                x += width;
                first = false;
            }
        }
        List<Line> ls = PageLines.of(1, gs);
        assertThat(ls).hasSize(1);
        return ls.get(0);
    }
}

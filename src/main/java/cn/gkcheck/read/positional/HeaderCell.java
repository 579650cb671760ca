package cn.gkcheck.read.positional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One cell of a table header as printed: words stacked over one or more lines ("商业 / 企业",
 * "商 业 企 / 业", "其他结 / 果"). A cell with no other header cell below it is a leaf: it names
 * one data column.
 */
final class HeaderCell {
    final List<Word> words = new ArrayList<>();

    float x0() {
        float v = Float.MAX_VALUE;
        for (Word w : words) v = Math.min(v, w.x0());
        return v;
    }

    float x1() {
        float v = -Float.MAX_VALUE;
        for (Word w : words) v = Math.max(v, w.x1());
        return v;
    }

    float center() {
        return (x0() + x1()) / 2;
    }

    /** Baselines are compared page by page: a header never spans a page break. */
    float top() {
        float v = Float.MAX_VALUE;
        for (Word w : words) v = Math.min(v, w.y());
        return v;
    }

    float bottom() {
        float v = -Float.MAX_VALUE;
        for (Word w : words) v = Math.max(v, w.y());
        return v;
    }

    float fontSize() {
        float f = 0;
        for (Word w : words) f = Math.max(f, w.fontSize());
        return f;
    }

    int page() {
        return words.get(0).line().page;
    }

    boolean overlapsX(HeaderCell o) {
        return Math.min(x1(), o.x1()) - Math.max(x0(), o.x0()) > 0;
    }

    String text() {
        List<Word> ws = new ArrayList<>(words);
        ws.sort(Comparator.comparingInt((Word w) -> w.line().page).thenComparingDouble(Word::y).thenComparingDouble(Word::x0));
        String out = "";
        Line prev = null;
        for (Word w : ws) {
            if (prev == w.line()) out = out + " " + w.text();
            else out = Text.joinWrapped(out, w.text());
            prev = w.line();
        }
        return out;
    }
}

package cn.gkcheck.read.positional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings the pages of one table into one x scale where pages do not share it (a character grid:
 * {@code pdftotext -layout} picks each page's columns by itself, so the same table column stands
 * at column 33 on one page and at 39 on the next). The columns of numbers of the table's first
 * page are the reference: on each later page, the k-th column of numbers is moved onto the k-th
 * of the first page, x between two columns in proportion, x left of the numbers (the labels) in
 * proportion to the distance from the left margin. With a different number of columns of numbers
 * on a page, only its first and last columns are matched; a page with one column of numbers is
 * matched only to a first page with one (a one-column 第二十条 block continued on the next page), as
 * one column cannot say which of several it is.
 */
final class PageAlign {
    private PageAlign() {}

    static List<Line> align(List<Line> lines) {
        Map<Integer, List<Line>> pages = new LinkedHashMap<>();
        for (Line l : lines) pages.computeIfAbsent(l.page, k -> new ArrayList<>()).add(l);
        if (pages.size() < 2) return lines;
        float[] ref = null;
        List<Line> firstPage = null;
        List<Line> out = new ArrayList<>();
        for (List<Line> page : pages.values()) {
            float[] centers = centers(page);
            if (ref == null) {
                if (centers.length >= 1) {
                    ref = centers;
                    firstPage = page;
                }
                out.addAll(page);
                continue;
            }
            if (centers.length == 0 || centers.length != ref.length && (centers.length < 2 || ref.length < 2)) {
                out.addAll(page);
                continue;
            }
            float[] from, to;
            if (centers.length == ref.length) {
                from = centers;
                to = ref;
            } else {
                from = new float[] {centers[0], centers[centers.length - 1]};
                to = new float[] {ref[0], ref[ref.length - 1]};
            }
            float[][] labels = labelAnchors(firstPage, page, from[0], to[0]);
            if (labels != null) {
                from = concat(labels[0], from);
                to = concat(labels[1], to);
            }
            for (Line l : page) out.add(remap(l, from, to));
        }
        return out;
    }

    /** Centres of the columns of numbers on one page, left to right. */
    private static float[] centers(List<Line> page) {
        List<Word> numbers = new ArrayList<>();
        for (Line l : page) for (Word w : l.words) if (Text.isValue(w.text())) numbers.add(w);
        float[][] clusters = GridBuilder.clusters(numbers, page.get(0).geometry);
        float left = Float.MAX_VALUE;
        for (Word w : numbers) left = Math.min(left, w.x0());
        float[][] byRank = GridBuilder.rankClusters(page, left);
        if (byRank != null && byRank.length < clusters.length) clusters = byRank;
        float[] c = new float[clusters.length];
        for (int i = 0; i < c.length; i++) c[i] = (clusters[i][0] + clusters[i][1]) / 2;
        return c;
    }

    /** How a row label begins: 一、 / （一） / 1. — one sub-column of the label zone each. */
    private static final java.util.regex.Pattern[] LABEL_KINDS = {
            java.util.regex.Pattern.compile("^[一二三四五六七八九十]+、"),
            java.util.regex.Pattern.compile("^[（(][一二三四五六七八九十]+[）)]"),
            java.util.regex.Pattern.compile("^\\d+[.．、]")};

    /**
     * The label sub-columns of a later page matched to the first page's by how their labels begin: the
     * labels' left edges are not in proportion to the numbers' (each page's grid squeezes labels its own
     * way). Anchors left of the numbers, increasing on both pages, or null where the pages share none.
     */
    private static float[][] labelAnchors(List<Line> first, List<Line> page, float pageNumbers, float firstNumbers) {
        List<Float> from = new ArrayList<>(), to = new ArrayList<>();
        for (java.util.regex.Pattern kind : LABEL_KINDS) {
            float a = startOf(page, kind, pageNumbers), b = startOf(first, kind, firstNumbers);
            if (a < 0 || b < 0) continue;
            if (!from.isEmpty() && (a <= from.get(from.size() - 1) || b <= to.get(to.size() - 1))) continue;
            from.add(a);
            to.add(b);
        }
        if (from.isEmpty()) return null;
        float[][] out = new float[2][from.size()];
        for (int i = 0; i < from.size(); i++) {
            out[0][i] = from.get(i);
            out[1][i] = to.get(i);
        }
        return out;
    }

    /** The smallest left edge of a label of this kind left of the numbers, or -1. */
    private static float startOf(List<Line> lines, java.util.regex.Pattern kind, float numbers) {
        float min = Float.MAX_VALUE;
        for (Line l : lines) {
            for (Word w : l.words) {
                if (w.x0() < numbers && kind.matcher(w.text()).find()) min = Math.min(min, w.x0());
            }
        }
        return min == Float.MAX_VALUE ? -1 : min;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = new float[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static float map(float x, float[] from, float[] to) {
        if (x <= from[0]) return from[0] <= 0 ? x : x * to[0] / from[0];
        for (int i = 0; i + 1 < from.length; i++) {
            if (x <= from[i + 1]) return to[i] + (x - from[i]) * (to[i + 1] - to[i]) / (from[i + 1] - from[i]);
        }
        return x - from[from.length - 1] + to[to.length - 1];
    }

    private static Line remap(Line l, float[] from, float[] to) {
        List<Glyph> gs = new ArrayList<>();
        for (Glyph g : l.glyphs) {
            float x0 = map(g.x(), from, to), x1 = map(g.right(), from, to);
            gs.add(new Glyph(g.page(), x0, g.y(), Math.max(x1 - x0, 0.01f), g.fontSize(), g.text(), g.spaceBefore()));
        }
        Line out = new Line(l.page, l.number, gs, l.geometry, l.source());
        PageLines.splitWords(out);
        return out;
    }
}

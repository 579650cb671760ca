package cn.gkcheck.read.positional;

import java.util.List;

/**
 * Where one column of numbers ends and the next begins, to cut header text that runs on
 * without a visible gap ("社会公法律服务") and to tell which columns a header stands over.
 *
 * <p>Numbers centred in their cells put the boundary midway between two columns of numbers.
 * Numbers set flush left put it just before the next column's numbers, where that column's
 * header starts too; midway would fall inside the header text of the column on the left.
 */
final class ColumnBounds {
    private ColumnBounds() {}

    /** One boundary between each two neighbouring clusters of numbers (see GridBuilder.clusters). */
    static float[] of(float[][] clusters, boolean flushLeft, Geometry geo) {
        final float sameEdge = geo.edge();
        float[] bounds = new float[Math.max(0, clusters.length - 1)];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = flushLeft ? clusters[i + 1][0] - sameEdge : (clusters[i][1] + clusters[i + 1][0]) / 2;
        }
        return bounds;
    }

    /** Whether the numbers (and so the headers over them) are set flush left in their cells. */
    static boolean flushLeft(float[][] clusters, List<Word> numbers, List<Line> header, Geometry geo) {
        Boolean byNumbers = flushLeftByNumbers(clusters, numbers, geo.edge());
        return byNumbers != null ? byNumbers : headersStartAtNumbers(clusters, header, geo.edge());
    }

    /**
     * Numbers are flush left if, in every column where numbers of different widths are printed,
     * they share their left edge. Columns whose numbers all have one width ("0", "0", "0") say
     * nothing: with no column of mixed widths the answer is null, undecided.
     */
    private static Boolean flushLeftByNumbers(float[][] clusters, List<Word> numbers, float sameEdge) {
        boolean mixed = false;
        for (float[] c : clusters) {
            float minX0 = Float.MAX_VALUE, maxX0 = -Float.MAX_VALUE, minX1 = Float.MAX_VALUE, maxX1 = -Float.MAX_VALUE;
            for (Word w : numbers) {
                if (w.x0() < c[0] - sameEdge || w.x1() > c[1] + sameEdge) continue;
                minX0 = Math.min(minX0, w.x0());
                maxX0 = Math.max(maxX0, w.x0());
                minX1 = Math.min(minX1, w.x1());
                maxX1 = Math.max(maxX1, w.x1());
            }
            if (maxX1 - minX1 <= sameEdge) continue; // one width only
            mixed = true;
            if (maxX0 - minX0 > sameEdge) return false;
        }
        return mixed ? Boolean.TRUE : null;
    }

    /**
     * With one row of numbers (the 复议/诉讼 table) only the header can tell: flush left if over
     * every column of numbers some header text starts exactly where the numbers start. Centred
     * numbers and centred headers of different widths do not line up like that.
     */
    private static boolean headersStartAtNumbers(float[][] clusters, List<Line> header, float sameEdge) {
        if (clusters.length < 2) return false;
        for (float[] c : clusters) {
            boolean found = false;
            for (Line l : header) for (Word w : l.words) found |= Math.abs(w.x0() - c[0]) <= sameEdge;
            if (!found) return false;
        }
        return true;
    }
}

package cn.gkcheck.read.positional;

import cn.gkcheck.read.Block.GridCell;
import java.util.ArrayList;
import java.util.List;

/**
 * Ties the label text left of the data to the data rows.
 *
 * <p>The label zone has one or more sub-columns (一、… / （一）… / 1.…), found from where
 * numbered labels start. Label lines are cut into fragments per sub-column and fragments into
 * blocks: a wrapped label ("（二）部分公开（区分处理的，只计这一情 / 形，不计其他情形）"), a
 * vertical label printed one character per line ("三 / 、 / 本 / 年 …") and a group label split by
 * a page break ("（四）无 | 法提供") each become one block. A block on a data row's line belongs to
 * that row; a block standing between rows belongs to the nearest row that has no label of its
 * own there. A group label (a merged cell in the printed table) is then repeated, marked
 * spanned, on every row of its group: the run of rows with sub-labels, where a sub-label
 * numbered 1 starts a new group. Label text is never altered, only joined.
 */
final class LabelColumns {
    /** Lines of one wrapped or vertical label are at most this many em apart. */
    private static final float WRAP_EM = 2.2f;

    private final int count;

    private LabelColumns(int count) {
        this.count = count;
    }

    int count() {
        return count;
    }

    private static final class Fragment {
        final List<Glyph> glyphs = new ArrayList<>();
        final Line line;
        int column;
        DataRow anchor;

        Fragment(Line line) {
            this.line = line;
        }

        String text() {
            return Text.join(glyphs).trim();
        }

        float x0() {
            return glyphs.get(0).x();
        }

        float x1() {
            float r = 0;
            for (Glyph g : glyphs) r = Math.max(r, g.right());
            return r;
        }

        float font() {
            float f = 0;
            for (Glyph g : glyphs) f = Math.max(f, g.fontSize());
            return line.geometry.emOf(f);
        }
    }

    private static final class LabelBlock {
        final List<Fragment> parts = new ArrayList<>();
        DataRow row;

        String text() {
            String s = "";
            for (Fragment f : parts) s = Text.joinWrapped(s, f.text());
            return s;
        }

        DataRow anchor() {
            for (Fragment f : parts) if (f.anchor != null) return f.anchor;
            return null;
        }
    }

    /**
     * Ties the label text to the rows; a label that belongs to none of them (all its value cells blank,
     * so no row was made for it) becomes a row of its own, added to {@code rows} in printed order.
     */
    static LabelColumns assign(List<Line> data, float labelEdge, List<DataRow> rows, int valueColumns) {
        List<Word> words = new ArrayList<>();
        for (Line l : data) for (Word w : l.words) if (w.x0() < labelEdge) words.add(w);
        if (words.isEmpty()) return new LabelColumns(0);
        Geometry geo = data.get(0).geometry;

        List<Float> starts = new ArrayList<>();
        for (Word w : words) if (Text.startsWithEnumerator(w.text())) addStart(starts, w.x0(), geo.labelStart());
        if (starts.isEmpty()) {
            float min = Float.MAX_VALUE;
            for (Word w : words) min = Math.min(min, w.x0());
            starts.add(min);
        }
        starts.sort(Float::compare);
        int n = starts.size();

        // fragments: per line, a new one where a numbered label starts or a sub-column begins
        List<Fragment> frags = new ArrayList<>();
        for (Line l : data) {
            Fragment cur = null;
            for (Word w : l.words) {
                if (w.x0() >= labelEdge) continue;
                int col = columnOf(starts, w.x0(), geo.labelStart());
                boolean atStart = Math.abs(starts.get(col) - w.x0()) <= geo.enumeratorSlack();
                if (cur == null || Text.startsWithEnumerator(w.text()) || atStart && col != cur.column) {
                    cur = new Fragment(l);
                    cur.column = col;
                    frags.add(cur);
                }
                cur.glyphs.addAll(w.glyphs());
            }
        }
        for (Fragment f : frags) f.anchor = nearestRow(rows, f.line, geo.anchor());

        // blocks per sub-column
        List<List<LabelBlock>> blocks = new ArrayList<>();
        for (int k = 0; k < n; k++) blocks.add(new ArrayList<>());
        Fragment[] last = new Fragment[n];
        for (Fragment f : frags) {
            List<LabelBlock> bs = blocks.get(f.column);
            Fragment p = last[f.column];
            boolean cont = p != null && !Text.startsWithEnumerator(f.text())
                    && (closeBelow(p.line, f.line, f.font()) || f.line.page == p.line.page + 1)
                    && !(p.anchor != null && f.anchor != null && p.anchor != f.anchor && f.text().length() > 2);
            if (!cont) bs.add(new LabelBlock());
            bs.get(bs.size() - 1).parts.add(f);
            last[f.column] = f;
        }

        // blocks to rows
        for (int k = 0; k < n; k++) {
            List<DataRow> own = new ArrayList<>();
            for (LabelBlock b : blocks.get(k)) {
                b.row = b.anchor();
                if (b.row != null) own.add(b.row);
            }
            for (LabelBlock b : blocks.get(k)) {
                if (b.row != null) continue;
                DataRow best = null;
                double bestD = Double.MAX_VALUE;
                for (DataRow r : rows) {
                    if (own.contains(r)) continue;
                    double d = distance(b, r);
                    if (d < bestD) { bestD = d; best = r; }
                }
                if (best == null) own.add(best = blankRow(rows, b.parts.get(0).line, valueColumns));
                b.row = best;
            }
        }
        for (DataRow r : rows) {
            for (int k = 0; k < n; k++) {
                r.labels.add(new GridCell("", GridBuilder.src(r.line)));
                r.labelRight.add(0f);
            }
        }
        for (int k = 0; k < n; k++) {
            for (LabelBlock b : blocks.get(k)) {
                DataRow r = b.row;
                GridCell old = r.labels.get(k);
                String text = Text.joinWrapped(old.text(), b.text());
                r.labels.set(k, new GridCell(text, old.text().isEmpty() ? GridBuilder.src(b.parts.get(0).line) : old.source()));
                float right = 0;
                for (Fragment f : b.parts) right = Math.max(right, f.x1());
                r.labelRight.set(k, Math.max(r.labelRight.get(k), right));
            }
        }
        spreadGroups(rows, n);
        markRunOver(rows, starts, geo.runOver());
        return new LabelColumns(n);
    }

    private static boolean closeBelow(Line upper, Line lower, float em) {
        return upper.page == lower.page && lower.y() - upper.y() <= WRAP_EM * em;
    }

    /**
     * Whether the label text of {@code lower} may carry on the label text of {@code upper} (the line
     * above it): set at wrapping distance on the same page, and not starting a numbered label.
     */
    static boolean wrapsOn(Line upper, Line lower) {
        return !Text.startsWithEnumerator(lower.words.get(0).text()) && closeBelow(upper, lower, lower.fontSize());
    }

    /** A merged group label printed once is repeated (spanned) on every row of its group. */
    private static void spreadGroups(List<DataRow> rows, int n) {
        for (int k = n - 2; k >= 0; k--) {
            int i = 0;
            while (i < rows.size()) {
                if (!hasSubLabel(rows.get(i), k)) { i++; continue; }
                int j = i + 1;
                while (j < rows.size() && hasSubLabel(rows.get(j), k) && ordinalBelow(rows.get(j), k) != 1) j++;
                // rows i..j-1 form a group
                if (repeatedOnEveryRow(rows, i, j, k)) { i = j; continue; }
                String text = "";
                GridCell first = null;
                for (int r = i; r < j; r++) {
                    GridCell c = rows.get(r).labels.get(k);
                    if (!c.text().isEmpty()) {
                        text = Text.joinWrapped(text, c.text());
                        if (first == null) first = c;
                    }
                }
                if (first != null && j - i > 1) {
                    for (int r = i; r < j; r++) {
                        DataRow row = rows.get(r);
                        GridCell c = row.labels.get(k);
                        row.labels.set(k, new GridCell(text, c == first ? c.source() : first.source(), c != first));
                    }
                }
                i = j;
            }
        }
    }

    /**
     * A group label printed again on every row (a table drawn without merged cells) is each row's
     * own label: joining the copies would make one label of many. Pieces of one merged label that
     * fell on different rows differ from each other, so they are still joined.
     */
    private static boolean repeatedOnEveryRow(List<DataRow> rows, int from, int to, int k) {
        String first = rows.get(from).labelText(k);
        for (int r = from + 1; r < to; r++) if (!rows.get(r).labelText(k).equals(first)) return false;
        return !first.isEmpty();
    }

    private static boolean hasSubLabel(DataRow r, int k) {
        for (int j = k + 1; j < r.labels.size(); j++) if (!r.labelText(j).isEmpty()) return true;
        return false;
    }

    private static int ordinalBelow(DataRow r, int k) {
        for (int j = k + 1; j < r.labels.size(); j++) {
            String t = r.labelText(j);
            if (!t.isEmpty()) return Text.ordinal(t);
        }
        return -1;
    }

    /** A label running over into the next sub-columns ("一、本年新收…") leaves them empty as spanned cells. */
    private static void markRunOver(List<DataRow> rows, List<Float> starts, float runOver) {
        for (DataRow r : rows) {
            for (int k = 0; k < r.labels.size(); k++) {
                if (r.labelText(k).isEmpty() || r.labels.get(k).spanned()) continue;
                for (int j = k + 1; j < r.labels.size() && r.labelRight.get(k) > starts.get(j) + runOver; j++) {
                    GridCell c = r.labels.get(j);
                    if (c.text().isEmpty()) r.labels.set(j, new GridCell("", c.source(), true));
                }
            }
        }
    }

    /**
     * A label standing apart from every row that has values, where each row near it already has its
     * own label: the label of a row whose value cells are all blank. It is a row, with blank cells;
     * joining it to a neighbour's label would lose the row and make the neighbour's label wrong.
     */
    private static DataRow blankRow(List<DataRow> rows, Line line, int valueColumns) {
        DataRow r = new DataRow(line, valueColumns);
        int at = 0;
        while (at < rows.size() && before(rows.get(at).line, line)) at++;
        rows.add(at, r);
        return r;
    }

    private static boolean before(Line a, Line b) {
        return a.page < b.page || a.page == b.page && a.y() < b.y();
    }

    private static void addStart(List<Float> starts, float x, float tolerance) {
        for (float s : starts) if (Math.abs(s - x) <= tolerance) return;
        starts.add(x);
    }

    private static int columnOf(List<Float> starts, float x, float tolerance) {
        int col = 0;
        for (int i = 0; i < starts.size(); i++) if (starts.get(i) <= x + tolerance) col = i;
        return col;
    }

    private static DataRow nearestRow(List<DataRow> rows, Line l, float max) {
        DataRow best = null;
        float bestD = max;
        for (DataRow r : rows) {
            if (r.page() != l.page) continue;
            float d = Math.abs(r.y() - l.y());
            if (d <= bestD) { bestD = d; best = r; }
        }
        return best;
    }

    /** Vertical distance from a block to a row; rows on other pages are far but still ordered. */
    private static double distance(LabelBlock b, DataRow r) {
        double best = Double.MAX_VALUE;
        for (Fragment f : b.parts) {
            double d = f.line.page == r.page() ? Math.abs(f.line.y() - r.y()) : 10000.0 * Math.abs(f.line.page - r.page());
            best = Math.min(best, d);
        }
        // a block spanning the row's line is at distance 0
        Fragment a = b.parts.get(0), z = b.parts.get(b.parts.size() - 1);
        if (a.line.page == r.page() && z.line.page == r.page() && a.line.y() <= r.y() && r.y() <= z.line.y()) return 0;
        return best;
    }
}

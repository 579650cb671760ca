package cn.gkcheck.read.positional;

import cn.gkcheck.model.Placement;
import cn.gkcheck.model.Source;
import cn.gkcheck.read.Block;
import cn.gkcheck.read.Block.GridCell;
import cn.gkcheck.read.Block.GridRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds one printed table (or one 第二十条 block of it) as grid rows from word positions.
 *
 * <p>Data columns come from the header's leaf cells (their x ranges, split where the numbers
 * below show a column boundary); every word right of the label zone goes, whole and unchanged,
 * into the column whose range holds its centre, so a blank cell stays "" and never shifts its
 * neighbours. Rows come from the lines that carry data; label fragments left of the data are
 * tied to those rows (see {@link LabelColumns}). Nothing here knows which row is which.
 */
final class GridBuilder {
    /** Header words closer than this many em on one line belong to one header cell ("总 计"). */
    private static final float HEADER_WORD_GAP_EM = 1.5f;
    /** Header lines closer than this many em, overlapping in x, are one stacked cell. */
    private static final float HEADER_STACK_EM = 3.9f;

    /**
     * The data columns of a table: their centres (left to right) and header labels. {@code byPosition}:
     * the header was not understood (missing, or fewer header cells than columns of numbers), so the
     * columns are where the numbers stand and which is which is the interpreter's guess by order.
     */
    record Columns(float left, float[] centers, String[] labels, float[] lefts, boolean byPosition) {
        int size() {
            return centers.length;
        }

        /**
         * The column a data word goes into. Set flush left, a word starts where its column's header
         * starts, and a short number may stand nearer the centre of the column on its left than its
         * own; so it goes by left edges then ({@code lefts}), by centres otherwise.
         */
        int place(Word w) {
            if (lefts == null) return of(w.center());
            int col = 0;
            for (int i = 0; i < lefts.length; i++) if (lefts[i] <= w.x0() + w.line().geometry.nudge()) col = i;
            return col;
        }

        int of(float x) {
            for (int i = 0; i < centers.length - 1; i++) if (x < (centers[i] + centers[i + 1]) / 2) return i;
            return centers.length - 1;
        }
    }

    /**
     * What a block produced: its rows, the columns a continuation may reuse, and why its cells cannot
     * be placed reliably (null where they can), for the grid to say so instead of guessing.
     */
    record Result(List<GridRow> rows, Columns columns, String unreadable) {
        Result(List<GridRow> rows, Columns columns) {
            this(rows, columns, null);
        }
    }

    private GridBuilder() {}

    static Result build(List<Line> lines, Columns previous) {
        List<GridRow> out = new ArrayList<>();
        if (lines.isEmpty()) return new Result(out, previous);
        Geometry geo = lines.get(0).geometry;
        float labelEdge = labelEdge(lines, geo);
        int firstData = -1;
        for (int i = 0; i < lines.size() && firstData < 0; i++) {
            for (Word w : lines.get(i).words) {
                if (w.x0() >= labelEdge && Text.isValue(w.text())) { firstData = i; break; }
            }
        }
        // a row label set on a slightly different baseline than its numbers still belongs to the data
        while (firstData > 0 && (sameRow(lines.get(firstData - 1), lines.get(firstData))
                || labelWrappedAbove(lines.get(firstData - 1), lines.get(firstData), labelEdge))) firstData--;
        int headerEnd = labelRowsStart(lines, firstData < 0 ? lines.size() : firstData, labelEdge);
        List<Line> header = lines.subList(0, headerEnd);
        List<Line> data = lines.subList(headerEnd, lines.size());

        List<Word> numbers = new ArrayList<>();
        for (Line l : data) for (Word w : l.words) if (w.x0() >= labelEdge && Text.isValue(w.text())) numbers.add(w);
        float[][] clusters = clusters(numbers, geo);
        float[][] byRank = rankClusters(data, labelEdge);
        if (byRank != null && byRank.length < clusters.length) clusters = byRank; // a column split by jitter, see rankClusters

        boolean flushLeft = ColumnBounds.flushLeft(clusters, numbers, header, geo);
        List<HeaderCell> cells = headerCells(header, labelEdge, ColumnBounds.of(clusters, flushLeft, geo), geo);
        Columns columns = columns(cells, clusters, numbers, labelEdge, previous, flushLeft);
        if (columns == null) { // no header, no numbers: nothing to lay out as a grid
            for (Line l : lines) out.add(new GridRow(List.of(new GridCell(l.text(), src(l))), src(l)));
            return new Result(out, previous);
        }

        List<DataRow> rows = dataRows(data, labelEdge, columns);
        LabelColumns labels = LabelColumns.assign(data, labelEdge, rows, columns.size());

        for (GridRow r : headerRows(header, cells, labelEdge, columns, labels.count())) out.add(r);
        for (DataRow r : rows) {
            List<GridCell> cs = new ArrayList<>();
            for (int k = 0; k < labels.count(); k++) cs.add(r.label(k));
            for (int c = 0; c < columns.size(); c++) cs.add(new GridCell(r.cells[c], r.cellSource(c), false, placement(r, c, columns)));
            out.add(new GridRow(cs, src(r.line)));
        }
        return new Result(out, columns, unaligned(rows, columns));
    }

    /**
     * Why the values of these rows cannot be told to their columns, or null: under no header understood,
     * the columns are only where numbers stand, and a row that leaves some of them blank could have its
     * values in any of them. The reader does not know those cells, and says so rather than guess. (Two
     * values in one column under a header understood stay that cell's text, marked as inferred.)
     */
    private static String unaligned(List<DataRow> rows, Columns columns) {
        if (!columns.byPosition()) return null;
        for (DataRow r : rows) {
            boolean blank = false, value = false;
            for (String cell : r.cells) {
                blank |= cell.isEmpty();
                value |= !cell.isEmpty();
            }
            if (blank && value) return "表头无法识别，且有的行未填满各列（" + src(r.line).describe() + "），无法按位置确定数字所在的列";
        }
        return null;
    }

    private static boolean sameRow(Line a, Line b) {
        return a.page == b.page && Math.abs(a.y() - b.y()) <= a.geometry.anchor()
                && a.words.stream().noneMatch(w -> Text.isValue(w.text()));
    }

    /**
     * The first line of a numbered row label wrapped over the line of its numbers ("一、本年新收政府信息公开申"
     * / numbers / "请数量"): on the line just above, all of it over the label column. A PDF sets the numbers
     * half a line below it ({@link #sameRow}); a character grid a whole line.
     */
    private static boolean labelWrappedAbove(Line a, Line b, float labelEdge) {
        return a.page == b.page && b.y() - a.y() <= a.geometry.lineHeight() + a.geometry.sameLine()
                && Text.startsWithEnumerator(a.text()) && a.words.stream().allMatch(w -> w.x1() <= labelEdge);
    }

    /**
     * Where the header ends and the rows begin, the header being the lines before the first value
     * ({@code end}). A row whose value cells are all blank prints only its label, so a label line
     * standing below the last line of column headers is a row, not header text — unless it carries
     * on the label column's own header: a header taller than the column headers (the 勾稽 note)
     * already stands above their last line, and its next line follows at wrapping distance.
     */
    private static int labelRowsStart(List<Line> lines, int end, float labelEdge) {
        int lastColumnHeader = -1;
        for (int i = 0; i < end; i++) {
            for (Word w : lines.get(i).words) if (!inLabelZone(w, labelEdge)) lastColumnHeader = i;
        }
        if (lastColumnHeader < 0) return end; // no column headers: nothing tells a header from a row
        Line above = null; // the lowest line of the label column's header that started above the column headers' last line
        for (int i = 0; i < lastColumnHeader; i++) {
            if (hasLabelText(lines.get(i), labelEdge)) above = lines.get(i);
        }
        if (above != null && hasLabelText(lines.get(lastColumnHeader), labelEdge)) above = lines.get(lastColumnHeader);
        int i = lastColumnHeader + 1;
        while (i < end && above != null && LabelColumns.wrapsOn(above, lines.get(i))) above = lines.get(i++);
        return i;
    }

    private static boolean hasLabelText(Line l, float labelEdge) {
        return l.words.stream().anyMatch(w -> inLabelZone(w, labelEdge));
    }

    /** Everything left of the leftmost printed number is label; with no numbers, left of the second header word. */
    private static float labelEdge(List<Line> lines, Geometry geo) {
        float min = Float.MAX_VALUE;
        for (Line l : lines) {
            for (int i = 0; i < l.words.size(); i++) {
                Word w = l.words.get(i);
                if (Text.isValue(w.text())) min = Math.min(min, w.x0());
            }
        }
        if (min < Float.MAX_VALUE) return min - geo.edge();
        for (Line l : lines) if (l.words.size() >= 2) return l.words.get(1).x0() - geo.edge();
        return Float.MAX_VALUE;
    }

    /**
     * A header word over the label column rather than over the data. Where the numbers of a column
     * may stand up to {@link Geometry#clusterGap} off their header (a character grid squeezes a
     * header against the number after it), a header must end that much before the numbers.
     */
    private static boolean inLabelZone(Word w, float labelEdge) {
        Geometry g = w.line().geometry;
        return w.x1() <= labelEdge + g.nudge() - (g.clusterGap() - g.edge());
    }

    /** x ranges of the numbers, merged where they overlap: one range per data column that has numbers. */
    /**
     * The columns of numbers as the rows show them: where most rows print the same number of values
     * (n, at least two, with no text among them), the k-th value of each such row stands in the k-th
     * column, so column k spans the k-th values of those rows. Null where the rows show no such shape
     * or where those spans overlap. A character grid ({@code pdftotext -layout}) sets a number up to
     * several columns off where the same column's number stands in the next row, which splits a column
     * of numbers into two by position alone; the shape of the grid does not.
     */
    static float[][] rankClusters(List<Line> data, float labelEdge) {
        java.util.Map<Integer, List<List<Word>>> byCount = new java.util.HashMap<>();
        int valueRows = 0;
        for (Line l : data) {
            List<Word> ws = l.words.stream().filter(w -> w.x0() >= labelEdge).toList();
            if (ws.isEmpty() || !ws.stream().allMatch(w -> Text.isValue(w.text()))) continue;
            valueRows++;
            if (ws.size() >= 2) byCount.computeIfAbsent(ws.size(), k -> new ArrayList<>()).add(ws);
        }
        List<List<Word>> best = null;
        for (List<List<Word>> rows : byCount.values()) {
            if (best == null || rows.size() > best.size() || rows.size() == best.size() && rows.get(0).size() > best.get(0).size()) best = rows;
        }
        if (best == null || best.size() < 2 || best.size() * 2 < valueRows) return null;
        int n = best.get(0).size();
        float[][] out = new float[n][];
        for (int k = 0; k < n; k++) {
            float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
            for (List<Word> r : best) {
                lo = Math.min(lo, r.get(k).x0());
                hi = Math.max(hi, r.get(k).x1());
            }
            out[k] = new float[] {lo, hi};
            if (k > 0 && out[k - 1][1] >= lo) return null;
        }
        return out;
    }

    static float[][] clusters(List<Word> numbers, Geometry geo) {
        List<float[]> rs = new ArrayList<>();
        for (Word w : numbers) rs.add(new float[] {w.x0(), w.x1()});
        rs.sort(Comparator.comparingDouble(r -> r[0]));
        List<float[]> out = new ArrayList<>();
        for (float[] r : rs) {
            if (!out.isEmpty() && r[0] <= out.get(out.size() - 1)[1] + geo.clusterGap()) {
                float[] last = out.get(out.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new float[] {r[0], r[1]});
            }
        }
        return out.toArray(new float[0][]);
    }

    private static List<HeaderCell> headerCells(List<Line> header, float labelEdge, float[] bounds, Geometry geo) {
        List<Word> pieces = new ArrayList<>();
        for (Line l : header) {
            List<Glyph> cur = new ArrayList<>();
            Glyph prev = null;
            for (Word w : l.words) {
                if (inLabelZone(w, labelEdge)) continue; // the label column's own header ("信息内容", the 勾稽 note)
                for (Glyph g : w.glyphs()) {
                    if (prev != null && (g.x() - prev.right() > HEADER_WORD_GAP_EM * g.fontSize() || boundaryBetween(prev.right(), g.x(), bounds))) {
                        pieces.add(new Word(cur, l));
                        cur = new ArrayList<>();
                    }
                    cur.add(g);
                    prev = g;
                }
            }
            if (!cur.isEmpty()) pieces.add(new Word(cur, l));
        }
        // stack pieces into cells: vertically close and overlapping in x
        int n = pieces.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Word a = pieces.get(i), b = pieces.get(j);
                if (a.line() == b.line() || a.line().page != b.line().page) continue;
                boolean overlap = Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0()) > 0;
                if (overlap && sameZones(a, b, bounds, geo.nudge()) && !narrowerAbove(a, b)
                        && Math.abs(a.y() - b.y()) <= HEADER_STACK_EM * Math.max(a.fontSize(), b.fontSize())) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<HeaderCell> cells = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            int idx = roots.indexOf(r);
            if (idx < 0) {
                roots.add(r);
                cells.add(new HeaderCell());
                idx = cells.size() - 1;
            }
            cells.get(idx).words.add(pieces.get(i));
        }
        return cells;
    }

    /**
     * Wrapped text fills a line before it starts the next, so a line narrower than the one below it
     * is not part of the same cell: it is a spanning header over the first of its sub-headers
     * ("行政诉讼" over "未经复议直接起诉"), which numbers set flush left cannot tell apart by zones.
     */
    private static boolean narrowerAbove(Word a, Word b) {
        Word upper = a.y() <= b.y() ? a : b, lower = upper == a ? b : a;
        return upper.x1() - upper.x0() < lower.x1() - lower.x0() - 0.5f * lower.fontSize();
    }

    /**
     * Two header lines are one stacked cell only if they stand over the same data columns: a
     * spanning header ("法人或其他组织") left-aligned over its first sub-header ("商业企") is not
     * part of it, however close the lines are set.
     */
    private static boolean sameZones(Word a, Word b, float[] bounds, float nudge) {
        return zone(a.x0() + nudge, bounds) == zone(b.x0() + nudge, bounds) && zone(a.x1() - nudge, bounds) == zone(b.x1() - nudge, bounds);
    }

    private static int zone(float x, float[] bounds) {
        int z = 0;
        for (int i = 0; i < bounds.length; i++) if (x > bounds[i]) z = i + 1;
        return z;
    }

    /** True where a gap between two glyphs holds a column boundary shown by the numbers below. */
    private static boolean boundaryBetween(float from, float to, float[] bounds) {
        for (float b : bounds) if (b > from && b < to) return true;
        return false;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) i = p[i] = p[p[i]];
        return i;
    }

    private static boolean isLeaf(HeaderCell c, List<HeaderCell> all) {
        for (HeaderCell o : all) {
            if (o != c && o.page() == c.page() && o.top() > c.bottom() + c.words.get(0).line().geometry.edge() && o.overlapsX(c)) return false;
        }
        return true;
    }

    private static Columns columns(List<HeaderCell> cells, float[][] clusters, List<Word> numbers, float labelEdge,
                                   Columns previous, boolean flushLeft) {
        List<HeaderCell> leaves = new ArrayList<>();
        for (HeaderCell c : cells) if (isLeaf(c, cells)) leaves.add(c);
        leaves.sort(Comparator.comparingDouble(HeaderCell::center));
        if (!leaves.isEmpty() && leaves.size() >= wordsOfOneCellJoined(clusters, numbers, leaves)) {
            float[] centers = new float[leaves.size()], lefts = new float[leaves.size()];
            String[] labels = new String[leaves.size()];
            for (int i = 0; i < leaves.size(); i++) {
                centers[i] = leaves.get(i).center();
                lefts[i] = leaves.get(i).x0();
                labels[i] = leaves.get(i).text();
            }
            return new Columns(labelEdge, centers, labels, flushLeft ? lefts : null, false);
        }
        if (previous != null && clusters.length <= previous.size()) return previous; // a continuation without its header
        if (clusters.length == 0) return null;
        // header missing or run together: the numbers themselves show the columns
        float[] centers = new float[clusters.length];
        String[] labels = new String[clusters.length];
        for (int i = 0; i < clusters.length; i++) {
            centers[i] = (clusters[i][0] + clusters[i][1]) / 2;
            labels[i] = "";
        }
        Columns cs = new Columns(labelEdge, centers, labels, null, true);
        for (HeaderCell c : leaves) {
            int i = cs.of(c.center());
            labels[i] = Text.joinWrapped(labels[i], c.text());
        }
        return cs;
    }

    /**
     * How many columns the numbers show once two clusters that are two words of one cell count as
     * one: printed a word space apart (less than an em, where columns of numbers stand a cell's
     * padding apart) under one and the same header cell ("482.19 7万元" under 采购总金额). Text
     * inside one cell's column range is one cell, spaces and all, not a column with no header.
     */
    private static int wordsOfOneCellJoined(float[][] clusters, List<Word> numbers, List<HeaderCell> leaves) {
        int n = clusters.length;
        for (int i = 0; i + 1 < clusters.length; i++) {
            float gap = clusters[i + 1][0] - clusters[i][1];
            int leaf = leafOver((clusters[i][0] + clusters[i][1]) / 2, leaves);
            if (leaf >= 0 && leaf == leafOver((clusters[i + 1][0] + clusters[i + 1][1]) / 2, leaves)
                    && gap < emOf(clusters[i + 1], numbers)) n--;
        }
        return n;
    }

    /** The header leaf whose printed width holds x, or -1. */
    private static int leafOver(float x, List<HeaderCell> leaves) {
        for (int i = 0; i < leaves.size(); i++) if (leaves.get(i).x0() <= x && x <= leaves.get(i).x1()) return i;
        return -1;
    }

    /** The font size of the words in a cluster of numbers. */
    private static float emOf(float[] cluster, List<Word> numbers) {
        float em = 0;
        for (Word w : numbers) if (w.x0() >= cluster[0] && w.x1() <= cluster[1]) em = Math.max(em, w.fontSize());
        return em;
    }

    private static List<DataRow> dataRows(List<Line> data, float labelEdge, Columns columns) {
        List<DataRow> rows = new ArrayList<>();
        List<Word> strays = new ArrayList<>();
        for (Line l : data) {
            List<Word> ws = l.words.stream().filter(w -> w.x0() >= labelEdge).toList();
            if (ws.isEmpty()) continue;
            if (ws.stream().anyMatch(w -> Text.isValue(w.text()))) {
                DataRow r = new DataRow(l, columns.size());
                if (fullRowOutOfPlace(ws, columns)) {
                    for (int k = 0; k < ws.size(); k++) r.put(k, ws.get(k));
                } else {
                    for (Word w : ws) r.put(columns.place(w), w);
                }
                rows.add(r);
            } else {
                strays.addAll(ws);
            }
        }
        // text printed in a data cell over two lines (rare): add it to the nearest row's cell
        for (Word w : strays) {
            DataRow best = null;
            for (DataRow r : rows) {
                if (r.line.page == w.line().page && (best == null || Math.abs(r.y() - w.y()) < Math.abs(best.y() - w.y()))) best = r;
            }
            if (best != null) best.putStray(columns.place(w), w);
        }
        return rows;
    }

    /**
     * How sure the rebuilder is of a data cell's column (null: as printed under its header). Not
     * guessed silently: two values in one column (a row with more values than the columns can take)
     * or text from another line added to the cell is {@link Placement#INFERRED}; a column known only
     * by where its numbers stand, with no header understood over it, is {@link Placement#POSITION} —
     * unless the row fills every column.
     */
    private static Placement placement(DataRow r, int c, Columns columns) {
        if (r.inferred(c)) return Placement.INFERRED;
        // a row with a value in every column leaves no choice: its k-th value is the k-th column
        boolean full = java.util.Arrays.stream(r.cells).noneMatch(String::isEmpty);
        if (columns.byPosition() && !r.cells[c].isEmpty() && !full) return Placement.POSITION;
        return null;
    }

    /**
     * As many words as columns, but by position two fall into one column: each word is then one cell,
     * the k-th word the k-th cell. A word that is no number ("若干" printed for a count) is a cell's
     * text like any other: it fills its column as a number would.
     */
    private static boolean fullRowOutOfPlace(List<Word> ws, Columns columns) {
        if (ws.size() != columns.size()) return false;
        boolean[] used = new boolean[columns.size()];
        for (Word w : ws) {
            int c = columns.place(w);
            if (used[c]) return true;
            used[c] = true;
        }
        return false;
    }

    /** Header cells grouped into bands of overlapping height, one grid row per band, each cell under its column. */
    private static List<GridRow> headerRows(List<Line> header, List<HeaderCell> cells, float labelEdge, Columns columns, int labelCount) {
        List<GridRow> out = new ArrayList<>();
        if (cells.isEmpty()) return out;
        List<HeaderCell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingInt(HeaderCell::page).thenComparingDouble(HeaderCell::top));
        List<List<HeaderCell>> bands = new ArrayList<>();
        float bandBottom = 0;
        int bandPage = -1;
        for (HeaderCell c : sorted) {
            if (bands.isEmpty() || c.page() != bandPage || c.top() - c.fontSize() > bandBottom) {
                bands.add(new ArrayList<>());
                bandBottom = c.bottom();
                bandPage = c.page();
            }
            bands.get(bands.size() - 1).add(c);
            bandBottom = Math.max(bandBottom, c.bottom());
        }
        String labelHeader = "";
        Line labelLine = null;
        for (Line l : header) {
            for (Word w : l.words) {
                if (inLabelZone(w, labelEdge)) {
                    labelHeader = labelLine == l ? labelHeader + " " + w.text() : Text.joinWrapped(labelHeader, w.text());
                    labelLine = l;
                }
            }
        }
        for (int b = 0; b < bands.size(); b++) {
            String[] texts = new String[columns.size()];
            java.util.Arrays.fill(texts, "");
            Line first = null;
            for (HeaderCell c : bands.get(b)) {
                int i = columns.of(c.center());
                texts[i] = texts[i].isEmpty() ? c.text() : texts[i] + " " + c.text();
                if (first == null) first = c.words.get(0).line();
            }
            List<GridCell> cs = new ArrayList<>();
            for (int k = 0; k < labelCount; k++) {
                boolean last = b == bands.size() - 1;
                cs.add(new GridCell(k == 0 && last ? labelHeader : "", src(first)));
            }
            for (String t : texts) cs.add(new GridCell(t, src(first)));
            out.add(new GridRow(cs, src(first)));
        }
        if (labelCount > 0 && !labelHeader.isEmpty() && bands.isEmpty()) {
            out.add(new GridRow(List.of(new GridCell(labelHeader, src(labelLine))), src(labelLine)));
        }
        return out;
    }

    static Source src(Line l) {
        return l == null ? null : l.source();
    }
}

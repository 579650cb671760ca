package cn.gkcheck.read.positional;

import cn.gkcheck.format.BlockDef;
import cn.gkcheck.format.ColumnDef;
import cn.gkcheck.format.Labels;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.RowDef;
import cn.gkcheck.format.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where the three statistical tables stand in the flow of lines by what they hold, not by
 * the section heading before them: a table starts at a line of its own header words (its
 * 第二十条 caption, the 申请人情况 / 自然人 header, the 行政复议 header), confirmed by a grid of
 * numbers just below, and runs on over its header, rows and wrapped labels until prose, another
 * table, or a heading that is none of its row labels. The words come from the official formats
 * ({@link OfficialFormat}), both versions. So a table is found wherever its section is printed,
 * whatever the section is called. This only says where a table starts and ends; which row is
 * which is left to the interpreter.
 */
public final class TableRegions {
    /** Which of the three tables a region is; it decides only how the region is cut into blocks. */
    public enum Kind { PROACTIVE, REQUESTS, APPEALS }

    public record Region(Kind kind, int from, int to) {} // line indexes, to exclusive

    private static final Pattern CAPTION_20 = Pattern.compile("^第二十条.{0,3}第?[（(][一二三四五六七八九十]+[）)]项");
    /** A section heading ("三、…"), or a row label printed like one ("四、结转下年度继续办理"). */
    private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十]{1,2}[、.．]");
    /** Words of the 申请 table's header that are not column labels: the spanning header and the 勾稽 note. */
    private static final List<String> REQUESTS_HEADER = List.of("申请人情况", "勾稽", "法人或其他组织");
    /** The 申请 table's group label over its result rows, printed like a heading (often one character a line). */
    private static final String REQUESTS_GROUP = "三、本年度办理结果";
    /** The second halves of the 复议/诉讼 table's column labels (结果维持, 结果纠正, 尚未审结), from the official format. */
    private static final List<String> APPEAL_RESULTS = List.of("维持", "纠正", "审结");
    /** How far below its header a table's first row of numbers may stand. */
    private static final int CONFIRM_LINES = 16;
    /** Lines without numbers or the table's words a table may hold in a row (a label printed one character a line). */
    private static final int MAX_GAP = 12;

    private static final Words PROACTIVE = words("proactive");
    private static final Words REQUESTS = words("requests");
    private static final Words APPEALS = words("appeals");

    private TableRegions() {}

    /** A table's header words (column labels, captions) and row labels, folded, from both official formats. */
    private record Words(Set<String> header, Set<String> rows) {
        boolean headerHit(String folded) {
            for (String w : header) if (folded.contains(w)) return true;
            return false;
        }

        boolean rowHit(String folded) {
            String f = stripEnumerator(folded);
            if (f.length() < 2) return false;
            for (String r : rows) {
                if (r.length() >= 2 && (f.contains(r.substring(0, Math.min(4, r.length()))) || r.contains(f))) return true;
            }
            return false;
        }

        boolean hit(String folded) {
            return headerHit(folded) || rowHit(folded);
        }
    }

    private static Words words(String table) {
        Set<String> header = new LinkedHashSet<>(), rows = new LinkedHashSet<>();
        for (OfficialFormat f : OfficialFormat.ALL) {
            TableDef t = f.requireTable(table);
            for (ColumnDef c : t.columns()) {
                // "其他", "总计" stand in prose and in every table; only a column label of its own says which
                if (c.label().length() >= 3) header.add(Labels.fold(c.label()));
            }
            for (BlockDef b : t.blocks()) header.add(Labels.fold(b.caption()));
            for (RowDef r : t.rows()) {
                for (String part : r.fullLabel().split("·")) rows.add(stripEnumerator(Labels.fold(part)));
            }
        }
        if (table.equals("requests")) {
            for (String w : REQUESTS_HEADER) header.add(Labels.fold(w));
            rows.add(stripEnumerator(Labels.fold(REQUESTS_GROUP)));
        }
        rows.removeIf(String::isEmpty);
        return new Words(Set.copyOf(header), Set.copyOf(rows));
    }

    private static String stripEnumerator(String folded) {
        // folded text has lost its punctuation: "一本年新收…", "1属于国家秘密", "三本年度办理结果"
        return folded.replaceFirst("^(?:[一二三四五六七八九十]{1,2}|\\d{1,2})(?=\\p{IsHan})", "");
    }

    public static List<Region> find(List<Line> lines) {
        List<Region> out = new ArrayList<>();
        Set<Kind> found = new LinkedHashSet<>();
        int i = 0;
        while (i < lines.size()) {
            Kind k = startAt(lines, i, found);
            if (k == null) {
                i++;
                continue;
            }
            int end = endOf(lines, i, k);
            out.add(new Region(k, i, end));
            if (k != Kind.PROACTIVE) found.add(k); // the 主动公开 blocks may be split by prose; the others are one grid
            i = end;
        }
        return out;
    }

    /** The table whose header starts at line i, confirmed by its numbers below, or null. */
    private static Kind startAt(List<Line> lines, int i, Set<Kind> found) {
        Line l = lines.get(i);
        String c = l.compact();
        if (prose(l) || NUMBERED.matcher(c).find() && !isCaption(l)) return null; // a heading is not table content
        String f = Labels.fold(c);
        if (isCaption(l) && confirmed(lines, i, 1)) return Kind.PROACTIVE;
        if (!found.contains(Kind.APPEALS) && f.contains("行政复议") && values(l) < 5 && hasBelow(lines, i, APPEAL_RESULTS) && confirmed(lines, i, 5)) {
            return Kind.APPEALS;
        }
        if (!found.contains(Kind.REQUESTS) && REQUESTS.headerHit(f) && !APPEALS.headerHit(f) && confirmed(lines, i, 5)) {
            return Kind.REQUESTS;
        }
        return null;
    }

    /** Where the table starting at line i ends (exclusive). */
    private static int endOf(List<Line> lines, int start, Kind kind) {
        if (kind == Kind.APPEALS) {
            // the table ends with its one data row; anything after it is prose
            for (int j = start + 1; j < lines.size(); j++) {
                if (values(lines.get(j)) >= 5) return j + 1;
                if (stops(lines, j, kind)) return j;
            }
            return lines.size();
        }
        Words own = kind == Kind.PROACTIVE ? PROACTIVE : REQUESTS;
        int last = start;
        for (int j = start + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (stops(lines, j, kind)) return j;
            if (values(l) > 0 || own.hit(Labels.fold(l.compact())) || kind == Kind.PROACTIVE && isCaption(l)) last = j;
            else if (j - last > MAX_GAP) return last + 1;
        }
        return lines.size();
    }

    /** Line j is no longer part of a table of this kind: prose, a heading, or another table's start. */
    private static boolean stops(List<Line> lines, int j, Kind kind) {
        Line l = lines.get(j);
        if (prose(l)) return true;
        String c = l.compact(), f = Labels.fold(c);
        if (kind != Kind.PROACTIVE && isCaption(l)) return true;
        if (NUMBERED.matcher(c).find() && c.length() > 3 && values(l) == 0 && !isCaption(l)) { // "三、" alone starts a vertical label
            Words own = kind == Kind.PROACTIVE ? PROACTIVE : kind == Kind.REQUESTS ? REQUESTS : APPEALS;
            if (!own.rowHit(f)) return true; // a section heading, not one of this table's row labels
        }
        if (kind == Kind.PROACTIVE && (REQUESTS.headerHit(f) || f.contains("行政复议"))) return true;
        if (kind == Kind.REQUESTS && f.contains("行政复议") && values(l) < 5) return true;
        return false;
    }

    /** A line of running text: a full stop, or a long line with no numbers. */
    private static boolean prose(Line l) {
        String c = l.compact();
        return c.contains("。") || values(l) == 0 && c.length() > 40 && !c.contains("勾稽");
    }

    private static boolean confirmed(List<Line> lines, int from, int minValues) {
        for (int j = from; j < lines.size() && j <= from + CONFIRM_LINES; j++) {
            if (j > from && prose(lines.get(j))) return false;
            if (values(lines.get(j)) >= minValues) return true;
        }
        return false;
    }

    /** Whether the lines below hold one of these words (a header printed in narrow cells breaks "结果维持" over lines). */
    private static boolean hasBelow(List<Line> lines, int from, List<String> words) {
        for (int j = from; j < lines.size() && j <= from + CONFIRM_LINES; j++) {
            String f = Labels.fold(lines.get(j).compact());
            for (String w : words) if (f.contains(w)) return true;
        }
        return false;
    }

    static boolean isCaption(Line line) {
        return CAPTION_20.matcher(line.compact()).find();
    }

    private static int values(Line line) {
        int n = 0;
        for (Word w : line.words) if (Text.isNumberOrDash(w.text())) n++;
        return n;
    }
}

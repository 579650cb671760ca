package cn.gkcheck.read.crawler;

import cn.gkcheck.format.ColumnDef;
import cn.gkcheck.format.Labels;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.RowDef;
import cn.gkcheck.format.TableDef;
import cn.gkcheck.format.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one table out of a stretch of crawled text: header words, row labels and the figures
 * after each label. Figures separated by spaces are cells as printed (two spaces in a row hold a
 * blank cell); figures run together stay one run for {@link RelationSplitter} to cut. A row
 * number run into the figures before it ("00000002.其他…") belongs to the label after it. The
 * table ends where a sentence (text with "。") begins: that is prose again.
 */
final class TableScanner {
    private TableScanner() {}

    /** A header row (its pieces), or a data row. */
    sealed interface Line permits Header, Data {}

    record Header(List<RawRow.Piece> pieces) implements Line {}

    record Data(RawRow row) implements Line {}

    /** The table's lines, and where in the text it ends (prose follows from there). */
    record Scanned(List<Line> lines, int end) {}

    /** TEXT_CELL: a short chunk of text with no table word in it ("2件", "若干", "？") — a cell where a row still lacks cells, else text. */
    private enum Kind { TEXT, RUN, BLANK, TEXT_CELL }

    private record Token(Kind kind, String text, int at) {}

    /** Numbering that starts a row label: 一、 （一） 1. */
    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]{1,2}\\s*[、.．]|[（(][一二三四五六七八九十]{1,2}[）)]|[0-9０-９][.．、])");
    /** Where a label starts inside text run together — but not at the （一） of a caption "第二十条第（一）项". */
    private static final Pattern LABEL_START = Pattern.compile(
            "(?=[一二三四五六七八九十]{1,2}[、.．]\\S)|(?<!第)(?=[（(][一二三四五六七八九十]{1,2}[）)])|(?=[0-9０-９][.．、][^0-9０-９])");
    private static final Pattern UNIT = Pattern.compile("^(万元|亿元|千元|元)");
    private static final String DASHES = "/／—－–―─\\";

    static Scanned scan(String line, int from, int to, TableWords words) {
        List<Token> tokens = tokens(line.substring(from, to), from);
        List<Line> lines = new ArrayList<>();
        List<RawRow.Piece> pending = new ArrayList<>();
        List<Token> values = new ArrayList<>();
        int[] width = {0};
        int end = to;
        for (Token t : tokens) {
            if (t.kind() == Kind.TEXT_CELL) {
                // among a row's figures, with cells still due, text is a cell the report filled with text
                if (!values.isEmpty() && values.size() < pendingWidth(words.table, pending, width) && !words.hasWord(t.text())) {
                    values.add(t);
                    continue;
                }
                for (Token part : runTokens(t.text(), t.at())) {
                    if (part.kind() == Kind.TEXT) {
                        if (!values.isEmpty()) flush(lines, pending, values, words, width, line);
                        pending.addAll(pieces(part, words));
                    } else {
                        values.add(part);
                    }
                }
            } else if (t.kind() == Kind.TEXT) {
                if (t.text().contains("。")) {
                    end = t.at();
                    break;
                }
                if (!values.isEmpty()) flush(lines, pending, values, words, width, line);
                pending.addAll(pieces(t, words));
            } else {
                values.add(t);
            }
        }
        flush(lines, pending, values, words, width, line);
        if (!pending.isEmpty()) headers(lines, pending, width, words.table);
        return new Scanned(lines, end);
    }

    /** Label pieces and the figures after them become a data row; the pieces before its label, header rows. */
    private static void flush(List<Line> lines, List<RawRow.Piece> pending, List<Token> values, TableWords words, int[] width,
                              String line) {
        if (values.isEmpty()) return;
        int w = expectedWidth(words.table, pending, width);
        boolean blanksOnly = values.stream().allMatch(v -> v.kind() == Kind.BLANK);
        if (blanksOnly && values.size() < w) { // spaces between header words, not blank cells
            values.clear();
            return;
        }
        int labelFrom = pending.size();
        if (labelFrom > 0 && !words.isColumnWord(pending.get(labelFrom - 1).text())
                && !isHeaderPiece(pending.get(labelFrom - 1).text())) {
            labelFrom--;
            while (labelFrom > 0 && NUMBERED.matcher(pending.get(labelFrom - 1).text()).find()) labelFrom--;
        }
        headers(lines, pending.subList(0, labelFrom), width, words.table);
        List<RawRow.Piece> labels = List.copyOf(pending.subList(labelFrom, pending.size()));
        w = expectedWidth(words.table, labels, width);
        String key = labels.isEmpty() ? null : RowKeys.of(words.table, labels.get(labels.size() - 1).text());
        RawRow row;
        // one token of figures where several cells are due: run together; several tokens: cells as printed
        if (values.size() == 1 && values.get(0).kind() == Kind.RUN && w > 1) {
            row = new RawRow(labels, null, piece(values.get(0)), key, w);
        } else {
            row = new RawRow(labels, cells(values, labels, w, words.table, line), null, key, w);
        }
        lines.add(new Data(row));
        pending.clear();
        values.clear();
    }

    private static RawRow.Piece piece(Token t) {
        return new RawRow.Piece(t.text(), t.at());
    }

    private static boolean isHeaderPiece(String s) {
        return TableWords.CAPTION.matcher(s).matches() || TableWords.NOTE.matcher(s).matches() || Labels.fold(s).equals("信息内容");
    }

    /**
     * Header pieces as rows: a 第二十条 caption is a row of its own; 信息内容 starts the column header
     * of its block. A 主动公开 row label among them had no figures after it: its cells are all blank
     * (the page printed nothing for them), a row with blank cells, not a missing row.
     */
    private static void headers(List<Line> lines, List<RawRow.Piece> pieces, int[] width, String table) {
        List<RawRow.Piece> row = new ArrayList<>();
        for (RawRow.Piece p : pieces) {
            int blankRow = table.equals("proactive") ? proactiveWidth(p.text()) : 0;
            if (blankRow > 0) {
                if (!row.isEmpty()) lines.add(new Header(List.copyOf(row)));
                row.clear();
                int w = width[0] > 0 ? width[0] : blankRow;
                RawRow.Piece blank = new RawRow.Piece("", p.at() + p.text().length());
                lines.add(new Data(new RawRow(List.of(p), java.util.Collections.nCopies(w, blank), null, null, w)));
                continue;
            }
            boolean caption = TableWords.CAPTION.matcher(p.text()).matches();
            if ((caption || Labels.fold(p.text()).equals("信息内容")) && !row.isEmpty()) {
                lines.add(new Header(List.copyOf(row)));
                row.clear();
            }
            row.add(p);
            if (caption) {
                lines.add(new Header(List.copyOf(row)));
                row.clear();
                width[0] = 0;
            }
        }
        if (row.isEmpty()) return;
        lines.add(new Header(List.copyOf(row)));
        if (Labels.fold(row.get(0).text()).equals("信息内容")) width[0] = row.size() - 1;
    }

    /** The columns of the 主动公开 row an official label (or variant) names, in either format; empty where it names none. */
    private static List<ColumnDef> proactiveColumns(String label) {
        String f = Labels.fold(label);
        for (OfficialFormat fmt : List.of(OfficialFormat.F2021, OfficialFormat.F2019)) {
            TableDef t = fmt.requireTable("proactive");
            for (RowDef r : t.rows()) {
                if (Labels.fold(r.label()).equals(f) || r.variants().stream().anyMatch(v -> Labels.fold(v).equals(f))) {
                    return t.columnsOf(r.key());
                }
            }
        }
        return List.of();
    }

    private static int proactiveWidth(String label) {
        return proactiveColumns(label).size();
    }

    /**
     * A row's cells as printed. More pieces than cells: a figure printed with a space inside. Only a
     * money column can hold one (a count is one whole number): where the row has exactly one, the
     * extra pieces are its, joined as printed and marked inferred; elsewhere they stay as they are.
     */
    private static List<RawRow.Piece> cells(List<Token> values, List<RawRow.Piece> labels, int w, String table, String line) {
        List<RawRow.Piece> out = new ArrayList<>(values.stream().map(TableScanner::piece).toList());
        if (!table.equals("proactive") || labels.isEmpty() || out.size() <= w) return out;
        List<ColumnDef> columns = proactiveColumns(labels.get(labels.size() - 1).text());
        if (columns.size() != w) return out;
        List<Integer> money = new ArrayList<>();
        for (int c = 0; c < w; c++) if (columns.get(c).type() == ValueType.MONEY) money.add(c);
        if (money.size() != 1) return out;
        int m = money.get(0), extra = out.size() - w;
        RawRow.Piece first = out.get(m), last = out.get(m + extra);
        RawRow.Piece joined = new RawRow.Piece(line.substring(first.at(), last.at() + last.text().length()), first.at(), true);
        List<RawRow.Piece> cells = new ArrayList<>(out.subList(0, m));
        cells.add(joined);
        cells.addAll(out.subList(m + extra + 1, out.size()));
        return cells;
    }

    /**
     * Cells the row being read has, before its header pieces are settled: a 信息内容 header among
     * them gives its block's columns (as many as the pieces between it and the label); a caption
     * among them starts a new block, whose columns its label then says.
     */
    private static int pendingWidth(String table, List<RawRow.Piece> pending, int[] width) {
        if (!table.equals("proactive") || pending.isEmpty()) return expectedWidth(table, pending, width);
        for (int i = pending.size() - 2; i >= 0; i--) {
            String text = pending.get(i).text();
            if (Labels.fold(text).equals("信息内容")) return Math.max(1, pending.size() - 2 - i);
            if (TableWords.CAPTION.matcher(text).matches()) return expectedWidth(table, pending, new int[] {0});
        }
        return expectedWidth(table, pending, width);
    }

    /** Cells a data row has: 7 (申请), 15 (复议诉讼), or the columns of its 主动公开 block as its header printed them. */
    private static int expectedWidth(String table, List<RawRow.Piece> labels, int[] width) {
        if (table.equals("requests")) return 7;
        if (table.equals("appeals")) return 15;
        if (width[0] > 0) return width[0];
        if (labels.isEmpty()) return 1;
        int w = proactiveWidth(labels.get(labels.size() - 1).text());
        return w > 0 ? w : 1;
    }

    /** Text cut at row numbering, then header text cut into the table's words. */
    private static List<RawRow.Piece> pieces(Token t, TableWords words) {
        List<RawRow.Piece> out = new ArrayList<>();
        String s = t.text();
        var m = LABEL_START.matcher(s);
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        while (m.find()) if (m.start() > 0 && m.start() != cuts.get(cuts.size() - 1)) cuts.add(m.start());
        cuts.add(s.length());
        for (int i = 0; i + 1 < cuts.size(); i++) {
            String part = s.substring(cuts.get(i), cuts.get(i + 1)).strip();
            if (part.isEmpty()) continue;
            RawRow.Piece p = new RawRow.Piece(part, t.at() + cuts.get(i));
            if (NUMBERED.matcher(part).find()) out.add(p);
            else out.addAll(words.cut(p));
        }
        return out;
    }

    /**
     * Chunks between single spaces, each cut into text and runs of figures. Two spaces in a row
     * leave an empty chunk: a blank cell where it stands among figures.
     */
    private static List<Token> tokens(String region, int from) {
        List<Token> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= region.length(); i++) {
            if (i < region.length() && !isSpace(region.charAt(i))) continue;
            String chunk = region.substring(start, i);
            if (chunk.isEmpty()) out.add(new Token(Kind.BLANK, "", from + start));
            else if (DASH_WORDS.contains(chunk)) out.add(new Token(Kind.RUN, chunk, from + start));
            else if (maybeTextCell(chunk)) out.add(new Token(Kind.TEXT_CELL, chunk, from + start));
            else out.addAll(runTokens(chunk, from + start));
            start = i + 1;
        }
        // spaces at either end of the stretch separate it from the prose around it
        while (!out.isEmpty() && out.get(0).kind() == Kind.BLANK) out.remove(0);
        while (!out.isEmpty() && out.get(out.size() - 1).kind() == Kind.BLANK) out.remove(out.size() - 1);
        return out;
    }

    /** Longest text a cell filled with text is taken to hold; a longer chunk is a label or prose. */
    private static final int TEXT_CELL_MAX = 6;

    /** A short chunk that is not only figures, not a numbered label, not a sentence: perhaps a cell printed with text. */
    private static boolean maybeTextCell(String chunk) {
        if (chunk.length() > TEXT_CELL_MAX || chunk.contains("。") || NUMBERED.matcher(chunk).find()) return false;
        return runTokens(chunk, 0).stream().anyMatch(t -> t.kind() == Kind.TEXT);
    }

    /** A cell that says "none" in words: read as printed, like a dash. */
    private static final java.util.Set<String> DASH_WORDS = java.util.Set.of("无");

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    /** Text and runs of figures with nothing between them. */
    private static List<Token> runTokens(String region, int from) {
        List<Token> out = new ArrayList<>();
        int i = 0, n = region.length();
        StringBuilder text = new StringBuilder();
        int textAt = 0;
        while (i < n) {
            String dashed = TableWords.dashedWordAt(region, i);
            if (dashed != null) { // "本年增/减": a header word, not a dash cell
                if (text.length() == 0) textAt = i;
                text.append(dashed);
                i += dashed.length();
                continue;
            }
            int runEnd = runEnd(region, i);
            if (runEnd > i) {
                if (text.length() > 0) out.add(new Token(Kind.TEXT, text.toString(), from + textAt));
                text.setLength(0);
                var u = UNIT.matcher(region.substring(runEnd, Math.min(n, runEnd + 2)));
                if (u.find()) runEnd += u.end();
                out.add(new Token(Kind.RUN, region.substring(i, runEnd), from + i));
                i = runEnd;
                continue;
            }
            if (text.length() == 0) textAt = i;
            text.append(region.charAt(i));
            i++;
        }
        if (text.length() > 0) out.add(new Token(Kind.TEXT, text.toString(), from + textAt));
        return out;
    }

    /** Where a run of figures starting at {@code i} ends (i itself where none starts there). */
    private static int runEnd(String s, int i) {
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (Character.isDigit(c)) {
                if (rowNumberAt(s, j)) break;
                j++;
            } else if ((c == '.' || c == '．') && j > i && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1))
                    && Character.isDigit(s.charAt(j - 1))) {
                j++;
            } else if ((c == '-' || c == '+') && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1))) {
                j++;
            } else if (DASHES.indexOf(c) >= 0 || c == '-') {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** A digit followed by "." / "．" / "、" and text, not a figure: the number of the row label that follows. */
    private static boolean rowNumberAt(String s, int j) {
        if (j + 2 >= s.length()) return false;
        char p = s.charAt(j + 1), q = s.charAt(j + 2);
        return (p == '.' || p == '．' || p == '、') && !Character.isDigit(q);
    }
}

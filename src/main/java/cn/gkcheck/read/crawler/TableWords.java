package cn.gkcheck.read.crawler;

import cn.gkcheck.format.ColumnDef;
import cn.gkcheck.format.Labels;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.RowDef;
import cn.gkcheck.format.TableDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one official table, taken from {@link OfficialFormat} (both formats): its column
 * labels, the unnumbered row labels of the 主动公开 table, and the header words printed above
 * the columns. They find where a table starts in a page's text and cut header text that a
 * crawler ran together ("信息内容本年制发件数本年废止件数…") back into its cells.
 */
final class TableWords {
    final String table;
    private final List<String> words;
    private final Set<String> columnWords = new LinkedHashSet<>();

    /** The 主动公开 block caption and the 申请 table's note: printed in full, recognised by shape. */
    static final Pattern CAPTION = Pattern.compile("第二十条第[（(][一二三四五六七八九十]{1,3}[）)]项");
    static final Pattern NOTE = Pattern.compile("[（(]本列数据的?勾稽关系[^）)]{0,60}[）)]");

    /** Where a table starts: the first of these in a section's text. */
    private static final Pattern PROACTIVE_START = Pattern.compile(
            "第二十条第[（(][一二三四五六七八九十]{1,3}[）)]项|信息内容\\s?(?:本年|上一年|采购)");
    private static final Pattern REQUESTS_START = Pattern.compile("[（(]本列数据|申请人情况|自然人\\s?商业企业|自然人\\s?法人|一\\s*[、.．]\\s*本年新收");
    private static final Pattern APPEALS_START = Pattern.compile("行政复议\\s?(?:行政诉讼|结果维持)|结果维持\\s?结果纠正");

    static final List<TableWords> ALL = List.of(new TableWords("proactive"), new TableWords("requests"), new TableWords("appeals"));

    private TableWords(String table) {
        this.table = table;
        Set<String> w = new LinkedHashSet<>();
        for (OfficialFormat f : OfficialFormat.ALL) {
            TableDef def = f.requireTable(table);
            for (ColumnDef c : def.columns()) {
                w.add(c.label());
                w.addAll(c.variants());
                columnWords.add(Labels.fold(c.label()));
                c.variants().forEach(v -> columnWords.add(Labels.fold(v)));
            }
            if (table.equals("proactive")) for (RowDef r : def.rows()) {
                w.add(r.label());
                w.addAll(r.variants());
            }
        }
        switch (table) {
            case "proactive" -> w.add("信息内容");
            case "requests" -> w.addAll(List.of("申请人情况", "法人或其他组织"));
            default -> w.addAll(List.of("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"));
        }
        List<String> sorted = new ArrayList<>(w);
        sorted.sort(Comparator.comparingInt(String::length).reversed()); // longest first: 行政规范性文件 before 规范性文件
        this.words = List.copyOf(sorted);
    }

    /** Header words that print a dash or slash inside ("本年增/减"): text, wherever they stand. */
    private static final List<String> DASHED = OfficialFormat.ALL.stream()
            .flatMap(f -> f.tables().stream()).flatMap(t -> t.columns().stream())
            .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c.label()), c.variants().stream()))
            .filter(w -> w.chars().anyMatch(ch -> "/／-—－".indexOf(ch) >= 0)).distinct().toList();

    /** The dashed header word starting at {@code i}, or null. */
    static String dashedWordAt(String s, int i) {
        for (String w : DASHED) if (s.startsWith(w, i)) return w;
        return null;
    }

    static Optional<TableWords> of(String table) {
        return ALL.stream().filter(t -> t.table.equals(table)).findFirst();
    }

    /** Where this table's first header word or row stands in {@code text}, or -1. */
    int start(String text) {
        Pattern p = switch (table) {
            case "proactive" -> PROACTIVE_START;
            case "requests" -> REQUESTS_START;
            default -> APPEALS_START;
        };
        Matcher m = p.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** A header word naming a column (总计, 结果维持 …): never a row label, even standing last before the figures. */
    boolean isColumnWord(String piece) {
        return columnWords.contains(Labels.fold(piece));
    }

    /**
     * Cuts header text run together into the words of this table: the longest word at each place,
     * captions and the note by their shape; text that is no word stays one piece.
     */
    List<RawRow.Piece> cut(RawRow.Piece piece) {
        String s = piece.text();
        List<RawRow.Piece> out = new ArrayList<>();
        int restFrom = -1, i = 0;
        while (i < s.length()) {
            int len = wordAt(s, i);
            if (len == 0) {
                if (restFrom < 0) restFrom = i;
                i++;
                continue;
            }
            if (restFrom >= 0) out.add(new RawRow.Piece(s.substring(restFrom, i), piece.at() + restFrom));
            restFrom = -1;
            out.add(new RawRow.Piece(s.substring(i, i + len), piece.at() + i));
            i += len;
        }
        if (restFrom >= 0) out.add(new RawRow.Piece(s.substring(restFrom), piece.at() + restFrom));
        return out;
    }

    /** Whether a word of this table (or a caption, the note) stands anywhere in {@code s}. */
    boolean hasWord(String s) {
        for (int i = 0; i < s.length(); i++) if (wordAt(s, i) > 0) return true;
        return false;
    }

    private int wordAt(String s, int i) {
        for (Pattern p : List.of(CAPTION, NOTE)) {
            Matcher m = p.matcher(s).region(i, s.length());
            if (m.lookingAt()) return m.end() - i;
        }
        for (String w : words) if (s.startsWith(w, i)) return w.length();
        return 0;
    }
}

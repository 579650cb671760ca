package cn.gkcheck.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which words mark each of the three tables, for finding a table by what it holds (the
 * interpreter's table finder, the HTML body finder). They are the official labels of the table's
 * rows, row groups and columns in both formats, folded ({@link Labels#core}), less any word that
 * another table prints too ("其他", "总计"), plus the few marker words a table prints that are not
 * labels of a row or column.
 */
public final class TableWords {
    private TableWords() {}

    /**
     * Printed in a table but not the label of a row or column: 主动公开's block captions and header,
     * 申请's header, and the 行政诉讼 header that the format folds into its two litigation rows.
     */
    private static final Map<String, List<String>> MARKERS = Map.of(
            "proactive", List.of("第二十条", "信息内容"),
            "requests", List.of("申请人情况"),
            "appeals", List.of("行政诉讼"));

    private static final Map<String, List<String>> WORDS = build();

    /** The folded words that mark this table (empty for a key that is not a table). */
    public static List<String> of(String tableKey) {
        return WORDS.getOrDefault(tableKey, List.of());
    }

    /** The words of every table. */
    public static List<String> all() {
        List<String> all = new ArrayList<>();
        WORDS.values().forEach(all::addAll);
        return all;
    }

    private static Map<String, List<String>> build() {
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        for (TableDef t : OfficialFormat.F2021.tables()) {
            Set<String> words = new LinkedHashSet<>();
            for (OfficialFormat f : OfficialFormat.ALL) {
                TableDef def = f.requireTable(t.key());
                for (RowDef r : def.rows()) {
                    add(words, r.label());
                    if (r.group() != null) add(words, r.group());
                    r.variants().forEach(v -> add(words, v));
                }
                for (ColumnDef c : def.columns()) {
                    add(words, c.label());
                    c.variants().forEach(v -> add(words, v));
                }
            }
            labels.put(t.key(), words);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (var e : labels.entrySet()) {
            List<String> kept = new ArrayList<>();
            for (String w : e.getValue()) if (!sharedWithAnother(w, e.getKey(), labels)) kept.add(w);
            MARKERS.get(e.getKey()).forEach(m -> kept.add(Labels.fold(m)));
            out.put(e.getKey(), List.copyOf(kept));
        }
        return out;
    }

    private static void add(Set<String> words, String label) {
        String w = Labels.core(label);
        if (!w.isEmpty()) words.add(w);
    }

    /** A word another table prints too, inside or around one of its own, tells the tables apart no better than chance. */
    private static boolean sharedWithAnother(String w, String table, Map<String, Set<String>> labels) {
        for (var e : labels.entrySet()) {
            if (e.getKey().equals(table)) continue;
            for (String o : e.getValue()) if (o.contains(w) || w.contains(o)) return true;
        }
        return false;
    }
}

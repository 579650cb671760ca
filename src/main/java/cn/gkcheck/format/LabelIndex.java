package cn.gkcheck.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Official labels folded once, and printed labels matched against them. Each entry keeps its
 * names folded ({@link Labels#fold}, or {@link Labels#core} where the printed numbering is not
 * part of the name): the official label first, then the group label before it (（三）不予公开 +
 * 1.属于国家秘密) where the row has one, then the variants real reports print. A printed label is
 * folded once per question and scored by {@link Labels#similarityOfFolded}.
 *
 * <p>How close is close enough depends on what is matched; the thresholds are named here so that
 * every matcher says which one it uses. The indexes themselves are in {@link OfficialLabels}.
 */
public final class LabelIndex<T> {

    /** A header cell that names an official column; loose, since OCR damages headers most. */
    public static final double COLUMN = 0.6;
    /** A cell sure to be a header (信息内容, a column label): two of them make a header row. */
    public static final double HEADER = 0.75;
    /** A numbered section heading, reworded or damaged, where that section is due. */
    public static final double HEADING = 0.75;
    /** A row of the 申请 table: long labels matched in the official order, so a looser match is safe. */
    public static final double REQUEST_ROW = 0.72;
    /** A row of the 主动公开 table: short labels (规章, 行政许可 …) that resemble each other. */
    public static final double PROACTIVE_ROW = 0.8;

    private final List<T> defs;
    private final Function<String, String> folding;
    private final Map<T, List<String>> names = new HashMap<>();

    /**
     * @param folding    how printed and official labels are folded (Labels::fold, Labels::core)
     * @param label      the official label of an entry
     * @param group      the group label printed before it, or null
     * @param variants   the labels tolerated as well
     */
    LabelIndex(List<T> defs, Function<String, String> folding, Function<T, String> label,
               Function<T, String> group, Function<T, List<String>> variants) {
        this.defs = List.copyOf(defs);
        this.folding = folding;
        for (T d : this.defs) {
            List<String> n = new ArrayList<>();
            n.add(folding.apply(label.apply(d)));
            String g = group.apply(d);
            if (g != null) n.add(folding.apply(g) + folding.apply(label.apply(d)));
            for (String v : variants.apply(d)) n.add(folding.apply(v));
            names.put(d, List.copyOf(n));
        }
    }

    /** The entries, in the order they were given (the official order). */
    public List<T> defs() {
        return defs;
    }

    /** Printed text folded the way this index folds its labels. */
    public String fold(String printed) {
        return folding.apply(printed);
    }

    /** The entry's names, folded: the official label first, then group + label, then variants. */
    public List<String> names(T def) {
        return names.get(def);
    }

    /** The printed text is the official label, folded. */
    public boolean isLabel(String printed, T def) {
        return fold(printed).equals(names(def).get(0));
    }

    /** Similarity of the printed text to the official label alone. */
    public double scoreLabel(String printed, T def) {
        return Labels.similarityOfFolded(fold(printed), names(def).get(0));
    }

    /** Similarity of the printed text to the nearest of the entry's names. */
    public double score(String printed, T def) {
        String f = fold(printed);
        double best = 0;
        for (String n : names(def)) best = Math.max(best, Labels.similarityOfFolded(f, n));
        return best;
    }

    /**
     * The entry the printed text names, or null when none scores above {@code threshold}: the
     * official label printed as such wins outright, then the highest score, the earlier entry
     * on a tie.
     */
    public T best(String printed, double threshold) {
        String f = fold(printed);
        T best = null;
        double bestScore = threshold;
        for (T d : defs) {
            if (f.equals(names(d).get(0))) return d;
            double s = 0;
            for (String n : names(d)) {
                // a name too long or too short to beat what is already found is not scored: the result is the same
                if (Labels.similarityBound(f.length(), n.length()) <= Math.max(s, bestScore)) continue;
                s = Math.max(s, Labels.similarityOfFolded(f, n));
            }
            if (s > bestScore) {
                bestScore = s;
                best = d;
            }
        }
        return best;
    }
}

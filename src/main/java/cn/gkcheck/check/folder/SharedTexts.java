package cn.gkcheck.check.folder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the pairs of reports that share their text without comparing all pairs: locality-sensitive hashing
 * cuts each MinHash signature into bands, reports whose band agrees land in one bucket, and only reports that
 * meet in some bucket are compared, by the exact count of the sentences they share.
 *
 * <p>32 bands of 2 hashes: two reports sharing 60% of the shorter one's sentences have a Jaccard similarity of
 * at least about 0.3 (when the other is up to twice as long), and meet in some band with probability
 * 1 − (1 − 0.3²)³² ≈ 95%; at 0.43 (equal lengths) over 99.8%. Reports with few sentences are left out: their
 * share says nothing.
 */
public final class SharedTexts {
    private SharedTexts() {}

    static final int ROWS = 2;
    static final int BANDS = TextPrint.HASHES / ROWS;
    /** A report with fewer compared sentences than this is too short to call a copy. */
    static final int MIN_SENTENCES = 5;
    /**
     * Nor is a pair that shares fewer sentences than this, whatever their share: a handful of the stock sentences
     * reports are written from (落实政府信息公开工作责任制…) is common wording, not one organ's report in another's.
     */
    static final int MIN_SHARED = 6;
    /** A sentence printed by this many organs' reports of the folder is common wording. */
    static final int COMMON_ORGANS = 3;

    /** A pair confirmed by exact overlap: indexes into the list, the earlier first. */
    public record Pair(int first, int second, long[] sharedSentences, int sentences) {
        public int shared() {
            return sharedSentences.length;
        }


        public int share() {
            return (int) Math.round(100.0 * sharedSentences.length / sentences);
        }
    }

    /**
     * The pairs at or above {@link SharedText#THRESHOLD} among reports of different organs ({@code organs}: one key
     * per print, null where unknown, which counts as different), in index order.
     */
    public static List<Pair> find(List<TextPrint> prints, List<String> organs) {
        TreeSet<Long> candidates = new TreeSet<>();
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < prints.size(); i++) {
                TextPrint p = prints.get(i);
                if (p.sentences().length < MIN_SENTENCES) continue;
                long key = band;
                for (int r = 0; r < ROWS; r++) key = TextPrint.mix(key * 31 + p.minHash()[band * ROWS + r]);
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> b : buckets.values()) {
                for (int x = 0; x < b.size(); x++) {
                    for (int y = x + 1; y < b.size(); y++) candidates.add((long) b.get(x) << 32 | b.get(y));
                }
            }
        }
        // the pairs that share enough before common wording is taken out (which can only lower their count)
        List<long[]> close = new ArrayList<>();
        Set<Long> sharedHashes = new HashSet<>();
        for (long c : candidates) {
            int i = (int) (c >>> 32), j = (int) c;
            String oi = organs.get(i), oj = organs.get(j);
            if (oi != null && oi.equals(oj)) continue; // one organ's reports of two years: GK-YEAR-SIMILAR's business
            long[] both = TextPrint.common(prints.get(i).sentences(), prints.get(j).sentences());
            if (!enough(both.length, i, j, prints)) continue;
            close.add(new long[] {i, j});
            for (long h : both) sharedHashes.add(h);
        }
        Set<Long> common = commonWording(sharedHashes, prints, organs);
        List<Pair> out = new ArrayList<>();
        for (long[] c : close) {
            int i = (int) c[0], j = (int) c[1];
            long[] own = java.util.Arrays.stream(TextPrint.common(prints.get(i).sentences(), prints.get(j).sentences()))
                    .filter(h -> !common.contains(h)).toArray();
            if (enough(own.length, i, j, prints)) {
                out.add(new Pair(i, j, own, Math.min(prints.get(i).sentences().length, prints.get(j).sentences().length)));
            }
        }
        return out;
    }

    private static boolean enough(int shared, int i, int j, List<TextPrint> prints) {
        int shorter = Math.min(prints.get(i).sentences().length, prints.get(j).sentences().length);
        return shared >= MIN_SHARED && shared * 100 >= SharedText.THRESHOLD * shorter;
    }

    /**
     * Of the sentences some close pair shares, those that reports of at least {@link #COMMON_ORGANS} organs of the
     * folder print (more in a large folder: one in a hundred): stock phrasing many organs write (落实政府信息公开工作
     * 责任制…), which says nothing of who copied whom. The pair keeps only what the two of them share. A template
     * handed to three or more organs is thus not 内容雷同 between two of them; it would be a finding of its own.
     */
    static Set<Long> commonWording(Set<Long> hashes, List<TextPrint> prints, List<String> organs) {
        Map<Long, Set<String>> by = new HashMap<>();
        for (int i = 0; i < prints.size(); i++) {
            String organ = organs.get(i) != null ? organs.get(i) : "#" + i;
            for (long h : prints.get(i).sentences()) if (hashes.contains(h)) by.computeIfAbsent(h, k -> new HashSet<>()).add(organ);
        }
        long distinct = organs.stream().filter(java.util.Objects::nonNull).distinct().count();
        int threshold = (int) Math.max(COMMON_ORGANS, distinct / 100);
        Set<Long> common = new HashSet<>();
        by.forEach((h, o) -> {
            if (o.size() >= threshold) common.add(h);
        });
        return common;
    }
}

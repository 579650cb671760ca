package cn.gkcheck.read.crawler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The ways to cut one run of cell text printed without separators ("152000118") into a given
 * number of cells. A cell is a number without leading zeros ("0" itself, "15", "12.5", "-2")
 * or a dash ("/", "—"); a unit printed after the last figure ("126.5万元") stays with it. Which
 * of the cuts is right is not decided here: {@link RelationSplitter} asks the table.
 */
final class Splits {
    private Splits() {}

    /** Cuts are counted as they are tried; a run with more than this is not split at all. */
    static final int BUDGET = 3_000_000;

    private static final Pattern UNIT = Pattern.compile("(万元|亿元|千元|元)$");
    private static final String DASHES = "/／—－–―─\\";

    /** Cuts found, and whether the search stopped early (budget spent or the limit of cuts reached). */
    record Found(List<List<String>> cuts, boolean stopped) {}

    /**
     * Up to {@code limit} cuts of {@code run} into {@code n} cells that {@code keep} accepts;
     * {@code prune} sees every prefix of cells and may stop a branch early.
     */
    static Found of(String run, int n, int limit, Predicate<List<String>> prune, Predicate<List<String>> keep) {
        String unit = "";
        var u = UNIT.matcher(run);
        if (u.find()) {
            unit = u.group(1);
            run = run.substring(0, u.start());
        }
        Search s = new Search(run, n, limit, prune, keep, unit);
        s.walk(0, new ArrayList<>());
        return new Found(s.found, s.stopped);
    }

    /** Every cut into n cells, up to {@code limit}. */
    static Found of(String run, int n, int limit) {
        return of(run, n, limit, cells -> true, cells -> true);
    }

    private static final class Search {
        final String run, unit;
        final int n, limit;
        final Predicate<List<String>> prune, keep;
        final List<List<String>> found = new ArrayList<>();
        boolean stopped;
        int steps;

        Search(String run, int n, int limit, Predicate<List<String>> prune, Predicate<List<String>> keep, String unit) {
            this.run = run;
            this.n = n;
            this.limit = limit;
            this.prune = prune;
            this.keep = keep;
            this.unit = unit;
        }

        void walk(int at, List<String> cells) {
            if (stopped) return;
            if (++steps > BUDGET) {
                stopped = true;
                return;
            }
            if (at == run.length()) {
                if (cells.size() != n) return;
                List<String> cut = new ArrayList<>(cells);
                if (!unit.isEmpty()) cut.set(n - 1, cut.get(n - 1) + unit);
                if (keep.test(cut)) {
                    found.add(List.copyOf(cut));
                    if (found.size() >= limit) stopped = true;
                }
                return;
            }
            if (cells.size() == n) return;
            for (int end : ends(at)) {
                cells.add(run.substring(at, end));
                if (prune.test(cells)) walk(end, cells);
                cells.remove(cells.size() - 1);
                if (stopped) return;
            }
        }

        /** Where a cell starting at {@code at} may end: a dash is a cell; a number may end after any of its digits. */
        List<Integer> ends(int at) {
            List<Integer> out = new ArrayList<>();
            char c = run.charAt(at);
            boolean sign = (c == '-' || c == '+') && at + 1 < run.length() && Character.isDigit(run.charAt(at + 1));
            if (!sign && DASHES.indexOf(c) >= 0 || c == '-' && !sign) {
                int e = at;
                while (e < run.length() && run.charAt(e) == c) e++;
                out.add(e);
                return out;
            }
            int i = sign ? at + 1 : at;
            if (i >= run.length() || !Character.isDigit(run.charAt(i))) return out;
            boolean zero = Character.digit(run.charAt(i), 10) == 0; // "0" or a full-width "０"
            int e = i + 1;
            // a number with a leading zero is "0" itself, or "0.5"
            while (true) {
                boolean decimalNext = e + 1 < run.length() && isPoint(run.charAt(e)) && Character.isDigit(run.charAt(e + 1));
                if (!decimalNext) out.add(e);
                if (zero && !decimalNext) break;
                if (e >= run.length()) break;
                if (isPoint(run.charAt(e)) && decimalNext) {
                    // the decimal point joins the digits around it into one figure
                    int f = e + 1;
                    while (f < run.length() && Character.isDigit(run.charAt(f))) {
                        f++;
                        out.add(f);
                    }
                    break;
                }
                if (!Character.isDigit(run.charAt(e))) break;
                e++;
            }
            return out;
        }

        private static boolean isPoint(char c) {
            return c == '.' || c == '．';
        }
    }
}

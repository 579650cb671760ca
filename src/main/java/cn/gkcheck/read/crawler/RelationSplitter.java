package cn.gkcheck.read.crawler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts the run-together rows of one table into cells, only where exactly one cut makes the
 * rows and the table consistent. A run with exactly one cut into the row's cells (all figures one
 * digit, or zeros) needs no relation. Otherwise: 申请 table — each row's 总计 equals the sum of its
 * six applicant columns (B3), and jointly across rows each column's 一 + 二 = （七）总计 + 四 (B1) and
 * （七）总计 = the sum of the result rows (B2); 复议诉讼 table — each block's 总计 equals the sum of
 * its four (B4); 主动公开 table — no relation, so an ambiguous row stays ambiguous. A relation with
 * a blank, a dash or a missing row among its operands constrains nothing. No unique cut: the
 * table is not read, and the reason says why.
 */
final class RelationSplitter {
    private RelationSplitter() {}

    /** More cuts than this per row, or joint states than {@link #STATES}, and the table is not split. */
    static final int PER_ROW = 64;
    static final int STATES = 200_000;
    /** No cell of these tables holds a figure this long (a hundred million applications): a longer run is not a row. */
    static final int MAX_DIGITS = 8;

    /** The cuts chosen (by row), or why there is none; the relations that decided (null: none was needed); rows cut. */
    record Outcome(Map<RawRow, List<String>> cuts, String unreadable, String relations, int splitRows) {
        boolean readable() {
            return unreadable == null;
        }
    }

    static Outcome split(String table, List<RawRow> rows) {
        Map<RawRow, List<String>> cuts = new IdentityHashMap<>();
        List<RawRow> ambiguous = new ArrayList<>();
        int split = 0;
        for (RawRow r : rows) {
            if (!r.runTogether() && ShortRows.isShort(r)) {
                // a blank cell the page printed as nothing: which cell it was, only the relations can say
                if (!table.equals("requests")) return none(r, ShortRows.UNPLACED);
                ambiguous.add(r);
                continue;
            }
            if (!r.runTogether() || r.width() <= 1) continue;
            split++;
            if (r.run().text().length() > r.width() * MAX_DIGITS) return none(r, "数字过长，不可能是各格的数值，未予切分");
            Splits.Found f = Splits.of(r.run().text(), r.width(), 2);
            if (f.cuts().isEmpty() && !f.stopped()) return none(r, "无法切分为 " + r.width() + " 格（数字少于格数，可能有空白格）");
            if (f.cuts().size() == 1 && !f.stopped()) cuts.put(r, f.cuts().get(0));
            else ambiguous.add(r);
        }
        if (ambiguous.isEmpty()) return new Outcome(cuts, null, null, split); // no relation was needed
        return switch (table) {
            case "requests" -> requests(rows, cuts, ambiguous, split);
            case "appeals" -> appeals(ambiguous.get(0), cuts, split);
            default -> new Outcome(cuts, example(ambiguous.get(0)) + "有不止一种切分方式，而该表没有可据以确定切分的勾稽关系", null, split);
        };
    }

    private static Outcome none(RawRow r, String why) {
        return new Outcome(Map.of(), example(r) + why, null, 0);
    }

    private static String example(RawRow r) {
        if (!r.runTogether()) return ShortRows.example(r);
        String run = r.run().text();
        if (run.length() > 40) run = run.substring(0, 40) + "…";
        return "数字连写、没有分隔（“" + (r.label().isEmpty() ? "数据" : r.label()) + "”一行为“" + run + "”），";
    }

    // ---- 复议诉讼: one row of 15, three blocks of five

    static final String B4 = "每组“总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结”";

    private static Outcome appeals(RawRow r, Map<RawRow, List<String>> cuts, int split) {
        Splits.Found f = Splits.of(r.run().text(), r.width(), 2,
                cells -> cells.size() % 5 != 0 || blockHolds(cells, cells.size() - 5), cells -> true);
        if (f.cuts().size() == 1 && !f.stopped()) {
            cuts.put(r, f.cuts().get(0));
            return new Outcome(cuts, null, B4, split);
        }
        if (f.cuts().isEmpty() && !f.stopped()) return none(r, "没有一种切分能使" + B4 + "成立");
        return none(r, f.stopped() && f.cuts().size() < 2 ? "可能的切分过多，未予切分" : "有不止一种切分与" + B4 + "相符");
    }

    private static boolean blockHolds(List<String> cells, int from) {
        BigInteger[] v = new BigInteger[5];
        for (int i = 0; i < 5; i++) {
            v[i] = count(cells.get(from + i));
            if (v[i] == null) return true; // a dash: nothing to check
        }
        return v[0].add(v[1]).add(v[2]).add(v[3]).equals(v[4]);
    }

    // ---- 申请: rows of 7, related across rows by B1 and B2

    static final String B3 = "每行“总计 = 各类申请人之和”";
    static final String B1 = "每列“第一项 + 第二项 = （七）总计 + 四、结转下年度”";
    static final String B2 = "每列“（七）总计 = 各项办理结果之和”";

    private static final Set<String> RESULTS_FIXED = Set.of("granted", "partlyGranted", "withheld.1", "withheld.2",
            "withheld.3", "withheld.4", "withheld.5", "withheld.6", "withheld.7", "withheld.8", "unavailable.1",
            "unavailable.2", "unavailable.3", "notHandled.1", "notHandled.2", "notHandled.3", "notHandled.4", "notHandled.5");

    private static Outcome requests(List<RawRow> rows, Map<RawRow, List<String>> fixed, List<RawRow> ambiguous, int split) {
        Map<RawRow, List<List<String>>> options = new IdentityHashMap<>();
        for (RawRow r : ambiguous) {
            if (!r.runTogether()) {
                List<List<String>> placed = ShortRows.placements(r).stream().filter(RelationSplitter::rowHolds).toList();
                if (placed.isEmpty()) return none(r, "没有一种空白格位置能使" + B3 + "成立");
                options.put(r, placed);
                continue;
            }
            Splits.Found f = Splits.of(r.run().text(), r.width(), PER_ROW, cells -> true, RelationSplitter::rowHolds);
            if (f.stopped()) return none(r, "可能的切分过多，未予切分");
            if (f.cuts().isEmpty()) return none(r, "没有一种切分能使" + B3 + "成立");
            options.put(r, f.cuts());
        }
        boolean b1 = evaluableB1(rows), b2 = evaluableB2(rows);
        String used = B3 + (b1 ? "；" + B1 : "") + (b2 ? "；" + B2 : "");
        Joint joint = new Joint(b1, b2);
        for (RawRow r : rows) {
            List<List<String>> opts;
            if (options.containsKey(r)) opts = options.get(r);
            else if (fixed.containsKey(r)) opts = List.of(fixed.get(r));
            else if (!r.runTogether()) opts = List.of(r.cells().stream().map(RawRow.Piece::text).toList());
            else opts = List.of(List.of(r.run().text())); // a one-cell row: nothing to add up
            if (!joint.add(r.key(), opts)) return none(ambiguous.get(0), "可能的切分组合过多，未予切分");
        }
        List<Integer> chosen = joint.unique();
        if (chosen == null) {
            String what = ambiguous.get(0).runTogether() ? "切分" : "空白格位置";
            return none(ambiguous.get(0), joint.solutions() == 0
                    ? "没有一种" + what + "能使" + used + "同时成立"
                    : "有不止一种" + what + "与" + used + "相符");
        }
        Map<RawRow, List<String>> cuts = new IdentityHashMap<>(fixed);
        for (int i = 0; i < rows.size(); i++) {
            if (options.containsKey(rows.get(i))) cuts.put(rows.get(i), options.get(rows.get(i)).get(chosen.get(i)));
        }
        return new Outcome(cuts, null, used, split);
    }

    static boolean rowHolds(List<String> cells) {
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < 6; i++) {
            BigInteger v = count(cells.get(i));
            if (v == null) return true;
            sum = sum.add(v);
        }
        BigInteger total = count(cells.get(6));
        return total == null || total.equals(sum);
    }

    private static boolean evaluableB1(List<RawRow> rows) {
        for (String k : List.of("new", "carriedOver", "total", "carryForward")) {
            if (rows.stream().filter(r -> k.equals(r.key())).count() != 1) return false;
        }
        return true;
    }

    private static boolean evaluableB2(List<RawRow> rows) {
        if (rows.stream().anyMatch(r -> r.key() == null)) return false; // an unknown row may be a result
        Set<String> keys = new java.util.HashSet<>();
        for (RawRow r : rows) if (!keys.add(r.key())) return false;
        if (!keys.containsAll(RESULTS_FIXED) || !keys.contains("total")) return false;
        boolean one = keys.contains("other"), three = keys.containsAll(List.of("other.1", "other.2", "other.3"));
        return one != three;
    }

    /** A whole non-negative count, or null for a dash, a blank, a decimal or text (a relation it is in is not checked). */
    static BigInteger count(String cell) {
        String t = java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFKC).strip(); // "１５" counts as 15
        if (!t.matches("\\d+")) return null;
        return new BigInteger(t);
    }

    /**
     * The rows' options combined one row at a time, keeping for each column the running sums of
     * B1 (一 + 二 − 总计 − 四) and B2 (总计 − results); combinations that reach the same sums merge,
     * counting up to two (one is all that is wanted), with the choices of a single one kept.
     */
    private static final class Joint {
        private record Choice(Choice before, int option) {}

        private record State(List<BigInteger> sums, long unevaluable) {}

        private record Tally(int count, Choice choice) {}

        private final boolean b1, b2;
        private Map<State, Tally> states = new HashMap<>();
        private final List<BigInteger> zero = java.util.Collections.nCopies(14, BigInteger.ZERO);

        Joint(boolean b1, boolean b2) {
            this.b1 = b1;
            this.b2 = b2;
            states.put(new State(zero, 0), new Tally(1, null));
        }

        boolean add(String key, List<List<String>> options) {
            int s1 = sign1(key), s2 = sign2(key);
            Map<State, Tally> next = new HashMap<>();
            for (var e : states.entrySet()) {
                for (int o = 0; o < options.size(); o++) {
                    List<String> cells = options.get(o);
                    List<BigInteger> sums = new ArrayList<>(e.getKey().sums());
                    long unevaluable = e.getKey().unevaluable();
                    for (int c = 0; c < 7 && c < cells.size(); c++) {
                        if (s1 == 0 && s2 == 0) break;
                        BigInteger v = count(cells.get(c));
                        if (v == null) {
                            if (s1 != 0) unevaluable |= 1L << c;
                            if (s2 != 0) unevaluable |= 1L << (7 + c);
                            continue;
                        }
                        if (s1 != 0) sums.set(c, sums.get(c).add(v.multiply(BigInteger.valueOf(s1))));
                        if (s2 != 0) sums.set(7 + c, sums.get(7 + c).add(v.multiply(BigInteger.valueOf(s2))));
                    }
                    State st = new State(List.copyOf(sums), unevaluable);
                    Tally t = new Tally(e.getValue().count(), new Choice(e.getValue().choice(), o));
                    next.merge(st, t, (a, b) -> new Tally(Math.min(2, a.count() + b.count()), a.choice()));
                }
                if (next.size() > STATES) return false;
            }
            states = next;
            return true;
        }

        private int sign1(String key) {
            if (key == null) return 0;
            return switch (key) {
                case "new", "carriedOver" -> 1;
                case "total", "carryForward" -> -1;
                default -> 0;
            };
        }

        private int sign2(String key) {
            if (key == null || key.equals("new") || key.equals("carriedOver") || key.equals("carryForward")) return 0;
            return key.equals("total") ? 1 : -1;
        }

        private boolean consistent(State s) {
            for (int c = 0; c < 7; c++) {
                if (b1 && (s.unevaluable() & (1L << c)) == 0 && s.sums().get(c).signum() != 0) return false;
                if (b2 && (s.unevaluable() & (1L << (7 + c))) == 0 && s.sums().get(7 + c).signum() != 0) return false;
            }
            return true;
        }

        int solutions() {
            int n = 0;
            for (var e : states.entrySet()) if (consistent(e.getKey())) n = Math.min(2, n + e.getValue().count());
            return n;
        }

        /** The option chosen for each row, where exactly one combination is consistent; else null. */
        List<Integer> unique() {
            if (solutions() != 1) return null;
            for (var e : states.entrySet()) {
                if (!consistent(e.getKey()) || e.getValue().count() == 0) continue;
                List<Integer> out = new ArrayList<>();
                for (Choice c = e.getValue().choice(); c != null; c = c.before()) out.add(0, c.option());
                return out;
            }
            return null;
        }
    }
}

package cn.gkcheck.read;

import cn.gkcheck.model.ReadProblem;

/**
 * Thrown where a reader meets one of the {@link Limits}: the input is refused as a whole, and the
 * problem names the limit and the value found, in Chinese and English. {@link Failures} turns it
 * into the input's one GK-IN-UNREADABLE finding, whichever reader threw it.
 */
public final class LimitExceeded extends RuntimeException {
    private final transient ReadProblem problem;

    /**
     * @param what     the measured thing, in Chinese and English ("表格行数", "table rows")
     * @param found    the value found ("至少 5001" where counting stopped at the limit)
     * @param limit    the limit
     */
    public LimitExceeded(String what, String whatEn, String found, String limit) {
        super(whatEn + " " + found + " > " + limit, null, false, false); // no stack trace: this is an outcome, not a fault
        boolean atLeast = found.startsWith("至少 ");
        this.problem = new ReadProblem("limit", what + (atLeast ? found : "为 " + found) + "，超过上限 " + limit + "，拒绝读取（gkcheck 的读取上限，见 README「Limits」）");
        this.problem.setDetailEn(whatEn + " is " + (atLeast ? "at least " + found.substring(3) : found) + ", over the limit of " + limit + "; the file is refused (gkcheck's reading limits, see README \"Limits\")");
    }

    public LimitExceeded(String what, String whatEn, long found, long limit) {
        this(what, whatEn, Long.toString(found), Long.toString(limit));
    }

    public ReadProblem problem() {
        return problem;
    }

    /** The size of one table, whichever reader built it. */
    public static void table(int rows, long cells) {
        check("表格行数", "table rows", rows, Limits.TABLE_ROWS);
        check("表格单元格数（合并单元格展开后）", "table cells (merged cells expanded)", cells, Limits.TABLE_CELLS);
    }

    /** Throws when {@code found} is over {@code limit}. */
    public static void check(String what, String whatEn, long found, long limit) {
        if (found > limit) throw new LimitExceeded(what, whatEn, found, limit);
    }
}

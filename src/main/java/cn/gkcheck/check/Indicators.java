package cn.gkcheck.check;

import cn.gkcheck.model.Cell;
import cn.gkcheck.model.CellKind;
import cn.gkcheck.model.Report;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Key indicators of one report, as a supervisor compares organs (shown in the overview and the
 * spreadsheet, never as findings): 实质公开率 (予以公开 + 部分公开 over 办理结果总计, all applicants),
 * the share of 无法提供, and the 纠错率 of 行政复议 and of 行政诉讼 (结果纠正 over 总计). Each is null where
 * a cell it needs was not read as a number for certain or its base is zero: an indicator is never
 * computed from a guessed or blank cell.
 *
 * @param substantiveOpenRate       实质公开率, 0..1
 * @param unavailableShare          无法提供 (all three reasons) over 总计
 * @param reconsiderationCorrection 行政复议纠错率
 * @param litigationCorrection      行政诉讼纠错率 (未经复议直接起诉 and 复议后起诉 together)
 */
public record Indicators(BigDecimal substantiveOpenRate, BigDecimal unavailableShare,
                         BigDecimal reconsiderationCorrection, BigDecimal litigationCorrection) {

    public static final Indicators NONE = new Indicators(null, null, null, null);

    public static Indicators of(Report r) {
        if (!r.isReadable()) return NONE;
        BigDecimal total = sure(r, "requests", "total", "total");
        BigDecimal open = sum(sure(r, "requests", "granted", "total"), sure(r, "requests", "partlyGranted", "total"));
        BigDecimal unavailable = sum(sum(sure(r, "requests", "unavailable.1", "total"), sure(r, "requests", "unavailable.2", "total")),
                sure(r, "requests", "unavailable.3", "total"));
        BigDecimal recCorrected = sure(r, "appeals", "reconsideration", "corrected");
        BigDecimal recTotal = sure(r, "appeals", "reconsideration", "total");
        BigDecimal litCorrected = sum(sure(r, "appeals", "litigationDirect", "corrected"),
                sure(r, "appeals", "litigationAfterReconsideration", "corrected"));
        BigDecimal litTotal = sum(sure(r, "appeals", "litigationDirect", "total"),
                sure(r, "appeals", "litigationAfterReconsideration", "total"));
        return new Indicators(ratio(open, total), ratio(unavailable, total), ratio(recCorrected, recTotal), ratio(litCorrected, litTotal));
    }

    /** A number read for certain: a numeric cell placed by its label. */
    private static BigDecimal sure(Report r, String table, String row, String column) {
        Optional<Cell> c = r.table(table).flatMap(t -> t.cell(row, column));
        if (c.isEmpty() || c.get().getKind() != CellKind.NUMBER || c.get().getValue() == null) return null;
        if (c.get().getPlacement() != null && c.get().getPlacement() != cn.gkcheck.model.Placement.LABEL) return null;
        return c.get().getValue();
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) return null;
        return part.divide(whole, 4, RoundingMode.HALF_UP);
    }
}

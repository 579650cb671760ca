package cn.gkcheck.check;

import cn.gkcheck.model.Cell;

/**
 * Spec §4 B5, one column of the requests table: this year's 上年结转 ({@code thisYear}, a count
 * {@code carriedOver}) beside last year's 结转下年度继续办理 in the same column ({@code lastYear}, a
 * count {@code carriedForward}). Inserted where the same organ's report of {@code previousYear} is known
 * and both cells hold whole counts (check.DerivedFacts); rules/crossyear.drl decides.
 */
public record CarriedOver(String column, Cell thisYear, long carriedOver, Cell lastYear, long carriedForward,
        int year, int previousYear) {

    /** The column as the table heads it. */
    public String columnLabel() {
        return thisYear.getColumnLabel() == null ? thisYear.getColumn() : thisYear.getColumnLabel();
    }
}

package cn.gkcheck.check;

import cn.gkcheck.model.Cell;

/**
 * Spec §4 B7 (2019 format), one row of the proactive table (行政许可, 其他对外管理服务事项, 行政处罚,
 * 行政强制, 行政事业性收费): this year's 上一年项目数量 ({@code previousCount}) beside last year's
 * 上一年项目数量 ({@code previousCountLastYear}) and last year's 本年增/减 ({@code changeLastYear}).
 * Inserted where last year's report is known and all three cells hold whole counts (check.DerivedFacts);
 * rules/crossyear.drl decides.
 */
public record ProjectCount(Cell cell, long previousCount, Cell lastYearCell, long previousCountLastYear, Cell changeCell,
        long changeLastYear, int year, int previousYear) {

    /** The relation with its figures, as a finding states it. */
    public String expression() {
        return "上一年项目数量(" + year + ") = 上一年项目数量(" + previousYear + ") " + previousCountLastYear
                + " + 本年增/减(" + previousYear + ") " + changeLastYear;
    }
}

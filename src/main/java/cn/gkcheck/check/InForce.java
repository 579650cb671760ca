package cn.gkcheck.check;

import cn.gkcheck.model.Cell;

/**
 * Spec §4 B6 (2021 format), one row of the proactive table (规章, 规范性文件): this year's 现行有效件数
 * ({@code thisYear}) beside last year's ({@code lastYear}) and this year's 本年制发件数
 * ({@code newlyIssued}) and 本年废止件数 ({@code repealed}). Inserted where last year's report is known and all
 * four cells hold whole counts (check.DerivedFacts); rules/crossyear.drl decides.
 */
public record InForce(Cell cell, long thisYear, Cell lastYearCell, long lastYear, Cell newlyIssuedCell, long newlyIssued,
        Cell repealedCell, long repealed, int year, int previousYear) {

    /** The relation with its figures, as a finding states it. */
    public String expression() {
        return "现行有效件数(" + year + ") = 现行有效件数(" + previousYear + ") " + lastYear
                + " + 本年制发件数 " + newlyIssued + " − 本年废止件数 " + repealed;
    }
}

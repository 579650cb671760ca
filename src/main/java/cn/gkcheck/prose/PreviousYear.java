package cn.gkcheck.prose;

import cn.gkcheck.model.Report;

/**
 * The same organ's report of the year before, inserted beside a report when one is known
 * ({@code --previous}, or paired in a folder): the cross-year rules (rules/crossyear.drl) match it.
 */
public record PreviousYear(Report report) {}

package cn.gkcheck.check;

import cn.gkcheck.model.OrganKind;
import java.time.LocalDate;

/**
 * The last day on which an organ of {@code kind} may publish this report under Article 49 of the
 * Regulations. Inserted by the rules that state the article (rules/deadline.drl), not by Java.
 */
public record Deadline(OrganKind kind, LocalDate date) {}

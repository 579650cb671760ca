package cn.gkcheck.check.folder;

/**
 * The year the folder is audited for: --year, or else the year most reports of the folder are of (null when no
 * report names one). {@code stated} tells the two apart in messages.
 */
public record AuditYear(Integer year, boolean stated) {}

package cn.gkcheck.format;

import java.util.List;

/**
 * An official row: canonical key, official label and the variants real reports print.
 * {@code group} is the merged group label printed beside numbered sub-rows (（三）不予公开 …),
 * null for rows that stand alone.
 */
public record RowDef(String key, String label, String group, List<String> variants) {
    public static RowDef of(String key, String label, String... variants) {
        return new RowDef(key, label, null, List.of(variants));
    }

    public static RowDef sub(String group, String key, String label, String... variants) {
        return new RowDef(key, label, group, List.of(variants));
    }

    /** The label a supervisor recognises: the group label before a numbered sub-row. */
    public String fullLabel() {
        return group == null ? label : group + label;
    }
}

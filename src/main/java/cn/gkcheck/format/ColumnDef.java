package cn.gkcheck.format;

import java.util.List;

/** An official column: canonical key, official label, labels tolerated in real reports, value type. */
public record ColumnDef(String key, String label, List<String> variants, ValueType type) {
    public static ColumnDef count(String key, String label, String... variants) {
        return new ColumnDef(key, label, List.of(variants), ValueType.COUNT);
    }

    public static ColumnDef signed(String key, String label, String... variants) {
        return new ColumnDef(key, label, List.of(variants), ValueType.SIGNED_COUNT);
    }

    public static ColumnDef money(String key, String label, String... variants) {
        return new ColumnDef(key, label, List.of(variants), ValueType.MONEY);
    }
}

package cn.gkcheck.format;

/** The value type of a column, by canonical key (keys are unique across both formats). */
public final class ValueTypes {
    private ValueTypes() {}

    public static ValueType of(String table, String column) {
        for (OfficialFormat f : OfficialFormat.ALL) {
            var t = f.table(table);
            if (t.isPresent()) {
                var c = t.get().column(column);
                if (c.isPresent()) return c.get().type();
            }
        }
        return ValueType.COUNT;
    }
}

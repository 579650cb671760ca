package cn.gkcheck.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The short names a supervisor uses for rows: 一, （七）, （三）3. */
public final class ShortNames {
    private ShortNames() {}

    private static final Pattern LEADING = Pattern.compile("^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[0-9]+\\.)");

    public static String of(RowDef row) {
        String own = leading(row.label());
        if (row.group() != null) return leading(row.group()) + own.replace(".", "");
        return own.isEmpty() ? row.label() : own.replace("、", "");
    }

    private static String leading(String label) {
        Matcher m = LEADING.matcher(label);
        return m.find() ? m.group(1) : "";
    }
}

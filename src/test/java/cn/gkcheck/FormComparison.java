package cn.gkcheck;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What two forms of one report are compared on: every cell by key (raw, kind and value), and every
 * finding by rule, severity and canonical keys — the place in the file differs by nature between forms.
 */
public final class FormComparison {
    private FormComparison() {}

    /** Every cell of the tables not in {@code except}, sorted by key. */
    public static List<String> cells(Report r, Set<String> except) {
        List<String> out = new ArrayList<>();
        r.getTables().stream().filter(t -> !except.contains(t.getKey())).forEach(t -> t.getCells().forEach(c -> out.add(line(c))));
        out.sort(null);
        return out;
    }

    private static String line(Cell c) {
        return c.key() + " raw=" + c.getRaw() + " kind=" + c.getKind().json() + " value="
                + (c.getValue() == null ? "null" : c.getValue().toPlainString());
    }

    /** Rule, severity and canonical keys of every finding, sorted. */
    public static List<String> findings(Report r) {
        List<String> out = new ArrayList<>();
        for (Finding f : Engine.get().check(r)) out.add(f.getRule() + " " + f.getSeverity().json() + " " + f.getLocation().keys());
        out.sort(null);
        return out;
    }
}

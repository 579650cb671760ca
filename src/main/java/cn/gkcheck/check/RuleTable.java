package cn.gkcheck.check;

/** The rule catalog as the Markdown table the README shows (kept in sync by a test). */
public final class RuleTable {
    private RuleTable() {}

    public static String markdown(Catalog catalog) {
        StringBuilder b = new StringBuilder();
        b.append("| id | severity | category | 规则 / rule | basis |\n|---|---|---|---|---|\n");
        for (RuleInfo r : catalog.list()) {
            b.append("| `").append(r.id()).append("` | ").append(r.severity().json()).append(" | ").append(r.category())
                    .append(" | ").append(r.title()).append("<br>").append(r.titleEn() == null ? "" : r.titleEn())
                    .append(" | ").append(r.basis().replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }
}

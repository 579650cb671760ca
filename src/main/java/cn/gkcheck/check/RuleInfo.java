package cn.gkcheck.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A rule as the catalog shows it. id, severity, category, Chinese title and legal basis come
 * from the DRL rule's own metadata (the DRL is the single source); the English title and the
 * explanation of why the rule matters come from rules/catalog.json. A local rule ({@code --rules DIR})
 * has no catalog entry: {@code local} is true and {@code drl} is the file it was read from.
 */
@JsonPropertyOrder({"id", "severity", "category", "title", "titleEn", "basis", "why", "whyEn", "drl", "drlName", "local"})
public record RuleInfo(String id, Severity severity, String category, String title, String titleEn,
                       String basis, String why, String whyEn, String drl, String drlName,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean local) {

    public RuleInfo(String id, Severity severity, String category, String title, String titleEn,
                    String basis, String why, String whyEn, String drl, String drlName) {
        this(id, severity, category, title, titleEn, basis, why, whyEn, drl, drlName, false);
    }

    /** Rules are grouped in files by concern: the category names the file. */
    public static String drlFileOf(String category) {
        return "rules/" + category + ".drl";
    }
}

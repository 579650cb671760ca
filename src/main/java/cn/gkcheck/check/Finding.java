package cn.gkcheck.check;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One defect (or, for info, one observation) in one report, with its evidence and legal basis. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"rule", "severity", "category", "title", "message", "location", "evidence", "basis"})
public class Finding {
    private String rule;
    private Severity severity;
    private String category;
    private String title;
    private String message;
    @JsonIgnore
    private String titleEn;
    @JsonIgnore
    private String messageEn;
    private Location location = new Location();
    private Evidence evidence;
    private String basis;

    /** The same finding with English title and message in place of the Chinese ones. */
    public Finding inEnglish() {
        Finding f = new Finding();
        f.rule = rule;
        f.severity = severity;
        f.category = category;
        f.title = titleEn == null ? title : titleEn;
        f.message = messageEn == null ? message : messageEn;
        f.location = location;
        f.evidence = evidence;
        f.basis = basis;
        return f;
    }

    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
    public Severity getSeverity() { return severity; }
    public void setSeverity(Severity severity) { this.severity = severity; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getMessageEn() { return messageEn; }
    public void setMessageEn(String messageEn) { this.messageEn = messageEn; }
    public Location getLocation() { return location; }
    public void setLocation(Location location) { this.location = location; }
    public Evidence getEvidence() { return evidence; }
    public void setEvidence(Evidence evidence) { this.evidence = evidence; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
}

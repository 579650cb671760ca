package cn.gkcheck.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A row of a standard table as found in the report: its key, its label as printed, where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Row {
    private String key;
    private String label;
    private Source source;

    public Row() {}

    public Row(String key, String label, Source source) {
        this.key = key;
        this.label = label;
        this.source = source;
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public Source getSource() { return source; }
    public void setSource(Source source) { this.source = source; }
}

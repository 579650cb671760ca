package cn.gkcheck.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A column of a standard table as found: its key and its label as printed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Column {
    private String key;
    private String label;

    public Column() {}

    public Column(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}

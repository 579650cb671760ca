package cn.gkcheck.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a table cell holds, as printed (canonical-keys.md). */
public enum CellKind {
    NUMBER, BLANK, DASH, TEXT;

    @JsonValue
    public String json() { return name().toLowerCase(); }
}

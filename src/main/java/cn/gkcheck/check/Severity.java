package cn.gkcheck.check;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much a finding matters; ordered so that a threshold compares with {@link #atLeast}. */
public enum Severity {
    INFO, WARNING, ERROR;

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    public static Severity parse(String s) {
        return valueOf(s.trim().toUpperCase());
    }

    @JsonValue
    public String json() { return name().toLowerCase(); }
}

package cn.gkcheck.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a section heading was printed: as the format words it, in a tolerated variant, or reworded.
 * An enum so that a rule matching one cannot misspell it; JSON keeps the lower-case names.
 */
public enum HeadingForm {
    OFFICIAL, VARIANT, RENAMED;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static HeadingForm of(String json) {
        return json == null ? null : valueOf(json.toUpperCase(java.util.Locale.ROOT));
    }
}

package cn.gkcheck.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which part of the report a fact about the report itself (its organ, its year) was read from, so that a
 * finding can say what it rests on and a rule can tell a title that names the year from one that does not.
 */
public enum MetaSource {
    /** The report's title. */
    TITLE,
    /** The opening sentence: "本报告由X编制", "根据…，X编制本报告". */
    OPENING,
    /** The contact line: "如对本报告有疑问，请与X联系". */
    CONTACT,
    /** The organ and date under the report: "X人民政府办公室 2024年1月20日". */
    SIGNATURE,
    /** The statistical period ("统计期限自2023年1月1日起至2023年12月31日止"): a year only. */
    PERIOD;

    @JsonValue
    public String json() { return name().toLowerCase(); }

    /** How a finding names the source. */
    public String zh() {
        return switch (this) {
            case TITLE -> "标题";
            case OPENING -> "开头";
            case CONTACT -> "联系方式";
            case SIGNATURE -> "落款";
            case PERIOD -> "统计期限";
        };
    }

    @JsonCreator
    public static MetaSource of(String json) {
        for (MetaSource s : values()) if (s.json().equals(json)) return s;
        return null;
    }
}

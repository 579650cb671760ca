package cn.gkcheck.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of organ a report is of, as Articles 49 and 50 tell them apart: Art. 49 sets deadlines for
 * 县级以上人民政府部门 (31 January) and 县级以上地方人民政府 (31 March); Art. 50(四) asks 各级人民政府
 * (townships included) for 考核、评议、追究 results. Townships and streets are kinds of their own: Art. 49
 * names neither, and whether a 街道办事处 counts as a 人民政府 for Art. 50(四) is unconfirmed (spec §9.5).
 */
public enum OrganKind {
    /** 县级以上地方人民政府. */
    GOVERNMENT,
    /** 乡、镇人民政府. */
    TOWNSHIP,
    /** 街道办事处. */
    STREET,
    /** 政府部门、办公室、直属机构. */
    DEPARTMENT,
    /** No source the report gives tells what kind of organ it is. */
    UNKNOWN;

    @JsonValue
    public String json() { return name().toLowerCase(); }

    /** Reads the model's JSON back; "other", which earlier versions wrote, and anything unknown is UNKNOWN. */
    @JsonCreator
    public static OrganKind of(String json) {
        for (OrganKind k : values()) if (k.json().equals(json)) return k;
        return UNKNOWN;
    }

    /** How a finding names the kind. */
    public String zh() {
        return switch (this) {
            case GOVERNMENT -> "县级以上人民政府";
            case TOWNSHIP -> "乡镇人民政府";
            case STREET -> "街道办事处";
            case DEPARTMENT -> "政府部门";
            case UNKNOWN -> "机关类型不明";
        };
    }
}

package cn.gkcheck.format;

import cn.gkcheck.model.Meta;

/**
 * The kind of organ a report is of, from its organ name (or title): Art. 49 sets deadlines for
 * 县级以上人民政府部门 (31 January) and 县级以上地方人民政府 (31 March); Art. 50(四) asks 各级人民政府
 * for 考核、评议、追究 results. Townships and streets are kinds of their own: Art. 49 names neither,
 * and whether a 街道办事处 counts as a 人民政府 for Art. 50(四) is unconfirmed (spec §9.5).
 */
public final class Organs {
    private Organs() {}

    public static final String GOVERNMENT = "government";   // 县级以上人民政府
    public static final String TOWNSHIP = "township";       // 乡、镇人民政府
    public static final String STREET = "street";           // 街道办事处
    public static final String DEPARTMENT = "department";   // 政府部门、办公室、直属机构
    public static final String UNKNOWN = "unknown";

    public static String kind(Meta meta) {
        String name = meta.getOrgan() != null ? meta.getOrgan() : meta.getTitle();
        return name == null ? UNKNOWN : kindOf(name.replaceAll("\\s+", ""));
    }

    public static String kindOf(String organ) {
        String o = organ.replaceAll("(?:\\d{4}年度?)?(?:政府信息公开|政务公开).*$", "");
        if (o.isEmpty()) o = organ;
        if (o.endsWith("街道办事处") || o.endsWith("街道") || o.endsWith("街道办")) return STREET;
        if (o.matches(".*[镇乡](?:人民)?政府$")) return TOWNSHIP;
        if (o.endsWith("人民政府") || o.endsWith("政府")) return GOVERNMENT;
        if (o.matches(".*(局|委员会|委|办公室|办|厅|署|中心|院|部|会|队|处|站|馆|所|社)$")) return DEPARTMENT;
        return UNKNOWN;
    }

    public static String describe(String kind) {
        return switch (kind) {
            case GOVERNMENT -> "县级以上人民政府";
            case TOWNSHIP -> "乡镇人民政府";
            case STREET -> "街道办事处";
            case DEPARTMENT -> "政府部门";
            default -> "机关类型不明";
        };
    }
}

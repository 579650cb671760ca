package cn.gkcheck.format;

import cn.gkcheck.model.Meta;
import cn.gkcheck.model.OrganKind;
import java.util.regex.Pattern;

/**
 * The kind of organ (model.OrganKind) a name is of: Art. 49 sets deadlines for 县级以上人民政府部门 and
 * 县级以上地方人民政府, Art. 50(四) asks 各级人民政府 for results; townships and streets are kinds of their own.
 * A government's 办公室 is a department-level office (政府部门、办公室、直属机构 report as departments), so
 * "X市人民政府办公室" as the organ is a department; as the compiler of a report it stands for its government
 * ({@link #compiledFor}).
 */
public final class Organs {
    private Organs() {}

    // a development zone's 管委会 is a dispatched agency (派出机构) of a government: neither a 人民政府 nor named
    // as a 人民政府部门 by Art. 49, and the spec does not settle which deadline or Art. 50(四) applies — unknown
    private static final Pattern ZONE_AGENCY = Pattern.compile(".*(?:管委会|管理委员会|管委)$");
    private static final Pattern DEPARTMENT = Pattern.compile(".*(?:局|委员会|委|办公室|办|厅|署|中心|院|部|会|队|处|站|馆|所|社)$");
    // a bare area name stands for its government: "X区" in "X区政府信息公开…", "X镇" as the signature
    private static final Pattern AREA = Pattern.compile(".{1,20}(?:省|自治区|市|县|区|旗|州|盟)$");
    private static final Pattern ZONE = Pattern.compile(".*(?:开发区|园区|高新区|工业区|示范区|试验区|保税区|合作区|景区|新城)$");
    private static final Pattern TOWNSHIP = Pattern.compile(".{1,20}(?:镇|乡)(?:人民)?(?:政府)?$");
    // the office that compiles a report or answers for it, named after the organ whose report it is
    private static final Pattern OFFICE = Pattern.compile("(?:党政综合办公室|党政办公室|党政办|综合办公室|办公厅|办公室|政府办|办)$");

    /**
     * The kind a report's meta records. A model read back from JSON that does not say where its organ came
     * from (written before organSource, when the kind printed was coarse: a township was "government") is
     * classified again from its organ's name (or title), as the rules always did.
     */
    public static OrganKind kind(Meta meta) {
        if (meta.getOrganKind() != null && (meta.getOrganSource() != null || meta.getOrgan() == null)) return meta.getOrganKind();
        String name = meta.getOrgan() != null ? meta.getOrgan() : meta.getTitle();
        return name == null ? OrganKind.UNKNOWN : kindOf(name.replaceAll("\\s+", ""));
    }

    public static OrganKind kindOf(String organ) {
        String o = organ.replaceAll("(?:\\d{4}年度?)?(?:政府信息公开|政务公开).*$", "");
        if (o.isEmpty()) o = organ;
        if (o.endsWith("街道办事处") || o.endsWith("街道") || o.endsWith("街道办")) return OrganKind.STREET;
        if (TOWNSHIP.matcher(o).matches()) return OrganKind.TOWNSHIP;
        if (o.endsWith("人民政府") || o.endsWith("政府")) return ZONE.matcher(o.replaceAll("(?:人民)?政府$", "")).matches()
                ? OrganKind.UNKNOWN : OrganKind.GOVERNMENT;
        if (ZONE_AGENCY.matcher(o).matches()) return OrganKind.UNKNOWN;
        if (DEPARTMENT.matcher(o).matches()) return OrganKind.DEPARTMENT;
        if (AREA.matcher(o).matches() && !ZONE.matcher(o).matches()) return OrganKind.GOVERNMENT;
        return OrganKind.UNKNOWN;
    }

    /**
     * The organ a compiler or contact stands for: "柳河县人民政府办公室" compiles the county government's report,
     * "双河镇党政办公室" the township's, "云溪市生态环境局办公室" the bureau's. A name that is no office of a
     * known organ ("重庆市大足区人民政府外事办公室" is a department itself) is its own organ.
     */
    public static String compiledFor(String name) {
        var m = OFFICE.matcher(name);
        if (!m.find()) return name;
        String rest = name.substring(0, m.start());
        if (m.group().equals("政府办")) rest = rest + "政府";
        if (rest.length() < 2 || kindOf(rest) == OrganKind.UNKNOWN && !ZONE_AGENCY.matcher(rest).matches()) return name;
        return rest;
    }

    // the areas an organ's full name may begin with before the name it is usually called by:
    // "青禾市溪南区人民政府" is "溪南区人民政府" of 青禾市
    private static final Pattern PARENT_AREAS = Pattern.compile("(?:.{1,12}?(?:省|自治区|市|州|盟|地区|县|区|旗))+");

    /**
     * The form of an organ's name two mentions of one organ share: whitespace removed, the office that
     * compiles a report taken for its organ ({@link #compiledFor}), "人民政府" shortened to "政府" (桃山区人民政府,
     * 桃山区政府) and a bare area taken for its government (a title's "桃山区2023年…" names 桃山区政府).
     */
    public static String matchKey(String name) {
        String n = compiledFor(name.replaceAll("\\s+", "")).replace("人民政府", "政府");
        if (AREA.matcher(n).matches() && !ZONE.matcher(n).matches()) n = n + "政府";
        return n;
    }

    /**
     * Two names of one organ: the same {@link #matchKey}, or the full name and the short one where the full
     * name only adds the areas above it (青禾市溪南区人民政府 and 溪南区政府). A short name of a department
     * ("教育局") is not enough to tell which area's it is, so the short form must name its area itself.
     */
    public static boolean sameOrgan(String a, String b) {
        String x = matchKey(a), y = matchKey(b);
        if (x.equals(y)) return true;
        String longer = x.length() >= y.length() ? x : y, shorter = longer == x ? y : x;
        if (!longer.endsWith(shorter) || !AREA.matcher(areaOf(shorter)).matches()) return false;
        return PARENT_AREAS.matcher(longer.substring(0, longer.length() - shorter.length())).matches();
    }

    // the area a name begins with: "溪南区" of "溪南区教育局"; "" where it names none
    private static String areaOf(String name) {
        var m = Pattern.compile("^.{1,12}?(?:省|自治区|市|州|盟|县|区|旗)").matcher(name);
        return m.find() ? m.group() : "";
    }

    public static String describe(OrganKind kind) {
        return kind.zh();
    }
}

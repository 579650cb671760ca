package cn.gkcheck.format;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The two official formats of the annual report as data: 国办公开办函〔2019〕60号 (the "2019"
 * format, for the 2019 and 2020 reports) and 国办公开办函〔2021〕30号 (the "2021" format, from
 * the 2021 reports on). Labels are those of annual-report-spec.md §2–§3; keys those of
 * canonical-keys.md. Readers map printed labels to keys with it; rules speak in keys.
 */
public record OfficialFormat(String version, String notice, List<SectionDef> sections, List<TableDef> tables) {

    static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};

    public Optional<TableDef> table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    public TableDef requireTable(String key) {
        return table(key).orElseThrow();
    }

    /** The format a report of this year must use (spec §7.1): 2019–2020 → 2019, from 2021 → 2021. */
    public static Optional<OfficialFormat> requiredFor(Integer reportYear) {
        if (reportYear == null || reportYear < 2019) return Optional.empty();
        return Optional.of(reportYear <= 2020 ? F2019 : F2021);
    }

    public static Optional<OfficialFormat> byVersion(String version) {
        if ("2019".equals(version)) return Optional.of(F2019);
        if ("2021".equals(version)) return Optional.of(F2021);
        return Optional.empty();
    }

    public static final List<SectionDef> SECTIONS = List.of(
            new SectionDef(1, "总体情况", List.of("总体概述", "概述", "基本情况", "工作总体情况", "政府信息公开工作总体情况")),
            new SectionDef(2, "主动公开政府信息情况", List.of("主动公开情况", "主动公开政府信息", "政府信息主动公开情况")),
            new SectionDef(3, "收到和处理政府信息公开申请情况",
                    List.of("收到和处理政府信息公开申请的情况", "依申请公开情况", "政府信息依申请公开情况", "依申请公开政府信息情况")),
            new SectionDef(4, "政府信息公开行政复议、行政诉讼情况",
                    List.of("因政府信息公开工作被申请行政复议、提起行政诉讼情况", "因政府信息公开工作被申请行政复议和提起行政诉讼情况",
                            "政府信息公开行政复议和行政诉讼情况", "因政府信息公开申请行政复议、提起行政诉讼的情况",
                            "政府信息公开被申请行政复议、提起行政诉讼情况")),
            new SectionDef(5, "存在的主要问题及改进情况",
                    List.of("政府信息公开工作存在的主要问题及改进情况", "存在问题及改进情况", "存在的问题及改进措施",
                            "存在的主要问题和改进情况", "存在的主要问题及改进措施")),
            new SectionDef(6, "其他需要报告的事项", List.of("其他需要报告事项", "其他事项")));

    // Columns of the 申请 table: the same in both formats.
    private static final List<ColumnDef> REQUEST_COLUMNS = List.of(
            ColumnDef.count("natural", "自然人"),
            ColumnDef.count("commercial", "商业企业"),
            ColumnDef.count("research", "科研机构"),
            ColumnDef.count("nonprofit", "社会公益组织"),
            ColumnDef.count("legalService", "法律服务机构"),
            ColumnDef.count("otherOrg", "其他"),
            ColumnDef.count("total", "总计"));

    private static List<RowDef> requestRows(List<RowDef> otherRows) {
        String w = "（三）不予公开", u = "（四）无法提供", n = "（五）不予处理";
        List<RowDef> head = List.of(
                RowDef.of("new", "一、本年新收政府信息公开申请数量"),
                RowDef.of("carriedOver", "二、上年结转政府信息公开申请数量"),
                RowDef.of("granted", "（一）予以公开"),
                RowDef.of("partlyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开"),
                RowDef.sub(w, "withheld.1", "1.属于国家秘密"),
                RowDef.sub(w, "withheld.2", "2.其他法律行政法规禁止公开"),
                RowDef.sub(w, "withheld.3", "3.危及“三安全一稳定”"),
                RowDef.sub(w, "withheld.4", "4.保护第三方合法权益"),
                RowDef.sub(w, "withheld.5", "5.属于三类内部事务信息"),
                RowDef.sub(w, "withheld.6", "6.属于四类过程性信息"),
                RowDef.sub(w, "withheld.7", "7.属于行政执法案卷"),
                RowDef.sub(w, "withheld.8", "8.属于行政查询事项"),
                RowDef.sub(u, "unavailable.1", "1.本机关不掌握相关政府信息"),
                RowDef.sub(u, "unavailable.2", "2.没有现成信息需要另行制作"),
                RowDef.sub(u, "unavailable.3", "3.补正后申请内容仍不明确"),
                RowDef.sub(n, "notHandled.1", "1.信访举报投诉类申请"),
                RowDef.sub(n, "notHandled.2", "2.重复申请"),
                RowDef.sub(n, "notHandled.3", "3.要求提供公开出版物"),
                RowDef.sub(n, "notHandled.4", "4.无正当理由大量反复申请"),
                RowDef.sub(n, "notHandled.5", "5.要求行政机关确认或重新出具已获取信息"));
        List<RowDef> tail = List.of(
                RowDef.of("total", "（七）总计"),
                RowDef.of("carryForward", "四、结转下年度继续办理"));
        return concat(head, otherRows, tail);
    }

    private static final List<RowDef> APPEAL_ROWS = List.of(
            RowDef.of("reconsideration", "行政复议"),
            RowDef.of("litigationDirect", "行政诉讼·未经复议直接起诉", "未经复议直接起诉"),
            RowDef.of("litigationAfterReconsideration", "行政诉讼·复议后起诉", "复议后起诉"));

    private static final List<ColumnDef> APPEAL_COLUMNS = List.of(
            ColumnDef.count("upheld", "结果维持"),
            ColumnDef.count("corrected", "结果纠正"),
            ColumnDef.count("other", "其他结果"),
            ColumnDef.count("pending", "尚未审结"),
            ColumnDef.count("total", "总计"));

    private static final TableDef APPEALS = TableDef.ofGrid("appeals", 4,
            "政府信息公开行政复议、行政诉讼情况", APPEAL_ROWS, APPEAL_COLUMNS);

    public static final OfficialFormat F2019 = new OfficialFormat("2019", "国办公开办函〔2019〕60号", SECTIONS, List.of(
            TableDef.ofBlocks("proactive", 2, "主动公开政府信息情况", List.of(
                    new BlockDef("一", List.of(
                            ColumnDef.count("made", "本年新制作数量"),
                            ColumnDef.count("published", "本年新公开数量"),
                            ColumnDef.count("publicTotal", "对外公开总数量")),
                            List.of(RowDef.of("regulations", "规章"), RowDef.of("normativeDocs", "规范性文件"))),
                    new BlockDef("五", List.of(
                            ColumnDef.count("previousCount", "上一年项目数量"),
                            ColumnDef.signed("change", "本年增/减", "本年增减"),
                            ColumnDef.count("decisions", "处理决定数量")),
                            List.of(RowDef.of("licensing", "行政许可"), RowDef.of("otherServices", "其他对外管理服务事项"))),
                    new BlockDef("六", List.of(
                            ColumnDef.count("previousCount", "上一年项目数量"),
                            ColumnDef.signed("change", "本年增/减", "本年增减"),
                            ColumnDef.count("decisions", "处理决定数量")),
                            List.of(RowDef.of("penalties", "行政处罚"), RowDef.of("enforcement", "行政强制"))),
                    new BlockDef("八", List.of(
                            ColumnDef.count("previousCount", "上一年项目数量"),
                            ColumnDef.signed("change", "本年增/减", "本年增减")),
                            List.of(RowDef.of("fees", "行政事业性收费"))),
                    new BlockDef("九", List.of(
                            ColumnDef.count("procurementCount", "采购项目数量"),
                            ColumnDef.money("procurementAmount", "采购总金额")),
                            List.of(RowDef.of("procurement", "政府集中采购"))))),
            TableDef.ofGrid("requests", 3, "收到和处理政府信息公开申请情况",
                    requestRows(List.of(RowDef.of("other", "（六）其他处理"))), REQUEST_COLUMNS),
            APPEALS));

    public static final OfficialFormat F2021 = new OfficialFormat("2021", "国办公开办函〔2021〕30号", SECTIONS, List.of(
            TableDef.ofBlocks("proactive", 2, "主动公开政府信息情况", List.of(
                    new BlockDef("一", List.of(
                            ColumnDef.count("issued", "本年制发件数"),
                            ColumnDef.count("repealed", "本年废止件数"),
                            ColumnDef.count("inForce", "现行有效件数")),
                            List.of(RowDef.of("regulations", "规章"), RowDef.of("normativeDocs", "行政规范性文件", "规范性文件"))),
                    new BlockDef("五", List.of(ColumnDef.count("decisions", "本年处理决定数量", "处理决定数量")),
                            List.of(RowDef.of("licensing", "行政许可"))),
                    new BlockDef("六", List.of(ColumnDef.count("decisions", "本年处理决定数量", "处理决定数量")),
                            List.of(RowDef.of("penalties", "行政处罚"), RowDef.of("enforcement", "行政强制"))),
                    new BlockDef("八", List.of(ColumnDef.money("feeAmount", "本年收费金额（单位：万元）", "本年收费金额")),
                            List.of(RowDef.of("fees", "行政事业性收费"))))),
            TableDef.ofGrid("requests", 3, "收到和处理政府信息公开申请情况",
                    requestRows(List.of(
                            RowDef.sub("（六）其他处理", "other.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                    "1.申请人无正当理由逾期不补正"),
                            RowDef.sub("（六）其他处理", "other.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                                    "2.申请人逾期未按收费通知要求缴纳费用"),
                            RowDef.sub("（六）其他处理", "other.3", "3.其他"))),
                    REQUEST_COLUMNS),
            APPEALS));

    public static final List<OfficialFormat> ALL = List.of(F2019, F2021);

    /** Keys of a table's rows that this format has and the other format lacks: they tell which one a layout follows. */
    public Set<String> rowsOnlyHere(String tableKey) {
        return onlyHere(tableKey, t -> t.rows().stream().map(RowDef::key).toList());
    }

    /** Keys of a table's columns that this format has and the other format lacks. */
    public Set<String> columnsOnlyHere(String tableKey) {
        return onlyHere(tableKey, t -> t.columns().stream().map(ColumnDef::key).toList());
    }

    private Set<String> onlyHere(String tableKey, Function<TableDef, List<String>> keys) {
        Set<String> own = new TreeSet<>(table(tableKey).map(keys).orElse(List.of()));
        for (OfficialFormat other : ALL) {
            if (other != this) other.table(tableKey).map(keys).ifPresent(own::removeAll);
        }
        return own;
    }

    /** The section that carries a table (二 主动公开, 三 申请, 四 复议诉讼): the same in both formats. */
    public static Optional<Integer> sectionOf(String tableKey) {
        return tableKey == null ? Optional.empty() : F2021.table(tableKey).map(TableDef::section);
    }

    /** The table a section carries, if any. */
    public static Optional<String> tableIn(int section) {
        return F2021.tables().stream().filter(t -> t.section() == section).map(TableDef::key).findFirst();
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... parts) {
        java.util.ArrayList<T> all = new java.util.ArrayList<>();
        for (List<T> p : parts) all.addAll(p);
        return List.copyOf(all);
    }
}

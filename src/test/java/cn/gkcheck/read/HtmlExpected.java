package cn.gkcheck.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The grids the official 2021 tables make once their merges are expanded (each merged label
 * repeated under every column it covers), filled with a fixture's values.
 */
final class HtmlExpected {
    private HtmlExpected() {}

    static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    static final List<String> RESULTS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    static List<String> n(String s, int times) {
        return Collections.nCopies(times, s);
    }

    static List<String> row(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof List<?> l) l.forEach(o -> out.add((String) o));
            else if (p instanceof String[] a) out.addAll(List.of(a));
            else out.add((String) p);
        }
        return out;
    }

    /** regs, normative: 3 values each; licensing, penalties, enforcement, fees: one value (spans 3 columns). */
    static List<List<String>> proactive(String[] regs, String[] normative, String licensing, String penalties, String enforcement, String fees) {
        return List.of(
                n("第二十条第（一）项", 4),
                row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                row("规章", regs),
                row("行政规范性文件", normative),
                n("第二十条第（五）项", 4),
                row("信息内容", n("本年处理决定数量", 3)),
                row("行政许可", n(licensing, 3)),
                n("第二十条第（六）项", 4),
                row("信息内容", n("本年处理决定数量", 3)),
                row("行政处罚", n(penalties, 3)),
                row("行政强制", n(enforcement, 3)),
                n("第二十条第（八）项", 4),
                row("信息内容", n("本年收费金额（单位：万元）", 3)),
                row("行政事业性收费", n(fees, 3)));
    }

    static final String[] REQUEST_LABELS = {
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
        "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
        "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
        "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
        "（七）总计", "四、结转下年度继续办理"};

    /** values: 25 rows × 7 columns (自然人 … 其他, 总计) in printed order. */
    static List<List<String>> requests(String[][] values) {
        List<List<String>> g = new ArrayList<>();
        g.add(row(n(NOTE, 3), n("申请人情况", 7)));
        g.add(row(n(NOTE, 3), "自然人", n("法人或其他组织", 5), "总计"));
        g.add(row(n(NOTE, 3), "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
        String r3 = "三、本年度办理结果";
        for (int i = 0; i < 25; i++) {
            String label = REQUEST_LABELS[i];
            List<String> head;
            if (i <= 1 || i == 24) head = n(label, 3);
            else if (i == 2 || i == 3 || i == 23) head = row(r3, n(label, 2));
            else head = row(r3, group(i), label);
            g.add(row(head, values[i]));
        }
        return g;
    }

    private static String group(int i) {
        if (i <= 11) return "（三）不予公开";
        if (i <= 14) return "（四）无法提供";
        if (i <= 19) return "（五）不予处理";
        return "（六）其他处理";
    }

    static List<List<String>> appeals(String... fifteen) {
        return List.of(
                row(n("行政复议", 5), n("行政诉讼", 10)),
                row(RESULTS, n("未经复议直接起诉", 5), n("复议后起诉", 5)),
                row(RESULTS, RESULTS, RESULTS),
                row((Object) fifteen));
    }

    /** Rows of numbers written compactly: "40 5 0 1 2 0 48"; "-" for a blank row of seven. */
    static String[][] table(String... rows) {
        String[][] out = new String[rows.length][];
        for (int i = 0; i < rows.length; i++) out[i] = rows[i].equals("-") ? new String[] {"", "", "", "", "", "", ""} : rows[i].split(" ");
        return out;
    }

    /** The balanced data of the hand-made pages (make_fixtures.py). */
    static final String[][] REQUESTS = table(
            "40 5 0 1 2 0 48", "3 1 0 0 0 0 4",
            "20 3 0 1 1 0 25", "5 1 0 0 0 0 6",
            "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "1 0 0 0 0 0 1", "2 0 0 0 0 0 2",
            "0 0 0 0 0 0 0", "1 0 0 0 0 0 1", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0",
            "6 1 0 0 1 0 8", "0 0 0 0 0 0 0", "1 0 0 0 0 0 1",
            "1 0 0 0 0 0 1", "1 0 0 0 0 0 1", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0",
            "1 0 0 0 0 0 1", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0",
            "39 5 0 1 2 0 47", "4 1 0 0 0 0 5");

    static final List<List<String>> PROACTIVE = proactive(new String[] {"0", "0", "0"}, new String[] {"2", "1", "15"}, "356", "128", "7", "0");
    static final List<List<String>> APPEALS = appeals("1", "0", "0", "1", "2", "0", "1", "0", "0", "1", "0", "0", "0", "0", "0");

    static List<String> reportParas(String organ) {
        return List.of(
                organ + "2023年政府信息公开工作年度报告",
                "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制。本报告所列数据的统计期限为2023年1月1日至2023年12月31日。",
                "一、总体情况",
                "2023年，本机关共收到政府信息公开申请48件，办结47件，结转下年度继续办理5件。",
                "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况",
                "信息公开的及时性仍需提高。下一步将加强培训，完善发布审核机制。",
                "六、其他需要报告的事项", "本年度未收取信息处理费。",
                organ, "2024年1月20日");
    }

    static List<String> paras(Doc d) {
        return d.blocks.stream().filter(b -> b instanceof Block.Para).map(b -> ((Block.Para) b).text()).toList();
    }

    static List<Block.Grid> grids(Doc d) {
        return d.blocks.stream().filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).toList();
    }

    static List<List<String>> texts(Block.Grid g) {
        return g.rows().stream().map(Block.GridRow::texts).toList();
    }

    /** The blocks as a sequence of kinds, "P" and "G", to pin document order. */
    static String shape(Doc d) {
        StringBuilder sb = new StringBuilder();
        for (Block b : d.blocks) sb.append(b instanceof Block.Grid ? 'G' : 'P');
        return sb.toString();
    }
}

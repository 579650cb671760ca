package cn.gkcheck.prose;

import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Paragraph;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Section;
import cn.gkcheck.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What Article 50 asks the prose to contain, and where (rules/content.drl). */
public final class Content {
    private Content() {}

    /** One of the three Art. 50(四) items whose result the report does not state. */
    public record Art50Gap(String missing, String missingEn, String mentioned) {}

    /** A paragraph whose matter belongs in 六、其他需要报告的事项. */
    public record Misplaced(String topic, String topicEn, int section, Source source, String text) {}

    private static final Pattern ASSESSMENT_RESULT = Pattern.compile(
            "考核(?:结果|等次|得分|成绩|排名)|考核[^。；]{0,15}?(?:优秀|良好|合格|满分|第[一二三四五六七八九十\\d]+名|\\d+(?:\\.\\d+)?分|位列|名列|获评|被评为)");
    private static final Pattern REVIEW_RESULT = Pattern.compile(
            "评议(?:结果|得分|满意)|评议[^。；]{0,20}?(?:满意率|满意度|好评率|\\d+(?:\\.\\d+)?[%％]|\\d+(?:\\.\\d+)?分|优秀|良好)");
    private static final Pattern ACCOUNTABILITY_RESULT = Pattern.compile(
            "(?<!尚)(?:未|没有|无)(?:发生|出现|因)?[^。；，,]{0,12}?(?:责任追究|追究责任|被追究|问责)"
                    + "|(?:责任追究|追究责任|问责)[^。；]{0,10}?(?:\\d+|[一二三四五六七八九十]+)(?:人|次|起|名|件)"
                    + "|(?:责任追究|追究)(?:情况)?(?:为|：|:)?(?:0|零|无)");

    /** Art. 50(四): the results of 工作考核、社会评议、责任追究 — not merely that the systems exist. */
    public static List<Art50Gap> art50Gaps(Report report) {
        String all = prose(report);
        List<String> missing = new ArrayList<>(), missingEn = new ArrayList<>(), named = new ArrayList<>();
        check(all, ASSESSMENT_RESULT, "考核", "工作考核结果", "assessment results", missing, missingEn, named);
        check(all, REVIEW_RESULT, "评议", "社会评议结果", "public review results", missing, missingEn, named);
        check(all, ACCOUNTABILITY_RESULT, "追究|问责", "责任追究结果", "accountability results", missing, missingEn, named);
        if (missing.isEmpty()) return List.of();
        return List.of(new Art50Gap(String.join("、", missing), String.join(", ", missingEn), String.join("、", named)));
    }

    private static void check(String all, Pattern result, String mention, String zh, String en,
                              List<String> missing, List<String> missingEn, List<String> named) {
        if (result.matcher(all).find()) return;
        missing.add(zh);
        missingEn.add(en);
        if (Pattern.compile(mention).matcher(all).find()) named.add(zh.substring(0, zh.length() - 2));
    }

    /** Section 五 that says nothing, or only "无". */
    public static boolean problemsEmpty(Report report) {
        Optional<Section> s = report.section(5);
        if (s.isEmpty()) return false;
        String body = s.get().getBody() == null ? "" : s.get().getBody().replaceAll("[\\s\\p{Punct}。，、；：]", "");
        return body.isEmpty() || body.matches("(?:无|暂无|没有|无问题|无相关情况|本年度无)");
    }

    private static final Pattern FEE = Pattern.compile("信息处理费|收费|费用|收取");
    private static final Pattern FEE_TOPIC = Pattern.compile("信息处理费|公开[^。；]{0,8}费用|相关费用|费用情况|收费及减免|收费情况|收取[^。；]{0,8}费");
    private static final Pattern CONGRESS_TOPIC = Pattern.compile("人大代表建议|政协委员提案|政协提案|人大建议|建议提案|建议和提案");

    /** Section 六 states the 信息处理费 position (collected or not), spec §3.7. */
    public static boolean feeStated(Report report) {
        Optional<Section> s = report.section(6);
        return s.isPresent() && FEE.matcher(s.get().getBody() == null ? "" : s.get().getBody()).find();
    }

    /** 三（六）2 逾期未按收费通知缴费 (2021 format): its total, or 0 where absent or unreadable. */
    public static long unpaidFeeNotices(Report report) {
        return report.table("requests").flatMap(t -> t.cell("other.2", "total")).map(Cell::count).orElse(0L);
    }

    /** Section 六 says nothing but "无其他需要报告的事项" (or is empty). */
    public static boolean otherMattersNone(Report report) {
        Optional<Section> s = report.section(6);
        if (s.isEmpty()) return false;
        String body = s.get().getBody() == null ? "" : s.get().getBody().replaceAll("[\\s。，、；：.]", "");
        return body.isEmpty() || body.matches("(?:本年度|本机关|我[区市县局])?(?:无|暂无|没有)(?:其他)?(?:需要|需)?(?:报告|说明)?(?:的)?(?:事项|情况)?");
    }

    /**
     * Paragraphs on 人大代表建议/政协提案 or on fees standing in 四 or 五 (the seed puts them between
     * table 四 and 五 as （一）（二）): one per topic and section, at its first paragraph. Only 四 and 五:
     * 一 may legitimately speak of 建议提案 公开 as proactive disclosure, 三 of fee notices.
     */
    public static List<Misplaced> misplaced(Report report) {
        List<Misplaced> out = new ArrayList<>();
        for (int section = 4; section <= 5; section++) {
            boolean congress = false, fee = false;
            for (Paragraph p : report.getParagraphs()) {
                if (p.getSection() != section || p.getText() == null) continue;
                String t = p.getText().replaceAll("\\s+", "");
                if (!congress && CONGRESS_TOPIC.matcher(t).find()) {
                    congress = true;
                    out.add(new Misplaced("人大代表建议和政协委员提案办理情况", "the handling of deputies' suggestions and CPPCC proposals", section, p.getSource(), t));
                }
                if (!fee && FEE_TOPIC.matcher(t).find()) {
                    fee = true;
                    out.add(new Misplaced("政府信息公开收费（信息处理费）情况", "fees (information processing fees)", section, p.getSource(), t));
                }
            }
        }
        return out;
    }

    /** A fee paragraph stands in 四 or 五: the fee position is then reported by {@link #misplaced}. */
    public static boolean feeElsewhere(Report report) {
        return misplaced(report).stream().anyMatch(m -> m.topic().contains("收费"));
    }

    private static String prose(Report report) {
        StringBuilder b = new StringBuilder();
        for (Paragraph p : report.getParagraphs()) if (p.getText() != null) b.append(p.getText().replaceAll("\\s+", "")).append('\n');
        return b.toString();
    }
}

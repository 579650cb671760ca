package cn.gkcheck.prose;

import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Paragraph;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Section;
import cn.gkcheck.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What Article 50 asks the prose to contain, and where (rules/content.drl). */
public final class Content {
    private Content() {}

    /** A paragraph whose matter belongs in 六、其他需要报告的事项. */
    public record Misplaced(String topic, String topicEn, int section, Source source, String text) {}

    /** Facts derived from the prose for the rules to match: one {@link ItemOutcome} per Art. 50(四) item, and the {@link Statements}. */
    public static List<Object> facts(Report report) {
        if (!report.isReadable()) return List.of();
        List<Object> out = new ArrayList<>(Art50Results.of(report));
        out.add(Statements.of(report));
        return out;
    }

    /** The items with no result, as the finding names them: "工作考核结果、责任追究结果". */
    public static String missingZh(List<?> gaps) {
        return items(gaps).stream().map(i -> i.item().zh() + "结果").collect(Collectors.joining("、"));
    }

    public static String missingEn(List<?> gaps) {
        return items(gaps).stream().map(i -> i.item().en() + " results").collect(Collectors.joining(", "));
    }

    /** "（工作考核只写了制度或做法：“…”）" for the items that name their system, so the reader sees what was read. */
    public static String systemsZh(List<?> gaps) {
        List<String> parts = new ArrayList<>();
        for (ItemOutcome o : items(gaps)) {
            if (o.outcome() == Outcome.SYSTEM_ONLY) parts.add(o.item().zh() + "只写了制度或做法：" + o.quoted(2));
            else parts.add(o.item().zh() + "未提及");
        }
        return "（" + String.join("；", parts) + "）";
    }

    /** The system sentences, the evidence of the finding (null where no item is mentioned at all). */
    public static String systemsQuoted(List<?> gaps) {
        Set<String> seen = new LinkedHashSet<>();
        for (ItemOutcome o : items(gaps)) for (Sentence s : o.sentences()) seen.add(s.text());
        return seen.isEmpty() ? null : String.join("", seen);
    }

    private static List<ItemOutcome> items(List<?> facts) {
        List<ItemOutcome> out = new ArrayList<>();
        for (Object f : facts) if (f instanceof ItemOutcome o) out.add(o);
        out.sort(Comparator.comparing(ItemOutcome::item));
        return out;
    }

    // compiled once: these run on every report
    private static final Pattern NOT_WORDS_FIVE = Pattern.compile("[\\s\\p{Punct}。，、；：]");
    private static final Pattern NONE_FIVE = Pattern.compile("(?:无|暂无|没有|无问题|无相关情况|本年度无)");
    private static final Pattern NOT_WORDS_SIX = Pattern.compile("[\\s。，、；：.]");
    private static final Pattern NONE_SIX = Pattern.compile(
            "(?:本年度|本机关|我[区市县局])?(?:无|暂无|没有)(?:其他)?(?:需要|需)?(?:报告|说明)?(?:的)?(?:事项|情况)?");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** Section 五 that says nothing, or only "无". */
    public static boolean problemsEmpty(Report report) {
        Optional<Section> s = report.section(5);
        if (s.isEmpty()) return false;
        String body = s.get().getBody() == null ? "" : NOT_WORDS_FIVE.matcher(s.get().getBody()).replaceAll("");
        return body.isEmpty() || NONE_FIVE.matcher(body).matches();
    }

    private static final Pattern FEE = Pattern.compile("信息处理费|收费|费用|收取");
    private static final Pattern FEE_TOPIC = Pattern.compile("信息处理费|公开[^。；]{0,8}费用|相关费用|费用情况|收费及减免|收费情况|收取[^。；]{0,8}费");
    private static final Pattern CONGRESS_TOPIC = Pattern.compile("人大代表建议|政协委员提案|政协提案|人大建议|建议提案|建议和提案");

    /**
     * A statement of the fee position outside 六 ("依申请公开政府信息不收取任何费用" in 一, "未发生相关费用" before 五):
     * reports put it where they like, and the position is then stated. Narrower than in 六, where any word on fees is
     * the statement: elsewhere "收费" also names 行政事业性收费 and the fee-notice row of table 三.
     */
    private static final Pattern FEE_STATEMENT = Pattern.compile(
            "信息处理费|(?:不|未|没有|均未|无)(?:收取|发生|产生)(?:任何|相关)?费用|(?:不|未|没有|均未)收费|免费制|收取[^。；]{0,6}?费用");
    private static final Pattern NOT_THE_FEE = Pattern.compile("行政事业性收费|收费通知要求缴纳费用|本年收费金额");

    public static boolean feeStatedElsewhere(Report report) {
        for (Sentence s : Sentences.of(report)) {
            if (s.section() < 1 || s.section() > 5) continue;
            if (FEE_STATEMENT.matcher(NOT_THE_FEE.matcher(s.text()).replaceAll("")).find()) return true;
        }
        return false;
    }

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
        String body = s.get().getBody() == null ? "" : NOT_WORDS_SIX.matcher(s.get().getBody()).replaceAll("");
        return body.isEmpty() || NONE_SIX.matcher(body).matches();
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
                String t = SPACE.matcher(p.getText()).replaceAll("");
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
}

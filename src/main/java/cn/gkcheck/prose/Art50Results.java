package cn.gkcheck.prose;

import cn.gkcheck.model.Report;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a report states the results of 工作考核、社会评议、责任追究 (Art. 50(四); the ways are collected
 * in fixtures/content/art50-corpus.tsv): each sentence that speaks of an item is a result, the
 * description of a system or of work done, or unclassified. Results count wherever they stand —
 * 一、监督保障 as the format asks, but also 六 or a table printed as prose.
 */
public final class Art50Results {
    private Art50Results() {}

    /** Satisfaction in words: "较为满意", "很满意". */
    private static final String SATISFIED = "(?:较为|比较|基本|普遍|总体|整体|均|非常|十分|很)满意(?![度率])";

    private static final String N = "(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十两零〇]+)";

    /** Words that put a sentence on an item at all. */
    private static final Map<Art50Item, Pattern> MENTION = new EnumMap<>(Map.of(
            Art50Item.ASSESSMENT, Pattern.compile("考核|考评"),
            Art50Item.REVIEW, Pattern.compile("评议|测评|满意度|满意率|好评率|问卷|民意调查|群众评价|社会评价|" + SATISFIED),
            Art50Item.ACCOUNTABILITY, Pattern.compile("追究|问责|追责|通报批评|约谈|批评教育|诫勉|处分|限期整改|责令整改")));

    /** An outcome: a grade, rank, score, or the results notified or counted in performance assessment. */
    private static final Pattern ASSESSMENT_RESULT = Pattern.compile(
            "(?:考核|考评)[^。；]{0,30}?(?:优秀|优良|良好|合格|称职|满分|先进|[ABＡ][等级档]|[一二三]等|好等次)"
                    + "|(?:排名|位列|名列|位居)(?:全[省市区县州盟旗])?[^。；]{0,8}?(?:第" + N + "|" + N + "(?:名|位))"
                    + "|第" + N + "名|前" + N + "名"
                    + "|得分[为：:]?" + N + "分?|" + N + "分(?:的成绩|位列|排名)"
                    + "|(?:等次|等级|档次)(?:为|是|：|:)|(?:评为|获评|确定为|评定为)[^。；]{0,10}?(?:优秀|良好|先进|合格|[一二三]等|好)"
                    + "|(?:考核|考评)(?:评价)?结果(?:已|均)?(?:纳入|计入|通报|运用到|应用于|向社会公开|公布|反馈)"
                    + "|(?<!评议)(?<!测评)结果(?:已|均)?(?:纳入|计入)[^。；]{0,12}?(?:考核|考评)"
                    + "|(?:通报|公布|反馈)了?[^。；]{0,10}?(?:考核|考评)(?:结果|情况|排名|得分)");

    /** An outcome of public review: a rate or share, a number of questionnaires, people or opinions, a grade. */
    private static final Pattern REVIEW_RESULT = Pattern.compile(
            N + "[%％]|百分之" + N
                    + "|(?:满意率|满意度|好评率|满意度测评)[^。；]{0,8}?\\d"
                    + "|(?:问卷|评议表|测评表|调查表)[^。；]{0,10}?" + N + "(?:份|张)|" + N + "(?:份|张)[^。；]{0,6}?(?:问卷|评议表|测评表|调查表)"
                    + "|" + N + "(?:人|人次|名)[^。；]{0,8}?(?:参与|参加|表示)"
                    + "|(?:评议|测评)(?:结果|等次|等级)(?:为|是|：|:)|(?:评议|测评)[^。；]{0,20}?(?:优秀|良好|满意等次|基本满意等次|第" + N + ")"
                    + "|(?:意见|建议)[^。；]{0,10}?" + N + "条");

    private static final String ACTION = "(?:通报批评|约谈|批评教育|限期整改|责令整改|问责|追责|诫勉|处分|追究)";

    /** Accountability as a count (zero included), a negative ("未发生…责任追究"), or an action taken on someone. */
    private static final Pattern ACCOUNTABILITY_RESULT = Pattern.compile(
            "(?:(?:未|没有)(?:发生|出现|产生|有|因|被)|无|不存在)[^。；，,]{0,18}?(?:追究|问责|追责)"
                    + "|(?:责任追究|追究责任|追究|问责|追责)(?:情况|事项|案件)?(?:为|：|:)?(?:0|零|无)(?![\\d.])"
                    + "|" + ACTION + "[^。；，,、]{0,10}?" + N + "(?:人|次|起|名|家|个|件|位|批)"
                    + "|对[^。；，,]{0,24}?" + N + "(?:家|个|名|人|位|批)[^。；，,]{0,30}?" + ACTION
                    + "|(?:已|进行了|予以了|给予了|作出了|实施了)[^。；]{0,6}?" + ACTION + "|" + ACTION + "了");

    private static final Map<Art50Item, Pattern> RESULT = new EnumMap<>(Map.of(
            Art50Item.ASSESSMENT, ASSESSMENT_RESULT,
            Art50Item.REVIEW, REVIEW_RESULT,
            Art50Item.ACCOUNTABILITY, ACCOUNTABILITY_RESULT));

    /** The scheme, not its outcome: grades a system provides for, what results will be used for. */
    private static final Pattern SCHEME = Pattern.compile(
            "分为[^。；]{0,16}?(?:等次|档次|个等|档)|" + N + "分制|" + N + "分以[上下]为|作为[^。；]{0,24}?依据|分值"
                    + "|的[，,](?:由|予以|给予|取消)");

    /** A result only in adjectives ("较为满意", "情况较好"): perhaps a result, not for certain. */
    private static final Pattern QUALITATIVE = Pattern.compile(
            SATISFIED + "|满意度(?:较高|高|良好|明显提升|不断提升)|评价(?:较高|良好|较好)|(?:情况|成绩|表现)较好");

    /**
     * Satisfaction with a hotline, with replies or with the handling of 人大代表建议/政协提案 is not 社会评议 of the
     * disclosure work, but may be reported as such ("建议和政协提案办理满意率为100%", 沭阳县发改局 2023).
     */
    private static final Pattern OTHER_SATISFACTION = Pattern.compile("热线|12345|留言|来信|信访|代表建议|人大建议|提案");
    private static final Pattern REVIEW_WORD = Pattern.compile("评议|测评");

    /**
     * A system, a plan or work done, with no outcome: 建立健全…制度, 纳入…考核, 开展…评议, 严格落实责任追究, and changes
     * to the scheme itself ("精简优化考核评估内容", 上海市人民政府办公厅 2025).
     */
    private static final Pattern SYSTEM = Pattern.compile(
            "建立|健全|完善|制定|出台|印发|落实|加强|强化|严格|实行|实施|推行|开展|组织|定期|坚持|纳入|机制|制度|体系|办法|细则|负责|采取|方式"
                    + "|优化|精简|细化|调整|改进|注重"
                    + "|将|拟|计划|下一步|依法|按照|依据|根据|规定|要求|确保|推动|促进");

    /** One fact per item: the best thing the report says of it, with the sentences that say it. */
    public static List<ItemOutcome> of(Report report) {
        List<Sentence> sentences = Sentences.of(report);
        List<ItemOutcome> out = new ArrayList<>();
        for (Art50Item item : Art50Item.values()) out.add(outcome(item, sentences));
        return out;
    }

    static ItemOutcome outcome(Art50Item item, List<Sentence> sentences) {
        Outcome best = Outcome.ABSENT;
        Map<Outcome, List<Sentence>> by = new EnumMap<>(Outcome.class);
        for (Sentence s : sentences) {
            if (!MENTION.get(item).matcher(s.text()).find()) continue;
            Outcome o = classify(item, s.text());
            by.computeIfAbsent(o, k -> new ArrayList<>()).add(s);
            best = best.best(o);
        }
        return new ItemOutcome(item, best, by.getOrDefault(best, List.of()));
    }

    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** One sentence that mentions the item. */
    public static Outcome classify(Art50Item item, String sentence) {
        String t = SPACE.matcher(sentence).replaceAll("");
        if (SCHEME.matcher(t).find()) return Outcome.SYSTEM_ONLY;
        if (item == Art50Item.REVIEW && OTHER_SATISFACTION.matcher(t).find() && !REVIEW_WORD.matcher(t).find()) return Outcome.UNCLEAR;
        if (RESULT.get(item).matcher(t).find()) return Outcome.RESULT;
        if (QUALITATIVE.matcher(t).find()) return Outcome.UNCLEAR;
        if (SYSTEM.matcher(t).find()) return Outcome.SYSTEM_ONLY;
        return Outcome.UNCLEAR;
    }
}

package cn.gkcheck.prose;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentences every report may print word for word because the official format or common practice prescribes
 * them: two organs sharing them have copied nothing. Matched against a narrative sentence with its numbers
 * masked ({@link CrossYear#maskNumbers}) and whitespace removed.
 */
public final class Boilerplate {
    private Boilerplate() {}

    private static final List<Pattern> PATTERNS = List.of(
            // the standard opening the format's notes suggest: 本报告根据《中华人民共和国政府信息公开条例》…编制
            Pattern.compile("^本?报告(?:是)?(?:根据|依据|按照).{0,40}《中华人民共和国政府信息公开条例》.*编制.*"),
            // the statistical period: 本报告所列数据的统计期限自#年#月#日起至#年#月#日止
            Pattern.compile(".*统计(?:期限|时限|区间|期间).{0,6}自?#年#月#日.{0,3}至#年#月#日.*"),
            // where the report can be downloaded, and whom to ask about it
            Pattern.compile("^本报告(?:的)?电子版.*"),
            Pattern.compile("^(?:如|若)对本(?:年度)?报告有.{0,4}疑问.*"),
            // headings of the six sections and their numbered parts, printed alone: 一、总体情况 （一）主动公开
            Pattern.compile("^[一二三四五六七八九十]+、[^，,]{0,24}$"),
            Pattern.compile("^[（(][一二三四五六七八九十]+[）)][^，,]{0,14}$"),
            // the tables' labels where a reader kept them as text: 第二十条第（一）项, 信息内容, 本年制发件数 …
            Pattern.compile("^第二十条第[（(].{1,2}[）)]项.*"),
            Pattern.compile("^信息内容.*"),
            Pattern.compile(".*(?:本年制发件数|本年废止件数|现行有效件数|本年新收政府信息公开申请数量|上年结转政府信息公开申请数量).*"),
            // the principle the State Council set for all government information disclosure (国办发〔2016〕8号), which
            // every report opens its overview with: 坚持以公开为常态、不公开为例外，…推进政府信息公开工作
            Pattern.compile(".*以公开为常态、不公开为例外.{0,24}$"),
            // the nil statements the format asks for where nothing happened: 本年度未收取信息处理费 / 无
            Pattern.compile("^(?:本年度?|全年|#年)?(?:未|没有|无)(?:发生|收取|收到|出现|产生).{0,16}$"),
            Pattern.compile("^(?:无|暂无|不涉及)$"));

    public static boolean is(String maskedSentence) {
        for (Pattern p : PATTERNS) if (p.matcher(maskedSentence).matches()) return true;
        return false;
    }
}

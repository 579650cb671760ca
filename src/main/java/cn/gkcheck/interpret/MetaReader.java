package cn.gkcheck.interpret;

import cn.gkcheck.model.Meta;
import cn.gkcheck.format.Organs;
import cn.gkcheck.model.MetaSource;
import cn.gkcheck.model.Source;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the report says about itself: title, year, organ and its kind, the statistical
 * period. Title forms of spec §6: "{年份}年{机关}政府信息公开工作年度报告", "{机关}{年份}年…",
 * "…工作2022年度报告", OCR-spaced "年 度 报 告", years in Chinese numerals.
 */
final class MetaReader {
    private MetaReader() {}

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*度?");
    private static final Pattern CN_YEAR = Pattern.compile("(二[〇零○OＯ0][一二三四五六七八九〇零○OＯ0]{2})\\s*年\\s*度?");
    private static final Pattern SUFFIX = Pattern.compile(
            "(?:政府)?(?:信息|政务)(?:信息)?公开(?:工作)?(?:年度)?(?:报告|年报)$|(?:年度)?(?:工作)?报告$|年报$");
    private static final Pattern DATE = Pattern.compile("(?:((?:19|20)\\d{2})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern PERIOD_CUE = Pattern.compile("统计(?:期限|时限|时间|区间|时段|周期|范围)");

    static boolean looksLikeTitle(String text) {
        String t = text.replaceAll("\\s+", "");
        return t.length() <= 80 && (t.contains("年度报告") || t.endsWith("年报") || t.contains("工作报告"))
                && (t.contains("公开") || t.contains("年报"));
    }

    /** What a title says: its year (null where it names none) and its organ (null where none). */
    record TitleParts(Integer year, String organ) {
        boolean complete() { return year != null && organ != null; }
    }

    static void readTitle(Meta meta, String title, Source source) {
        meta.setTitle(title.strip());
        meta.setTitleSource(source);
        TitleParts parts = parseTitle(title);
        meta.setYear(parts.year());
        meta.setYearSource(parts.year() == null ? null : MetaSource.TITLE);
        meta.setOrgan(parts.organ());
        meta.setOrganKind(parts.organ() == null ? null : Organs.kindOf(parts.organ()));
        meta.setOrganSource(parts.organ() == null ? null : MetaSource.TITLE);
    }

    static TitleParts parseTitle(String title) {
        String t = title.replaceAll("[\\s\u3000]+", "");
        Integer year = null;
        Matcher m = YEAR.matcher(t);
        String withoutYear = t;
        if (m.find()) {
            year = Integer.parseInt(m.group(1));
            withoutYear = t.substring(0, m.start()) + t.substring(m.end());
        } else {
            Matcher c = CN_YEAR.matcher(t);
            if (c.find()) {
                year = chineseYear(c.group(1));
                withoutYear = t.substring(0, c.start()) + t.substring(c.end());
            }
        }
        String organ = withoutYear.replaceAll("[（(][^）)]*[）)]$", "");
        String beforeSuffix = organ;
        for (int i = 0; i < 3; i++) organ = SUFFIX.matcher(organ).replaceAll("");
        if (organ.endsWith("人民")) {
            organ = organ + "政府";
        } else if (!organ.isEmpty() && beforeSuffix.startsWith(organ + "政府") && SHARES_GOVERNMENT.matcher(organ).matches()) {
            // "2024年桃山区政府信息公开工作年度报告": 政府 is shared by the organ (桃山区政府) and 政府信息公开
            organ = organ + "政府";
        }
        return new TitleParts(year, organ.isBlank() ? null : organ);
    }

    // an area whose government a title names with the 政府 of 政府信息公开: 区, 县, 市, 旗, 州, 镇, 乡 …
    private static final Pattern SHARES_GOVERNMENT = Pattern.compile(".+(?:省|自治区|市|县|区|旗|州|盟|镇|乡)");

    /** A title may lack the year where the statistical period names one calendar year: the report is of that year. */
    static void yearFromPeriod(Meta meta) {
        if (meta.getYear() != null || meta.getPeriodStart() == null || meta.getPeriodEnd() == null) return;
        if (meta.getPeriodStart().getYear() != meta.getPeriodEnd().getYear()) return;
        meta.setYear(meta.getPeriodStart().getYear());
        meta.setYearSource(MetaSource.PERIOD);
    }

    static Integer chineseYear(String s) {
        String digits = "〇一二三四五六七八九";
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            int d = digits.indexOf(ch);
            if (ch == '零' || ch == '○' || ch == 'O' || ch == 'Ｏ' || ch == '0') d = 0;
            if (ch == '二') d = 2;
            if (d < 0) return null;
            b.append(d);
        }
        return Integer.parseInt(b.toString());
    }

    /** The statistical period sentence: "统计期限自 2019 年 1 月 1 日起至 2019 年 12 月 31 日止". */
    static boolean readPeriod(Meta meta, String paragraph, Source source) {
        Matcher cue = PERIOD_CUE.matcher(paragraph);
        if (!cue.find()) return false;
        String rest = paragraph.substring(cue.start());
        int stop = rest.indexOf('。');
        String sentence = stop > 0 ? rest.substring(0, stop + 1) : rest;
        Matcher d = DATE.matcher(sentence);
        List<LocalDate> dates = new java.util.ArrayList<>();
        Integer lastYear = null;
        while (d.find()) {
            Integer y = d.group(1) == null ? lastYear : Integer.valueOf(d.group(1));
            if (y == null) continue;
            lastYear = y;
            try {
                dates.add(LocalDate.of(y, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3))));
            } catch (DateTimeException ignored) {
                // an impossible date is left unread; the period rule then reports it as not stated clearly
            }
        }
        if (dates.size() < 2) return false;
        meta.setPeriod(sentence.strip());
        meta.setPeriodStart(dates.get(0));
        meta.setPeriodEnd(dates.get(1));
        meta.setPeriodSource(source);
        return true;
    }
}

package cn.gkcheck.prose;

/**
 * Counts written in Chinese numerals ("三", "十二", "一百零五", "两"), as reports write small
 * counts: "不予公开三件". Only the values a count of applications or cases can take (below 10 000).
 */
final class ChineseNumeral {
    private ChineseNumeral() {}

    static final String DIGITS = "零一二两三四五六七八九十百千";

    /** The value, or -1 where the characters are no well-formed numeral ("十十", "零"). */
    static long parse(String s) {
        long total = 0;
        long digit = -1;
        long lastUnit = Long.MAX_VALUE;
        for (char c : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') d = 2;
            if (d >= 0) {
                if (digit > 0) return -1; // two digits in a row: "二三" is no count
                digit = d;
                continue;
            }
            long unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : -1;
            if (unit < 0 || unit >= lastUnit) return -1;
            if (digit == 0) return -1;
            // "十二" = 12: a leading 十 stands for 一十; a unit without its digit elsewhere is unclear
            if (digit < 0 && !(unit == 10 && total == 0)) return -1;
            total += (digit < 0 ? 1 : digit) * unit;
            lastUnit = unit;
            digit = -1;
        }
        if (digit > 0) total += digit;
        return total > 0 ? total : -1;
    }
}

package cn.gkcheck.read.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Word's automatic numbering, rendered as printed: a heading numbered by a list style shows
 * "一、" or "（三）" on the page but holds none of it in its text. Counters run per abstract
 * numbering definition; a deeper level restarts when a shallower one advances. Bullets and
 * unknown formats render nothing.
 */
public final class Numbering {
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Map<BigInteger, Boolean> overrideApplied = new HashMap<>();

    public Numbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label Word prints before this paragraph, or "" when it is not numbered. */
    public String label(XWPFParagraph p) {
        if (numbering == null) return "";
        try {
            BigInteger numId = p.getNumID();
            if (numId == null || numId.signum() == 0) return "";
            BigInteger ilvlB = p.getNumIlvl();
            int ilvl = ilvlB == null ? 0 : Math.min(Math.max(ilvlB.intValue(), 0), 8);
            XWPFNum num = numbering.getNum(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null) return "";
            BigInteger absId = num.getCTNum().getAbstractNumId().getVal();
            XWPFAbstractNum abs = numbering.getAbstractNum(absId);
            if (abs == null) return "";
            CTLvl[] levels = new CTLvl[9];
            for (CTLvl l : abs.getCTAbstractNum().getLvlArray()) {
                int i = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
                if (i >= 0 && i < 9) levels[i] = l;
            }
            int[] starts = new int[9];
            for (int i = 0; i < 9; i++) starts[i] = levels[i] != null && levels[i].getStart() != null ? levels[i].getStart().getVal().intValue() : 1;
            for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
                int i = o.getIlvl() == null ? 0 : o.getIlvl().intValue();
                if (i >= 0 && i < 9 && o.getStartOverride() != null) starts[i] = o.getStartOverride().getVal().intValue();
            }
            int[] c = counters.computeIfAbsent(absId, k -> new int[9]);
            if (num.getCTNum().sizeOfLvlOverrideArray() > 0 && overrideApplied.putIfAbsent(numId, true) == null) {
                for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
                    if (o.getStartOverride() != null && o.getIlvl() != null) c[Math.min(o.getIlvl().intValue(), 8)] = 0;
                }
            }
            c[ilvl] = c[ilvl] == 0 ? starts[ilvl] : c[ilvl] + 1;
            for (int i = ilvl + 1; i < 9; i++) c[i] = 0;
            CTLvl lvl = levels[ilvl];
            if (lvl == null || lvl.getLvlText() == null) return "";
            String text = lvl.getLvlText().getVal();
            if (text == null) return "";
            String fmtHere = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
            if (fmtHere.equals("bullet") || fmtHere.equals("none")) return "";
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    int l = text.charAt(++i) - '1';
                    if (l < 0 || l > 8) continue;
                    int value = c[l] == 0 ? starts[l] : c[l];
                    String f = levels[l] == null || levels[l].getNumFmt() == null ? "decimal" : levels[l].getNumFmt().getVal().toString();
                    if (lvl.getIsLgl() != null && l != ilvl) f = "decimal";
                    out.append(format(value, f));
                } else {
                    out.append(ch);
                }
            }
            return out.toString();
        } catch (RuntimeException broken) {
            return "";
        }
    }

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";

    static String format(int n, String fmt) {
        switch (fmt) {
            case "chineseCounting":
            case "chineseCountingThousand":
            case "japaneseCounting":
            case "taiwaneseCounting":
            case "taiwaneseCountingThousand":
            case "ideographDigital":
                return chinese(n, DIGITS, "十", "百");
            case "chineseLegalSimplified":
                return chinese(n, LEGAL, "拾", "佰");
            case "ideographTraditional":
                return n >= 1 && n <= 10 ? String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1)) : Integer.toString(n);
            case "ideographZodiac":
                return n >= 1 && n <= 12 ? String.valueOf("子丑寅卯辰巳午未申酉戌亥".charAt(n - 1)) : Integer.toString(n);
            case "decimalFullWidth":
            case "decimalFullWidth2": {
                StringBuilder sb = new StringBuilder();
                for (char ch : Integer.toString(n).toCharArray()) sb.append((char) (ch - '0' + '０'));
                return sb.toString();
            }
            case "decimalEnclosedCircle":
            case "decimalEnclosedCircleChinese":
                return n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen":
                return n >= 1 && n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : Integer.toString(n);
            case "decimalZero":
                return n < 10 ? "0" + n : Integer.toString(n);
            case "lowerLetter":
                return letters(n, 'a');
            case "upperLetter":
                return letters(n, 'A');
            case "lowerRoman":
                return roman(n).toLowerCase();
            case "upperRoman":
                return roman(n);
            default:
                return Integer.toString(n);
        }
    }

    static String chinese(int n, String digits, String ten, String hundred) {
        if (n <= 0 || n >= 1000) return Integer.toString(n);
        StringBuilder sb = new StringBuilder();
        int h = n / 100, t = n / 10 % 10, u = n % 10;
        if (h > 0) sb.append(digits.charAt(h)).append(hundred);
        if (t > 0) {
            if (!(h == 0 && t == 1)) sb.append(digits.charAt(t));
            sb.append(ten);
        } else if (h > 0 && u > 0) {
            sb.append(digits.charAt(0));
        }
        if (u > 0) sb.append(digits.charAt(u));
        return sb.toString();
    }

    private static String letters(int n, char base) {
        if (n <= 0) return Integer.toString(n);
        int k = (n - 1) / 26 + 1;
        return String.valueOf((char) (base + (n - 1) % 26)).repeat(k);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return Integer.toString(n);
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) while (n >= v[i]) { sb.append(s[i]); n -= v[i]; }
        return sb.toString();
    }
}

package cn.gkcheck.format;

import cn.gkcheck.model.CellKind;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one answer to "is this printed text a number, a dash, a blank, or text?", for every reader,
 * the interpreter and the cell rules. Text is compared after NFKC, so full-width digits and
 * punctuation (１２, －, ／, ，) read as their ASCII forms. Nothing here repairs a value: a blank
 * stays blank, a dash a dash, and text text; which of them is a defect is for the rules to say.
 *
 * <p>Two questions are asked of printed text, and both are answered here:
 * <ul>
 *   <li>{@link #kind}: what a table cell holds — strict, since a cell's value feeds the balance rules;</li>
 *   <li>{@link #isFigure} / {@link #isFigureWithWord}: whether a token of a layout (a PDF word, a
 *       cell of a text line) stands where a value stands — lenient, since a misprinted value
 *       ("1520件", "12%") must still reach its cell to be reported there.</li>
 * </ul>
 */
public final class Values {
    private Values() {}

    /** What a blank cell's filler is: "/", "-", "—", "无" … (compared after NFKC, so "－", "／", "﹣" too). */
    private static final Set<String> DASHES = Set.of("/", "-", "—", "–", "——", "--", "―", "─", "\\", "无", "—/—", "-/-");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+\\.\\d+");
    private static final Set<String> UNITS = Set.of("元", "万元", "亿元", "千元");
    private static final Pattern AMOUNT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*(元|万元|亿元|千元)?");
    private static final Pattern NUMBER_TOKEN = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** A figure however a layout prints it: a minus sign (−), separators anywhere, a percent sign. */
    private static final Pattern LOOSE_NUMBER = Pattern.compile("[-+−]?\\d[\\d,.]*%?");
    /** A run of dash strokes or slashes, the way a layout prints "no value" in a cell. */
    private static final Pattern DASH_RUN = Pattern.compile("[-—–/\\\\]+");
    /** A figure with a short unit or word set tight after it ("1520件"): still a value, printed wrongly. */
    private static final Pattern FIGURE_WITH_WORD = Pattern.compile("[-+−]?\\d[\\d,.]*%?\\p{IsHan}{1,4}");

    /** The text a value is read from: NFKC (full width → half width), trimmed. */
    public static String folded(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    }

    /** What a cell printed this way holds. */
    public static CellKind kind(String raw) {
        String t = folded(raw);
        if (t.isEmpty()) return CellKind.BLANK;
        if (DASHES.contains(t)) return CellKind.DASH;
        return number(t) != null ? CellKind.NUMBER : CellKind.TEXT;
    }

    public static boolean isBlank(String raw) {
        return folded(raw).isEmpty();
    }

    public static boolean isDash(String raw) {
        return raw != null && DASHES.contains(folded(raw));
    }

    /** A whole number or decimal, signed or not, with or without thousands separators ("1,234"). */
    public static boolean isNumber(String raw) {
        return number(raw) != null;
    }

    public static boolean isNumberOrDash(String raw) {
        return isNumber(raw) || isDash(raw);
    }

    /** The value of a cell that {@link #isNumber is a number}, else null. */
    public static BigDecimal number(String raw) {
        String t = folded(raw);
        if (INTEGER.matcher(t).matches() || DECIMAL.matcher(t).matches()) {
            return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
        }
        if (GROUPED.matcher(t).matches()) return new BigDecimal(t.replace(",", ""));
        return null;
    }

    /** An amount of money with its unit printed after it ("156.04 万元"): the figure, else null. */
    public static BigDecimal amount(String raw) {
        Matcher m = AMOUNT.matcher(folded(raw));
        return m.matches() ? new BigDecimal(m.group(1)) : null;
    }

    /**
     * The one number in a text cell ("4h" → 4, "本年增加 12 项" → 12), else null; where the value may
     * be negative, a word of decrease or a leading minus makes it negative ("减4" → -4).
     */
    public static BigDecimal readable(String raw, boolean signed) {
        String t = folded(raw);
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER_TOKEN.matcher(t);
        while (m.find()) numbers.add(m.group());
        if (numbers.size() != 1) return null;
        BigDecimal v = new BigDecimal(numbers.get(0));
        if (signed && (t.contains("减") || t.contains("少") || t.startsWith("-"))) v = v.negate();
        return v;
    }

    /** A unit printed on its own beside a money figure ("万元"), which belongs to that figure. */
    public static boolean isUnit(String raw) {
        return UNITS.contains(raw == null ? "" : raw.strip());
    }

    /** A token of a layout that stands where a value stands: a number or a dash, however printed. */
    public static boolean isFigure(String raw) {
        String t = folded(raw);
        return isNumberOrDash(t) || LOOSE_NUMBER.matcher(t).matches() || DASH_RUN.matcher(t).matches();
    }

    /** A figure with a short word set tight after it ("1520件", "3个"); a numbered label matches too. */
    public static boolean isFigureWithWord(String raw) {
        return FIGURE_WITH_WORD.matcher(folded(raw)).matches();
    }
}

package cn.gkcheck.interpret;

import cn.gkcheck.format.ValueType;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.CellKind;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cell's printed text into kind and value, and nothing more: a blank stays blank,
 * a dash stays a dash, and text stays text (with the one number that could be read from it,
 * if there is exactly one). Which of these is a defect is for the rules to say.
 */
public final class CellParser {
    private CellParser() {}

    private static final Set<String> DASHES = Set.of("/", "-", "—", "－", "–", "——", "--", "―", "─", "\\", "无", "／", "﹣", "—/—", "-/-");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+\\.\\d+");
    private static final Pattern MONEY = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*(元|万元|亿元|千元)?");
    private static final Pattern NUMBER_TOKEN = Pattern.compile("\\d+(?:\\.\\d+)?");

    public static void fill(Cell cell, String printed, ValueType type) {
        String raw = printed == null ? "" : printed.strip().replace('\u3000', ' ').strip();
        cell.setRaw(raw);
        String t = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (t.isEmpty()) {
            cell.setKind(CellKind.BLANK);
            cell.setValue(null);
            return;
        }
        if (DASHES.contains(t)) {
            cell.setKind(CellKind.DASH);
            cell.setValue(null);
            return;
        }
        if (INTEGER.matcher(t).matches() || DECIMAL.matcher(t).matches()) {
            cell.setKind(CellKind.NUMBER);
            cell.setValue(new BigDecimal(t.startsWith("+") ? t.substring(1) : t));
            return;
        }
        if (GROUPED.matcher(t).matches()) {
            cell.setKind(CellKind.NUMBER);
            cell.setValue(new BigDecimal(t.replace(",", "")));
            return;
        }
        if (type == ValueType.MONEY) {
            Matcher m = MONEY.matcher(t);
            if (m.matches()) {
                cell.setKind(CellKind.NUMBER);
                cell.setValue(new BigDecimal(m.group(1)));
                return;
            }
        }
        cell.setKind(CellKind.TEXT);
        cell.setValue(readable(t, type));
    }

    /** The one number in a text cell ("4h" → 4, "本年增加 12 项" → 12, "减4" → -4), else null. */
    static BigDecimal readable(String t, ValueType type) {
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER_TOKEN.matcher(t);
        while (m.find()) numbers.add(m.group());
        if (numbers.size() != 1) return null;
        BigDecimal v = new BigDecimal(numbers.get(0));
        if (type == ValueType.SIGNED_COUNT && (t.contains("减") || t.contains("少") || t.startsWith("-"))) v = v.negate();
        return v;
    }

    public static boolean isDash(String s) {
        return s != null && DASHES.contains(Normalizer.normalize(s, Normalizer.Form.NFKC).strip());
    }

    /** A unit printed on its own beside a money figure ("万元"), which belongs to that figure. */
    public static boolean isUnit(String s) {
        String t = s == null ? "" : s.strip();
        return t.equals("元") || t.equals("万元") || t.equals("亿元") || t.equals("千元");
    }
}

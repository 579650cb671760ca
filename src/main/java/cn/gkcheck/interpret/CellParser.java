package cn.gkcheck.interpret;

import cn.gkcheck.format.ValueType;
import cn.gkcheck.format.Values;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.CellKind;

/**
 * Fills a cell from its printed text: raw text, kind and value, as {@link Values} reads them, and
 * nothing more. A money column also takes a figure with its unit ("156.04万元"); a text cell keeps
 * the one number that could be read from it, if there is exactly one.
 */
public final class CellParser {
    private CellParser() {}

    public static void fill(Cell cell, String printed, ValueType type) {
        String raw = printed == null ? "" : printed.strip().replace('\u3000', ' ').strip();
        cell.setRaw(raw);
        CellKind kind = Values.kind(raw);
        if (kind == CellKind.TEXT && type == ValueType.MONEY && Values.amount(raw) != null) {
            cell.setKind(CellKind.NUMBER);
            cell.setValue(Values.amount(raw));
            return;
        }
        cell.setKind(kind);
        cell.setValue(switch (kind) {
            case NUMBER -> Values.number(raw);
            case TEXT -> Values.readable(raw, type == ValueType.SIGNED_COUNT);
            default -> null;
        });
    }

    /** Kept for the mappers' call sites; the answer is {@link Values#isDash}. */
    public static boolean isDash(String s) {
        return Values.isDash(s);
    }

    /** Kept for the mappers' call sites; the answer is {@link Values#isUnit}. */
    public static boolean isUnit(String s) {
        return Values.isUnit(s);
    }
}

package cn.gkcheck.interpret;

import cn.gkcheck.model.GuessKind;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Guess;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import cn.gkcheck.read.SourceText;

/**
 * The source gate, run on every read: each cell's raw text is looked up again at the place its
 * source names in the original input (a line, a PDF page and line …). A cell whose text is not
 * there was put together wrongly somewhere between the file and the grid; its placement cannot
 * be trusted, so it becomes a guess (at most a warning for any rule that uses it) and says so.
 */
final class SourceGate {
    private SourceGate() {}

    static void check(Report report, SourceText original) {
        if (original == null) return;
        for (Table t : report.getTables()) {
            for (Cell c : t.getCells()) {
                if (c.getRaw().isBlank() || c.getSource() == null) continue;
                String there = original.at(c.getSource());
                if (there == null || squash(there).contains(squash(c.getRaw()))) continue;
                report.getGuesses().add(new Guess(GuessKind.CELL_POSITION, c.getTable(), c.getRow(), c.getColumn(), c.getRaw(),
                        "“" + cn.gkcheck.format.Names.cell(c) + "”读出的“" + c.getRaw() + "”在其来源位置（"
                                + c.getSource().describe() + "）找不到，该格的位置无法确认", c.getSource()));
            }
        }
    }

    /** Spacing is layout, not content: "1 520" in a line and "1520" in a cell are the same text. */
    private static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != '\u3000' && cp != '\u00A0').forEach(b::appendCodePoint);
        return b.toString();
    }
}

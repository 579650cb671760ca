package cn.gkcheck.report.html;

import static cn.gkcheck.report.html.Html.esc;

import cn.gkcheck.check.Evidence;
import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Location;
import cn.gkcheck.model.Cell;

/**
 * One finding as a list item, wherever it is listed (beside its table, in its section, in the
 * folder findings): severity, rule linked to its explanation, title, message, where, evidence, basis.
 */
final class FindingView {
    private FindingView() {}

    /**
     * @param number   the finding's number on its page (the cell markers link to it), or 0 for none
     * @param rulesUrl the rules page relative to this page
     * @param cellId   the highlighted cell's id on this page, or null where the finding names no drawn cell
     */
    static String item(Finding f, int number, String rulesUrl, String cellId, Words w) {
        StringBuilder b = new StringBuilder();
        String sev = f.getSeverity().json();
        b.append("<li class=\"finding sev-").append(sev).append('"');
        if (number > 0) b.append(" id=\"f").append(number).append('"');
        b.append(" data-rule=\"").append(esc(f.getRule())).append("\">");
        if (number > 0) b.append("<span class=\"num\">").append(number).append("</span> ");
        b.append("<span class=\"sev\">").append(esc(w.severity(f.getSeverity()))).append("</span> ");
        b.append("<a class=\"rule\" href=\"").append(rulesUrl).append('#').append(esc(Html.id(f.getRule()))).append("\">")
                .append(esc(f.getRule())).append("</a> ");
        b.append("<b>").append(esc(f.getTitle())).append("</b>");
        String where = where(f.getLocation(), w);
        if (!where.isEmpty()) b.append(" <span class=\"where\">").append(esc(where)).append("</span>");
        if (cellId != null) b.append(" <a class=\"to-cell\" href=\"#").append(cellId).append("\">").append(esc(w.w("定位单元格", "show cell"))).append("</a>");
        b.append("<div class=\"msg\">").append(esc(f.getMessage())).append("</div>");
        evidence(b, f.getEvidence(), w);
        if (f.getBasis() != null) b.append("<div class=\"basis\">").append(esc(w.w("依据：", "Basis: "))).append(esc(f.getBasis())).append("</div>");
        b.append("</li>\n");
        return b.toString();
    }

    /** Canonical keys, printed labels and the place in the file. */
    static String where(Location l, Words w) {
        StringBuilder b = new StringBuilder(l.getTable() == null && l.getSection() != null
                ? w.w("第" + l.getSection() + "部分", "section " + l.getSection()) : l.keys());
        String labels = join(l.getRowLabel(), l.getColumnLabel());
        if (!labels.isEmpty()) b.append(b.length() > 0 ? " · " : "").append(labels);
        if (l.getSource() != null && !l.getSource().describe().isEmpty())
            b.append(b.length() > 0 ? " · " : "").append(w.w("位置 ", "at ")).append(l.getSource().describe());
        return b.toString();
    }

    private static String join(String a, String c) {
        if (a == null) return c == null ? "" : "“" + c + "”";
        return c == null ? "“" + a + "”" : "“" + a + "” × “" + c + "”";
    }

    private static void evidence(StringBuilder b, Evidence e, Words w) {
        if (e == null) return;
        StringBuilder d = new StringBuilder();
        if (e.getRelation() != null) d.append(e.getRelation()).append(' ');
        if (e.getExpression() != null) d.append(e.getExpression()).append(' ');
        if (e.getExpected() != null || e.getActual() != null)
            d.append(w.w("应为 ", "expected ")).append(plain(e.getExpected())).append(w.w("，实为 ", ", actual ")).append(plain(e.getActual())).append(' ');
        for (Cell c : e.getOperands()) d.append("[").append(c.key()).append(" = “").append(c.getRaw()).append("”] ");
        if (!e.getMissing().isEmpty()) d.append(w.w("缺少：", "missing: ")).append(String.join(", ", e.getMissing())).append(' ');
        if (!e.getBlocks().isEmpty()) d.append(w.w("阻碍核对：", "blocks: ")).append(String.join(", ", e.getBlocks())).append(' ');
        if (e.getRaw() != null) d.append(w.w("原文：", "text: ")).append('“').append(e.getRaw()).append('”');
        String s = d.toString().strip();
        if (!s.isEmpty()) b.append("<div class=\"evidence\">").append(esc(w.w("证据：", "Evidence: "))).append(esc(s)).append("</div>");
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "—" : v.toPlainString();
    }
}

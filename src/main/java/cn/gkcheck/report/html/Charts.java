package cn.gkcheck.report.html;

import static cn.gkcheck.report.html.Html.esc;

import java.util.List;

/**
 * Inline SVG bar charts: no script and no library, so the page draws the same offline and byte for
 * byte. Bar lengths are whole pixels computed in integers, so no floating-point formatting reaches the page.
 */
final class Charts {
    private Charts() {}

    /** One bar: its label, its count, where it links (or null), its CSS class. */
    record Bar(String label, long count, String href, String css) {}

    static final int LABEL_WIDTH = 200, BAR_WIDTH = 360, ROW = 22;

    static String bars(String title, List<Bar> bars) {
        long max = 1;
        for (Bar bar : bars) max = Math.max(max, bar.count());
        int height = Math.max(1, bars.size()) * ROW + 8;
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        StringBuilder b = new StringBuilder();
        b.append("<figure class=\"chart\"><figcaption>").append(esc(title)).append("</figcaption>\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\"><title>").append(esc(title)).append("</title>\n");
        int y = 4;
        for (Bar bar : bars) {
            long len = bar.count() == 0 ? 0 : Math.max(1, bar.count() * BAR_WIDTH / max);
            if (bar.href() != null) b.append("<a href=\"").append(esc(bar.href())).append("\">");
            b.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
                    .append(esc(bar.label())).append("</text>");
            b.append("<rect class=\"").append(esc(bar.css())).append("\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(len).append("\" height=\"").append(ROW - 6).append("\"/>");
            b.append("<text x=\"").append(LABEL_WIDTH + len + 6).append("\" y=\"").append(y + 15).append("\">").append(bar.count()).append("</text>");
            if (bar.href() != null) b.append("</a>");
            b.append('\n');
            y += ROW;
        }
        b.append("</svg></figure>\n");
        return b.toString();
    }
}

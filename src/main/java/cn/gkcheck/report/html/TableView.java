package cn.gkcheck.report.html;

import static cn.gkcheck.report.html.Html.esc;

import cn.gkcheck.check.Severity;
import cn.gkcheck.format.BlockDef;
import cn.gkcheck.format.ColumnDef;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.TableDef;
import cn.gkcheck.model.Cell;
import cn.gkcheck.model.Column;
import cn.gkcheck.model.Row;
import cn.gkcheck.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One of the three tables as printed: rows and columns in printed order under their printed labels,
 * each cell's raw text (a blank stays blank, a "/" stays a dash). A cell a finding names is
 * highlighted (class {@code hit}, its rule ids in {@code data-rules}) and numbered with the findings
 * listed under the table; a row or a column a finding names is marked on its label. The 主动公开
 * table is drawn block by block, each block under its own column labels, as the official form prints it.
 */
final class TableView {
    private final Table table;
    private final TableDef def;
    private final List<Numbered> findings;
    private final Words w;
    private final String rulesUrl;

    TableView(Table table, String formatVersion, List<Numbered> findings, Words w, String rulesUrl) {
        this.table = table;
        String layout = table.getLayout() != null ? table.getLayout() : formatVersion;
        this.def = OfficialFormat.byVersion(layout).or(() -> OfficialFormat.byVersion("2021"))
                .flatMap(f -> f.table(table.getKey())).orElse(null);
        this.findings = findings;
        this.w = w;
        this.rulesUrl = rulesUrl;
    }

    static String cellId(String key) {
        return "c-" + Html.id(key.replace('/', '-'));
    }

    String render() {
        Map<String, List<Numbered>> byCell = new LinkedHashMap<>();
        Map<String, List<Numbered>> byRow = new LinkedHashMap<>(), byColumn = new LinkedHashMap<>();
        for (Numbered n : findings) {
            if (n.namesCell()) byCell.computeIfAbsent(n.cellKey(), k -> new ArrayList<>()).add(n);
            else if (n.at().getRow() != null) byRow.computeIfAbsent(n.at().getRow(), k -> new ArrayList<>()).add(n);
            else if (n.at().getColumn() != null) byColumn.computeIfAbsent(n.at().getColumn(), k -> new ArrayList<>()).add(n);
        }
        TreeSet<String> drawn = new TreeSet<>();
        StringBuilder b = new StringBuilder();
        b.append("<table class=\"report-table\" id=\"t-").append(esc(Html.id(table.getKey()))).append("\">\n");
        if (table.getCaption() != null) b.append("<caption>").append(esc(table.getCaption())).append("</caption>\n");
        Object block = new Object();
        for (Row row : table.getRows()) {
            BlockDef rowBlock = def == null ? null : def.blockOf(row.getKey()).orElse(null);
            List<String> columns = columnsOf(rowBlock);
            if (!Objects.equals(block, rowBlock)) {
                header(b, rowBlock, columns, byColumn);
                block = rowBlock;
            }
            List<Numbered> rowHits = byRow.getOrDefault(row.getKey(), List.of());
            b.append("<tr><th scope=\"row\" title=\"").append(esc(row.getKey())).append('"');
            if (!rowHits.isEmpty()) b.append(" class=\"hit-row sev-").append(worst(rowHits)).append("\" data-rules=\"").append(rules(rowHits)).append('"');
            b.append('>').append(esc(row.getLabel() == null ? row.getKey() : row.getLabel())).append(marks(rowHits)).append("</th>");
            for (String col : columns) {
                String key = table.getKey() + "/" + row.getKey() + "/" + col;
                cell(b, key, table.cell(row.getKey(), col).orElse(null), byCell.getOrDefault(key, List.of()));
                drawn.add(key);
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
        if (table.getUnreadable() != null)
            b.append("<p class=\"unreadable-part\">").append(esc(w.w("此表未能完整读取：", "This table could not be read whole: "))).append(esc(table.getUnreadable())).append("</p>\n");
        if (!findings.isEmpty()) {
            b.append("<ol class=\"findings\">\n");
            for (Numbered n : findings) {
                boolean onCell = n.namesCell() && drawn.contains(n.cellKey());
                b.append(FindingView.item(n.finding(), n.number(), rulesUrl, onCell ? cellId(n.cellKey()) : null, w));
            }
            b.append("</ol>\n");
        }
        return b.toString();
    }

    /** The columns a row has, in printed order: its block's columns in the 主动公开 table, every column elsewhere. */
    private List<String> columnsOf(BlockDef block) {
        List<String> printed = table.getColumns().stream().map(Column::getKey).toList();
        if (block == null) return printed;
        List<String> own = new ArrayList<>();
        for (ColumnDef c : block.columns()) own.add(c.key());
        return own;
    }

    private void header(StringBuilder b, BlockDef block, List<String> columns, Map<String, List<Numbered>> byColumn) {
        b.append("<tr class=\"head\"><th>").append(esc(block == null ? "" : block.caption())).append("</th>");
        for (String col : columns) {
            List<Numbered> hits = byColumn.getOrDefault(col, List.of());
            b.append("<th scope=\"col\" title=\"").append(esc(col)).append('"');
            if (!hits.isEmpty()) b.append(" class=\"hit-col sev-").append(worst(hits)).append("\" data-rules=\"").append(rules(hits)).append('"');
            b.append('>').append(esc(columnLabel(col))).append(marks(hits)).append("</th>");
        }
        b.append("</tr>\n");
    }

    /** The column's label as printed; the official label where the report did not print this column. */
    private String columnLabel(String key) {
        for (Column c : table.getColumns()) if (c.getKey().equals(key) && c.getLabel() != null) return c.getLabel();
        if (def != null) return def.column(key).map(ColumnDef::label).orElse(key);
        return key;
    }

    private void cell(StringBuilder b, String key, Cell c, List<Numbered> hits) {
        b.append("<td id=\"").append(cellId(key)).append("\" class=\"cell ");
        if (c == null) b.append("absent");
        else {
            b.append("k-").append(c.getKind().json());
            if (!c.getPlacement().certain()) b.append(" guess");
        }
        if (!hits.isEmpty()) b.append(" hit sev-").append(worst(hits));
        b.append("\" data-key=\"").append(esc(key)).append('"');
        if (!hits.isEmpty()) b.append(" data-rules=\"").append(rules(hits)).append('"');
        String title = c == null ? w.w("表中无此格", "not in the table")
                : c.getPlacement().certain() ? key : key + " (" + c.getPlacement().json() + ")";
        b.append(" title=\"").append(esc(title)).append("\">");
        if (c != null) b.append(esc(c.getRaw()));
        b.append(marks(hits)).append("</td>");
    }

    private static String marks(List<Numbered> hits) {
        if (hits.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<sup class=\"mark\">");
        for (int i = 0; i < hits.size(); i++) {
            if (i > 0) b.append(',');
            b.append("<a href=\"#f").append(hits.get(i).number()).append("\">").append(hits.get(i).number()).append("</a>");
        }
        return b.append("</sup>").toString();
    }

    private static String worst(List<Numbered> hits) {
        Severity s = Severity.INFO;
        for (Numbered n : hits) if (n.finding().getSeverity().atLeast(s)) s = n.finding().getSeverity();
        return s.json();
    }

    private static String rules(List<Numbered> hits) {
        TreeSet<String> ids = new TreeSet<>();
        for (Numbered n : hits) ids.add(n.finding().getRule());
        return esc(String.join(" ", ids));
    }
}

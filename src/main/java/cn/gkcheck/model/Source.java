package cn.gkcheck.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where something stands in the input, in the terms that fit the input kind:
 * a line (text, Markdown), a page and line (PDF), an element path (HTML),
 * a table/row/cell index (DOCX). Unused fields stay null and are not serialised.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Source {
    private Integer page;
    private Integer line;
    private String path;
    private Integer table;
    private Integer row;
    private Integer cell;
    /** The character within the line (1-based), where one line holds many blocks (crawler text). */
    private Integer column;

    public Source() {}

    public static Source line(int line) {
        Source s = new Source();
        s.line = line;
        return s;
    }

    public static Source pageLine(int page, int line) {
        Source s = line(line);
        s.page = page;
        return s;
    }

    public static Source path(String path) {
        Source s = new Source();
        s.path = path;
        return s;
    }

    public static Source tableCell(int table, int row, int cell) {
        Source s = new Source();
        s.table = table;
        s.row = row;
        s.cell = cell;
        return s;
    }

    /** A line and the character in it where the text starts (1-based). */
    public static Source lineColumn(int line, int column) {
        Source s = line(line);
        s.column = column;
        return s;
    }

    /** A short human form: "第 4 页第 87 行", "行 87", an element path, or "表1 行3 格2". */
    public String describe() {
        if (page != null && line != null) return "p" + page + ":" + line;
        if (line != null && column != null) return line + ":" + column;
        if (line != null) return String.valueOf(line);
        if (path != null) return path;
        if (table != null) return "t" + table + (row == null ? "" : "r" + row) + (cell == null ? "" : "c" + cell);
        return "";
    }

    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
    public Integer getLine() { return line; }
    public void setLine(Integer line) { this.line = line; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public Integer getTable() { return table; }
    public void setTable(Integer table) { this.table = table; }
    public Integer getRow() { return row; }
    public void setRow(Integer row) { this.row = row; }
    public Integer getCell() { return cell; }
    public void setCell(Integer cell) { this.cell = cell; }
    public Integer getColumn() { return column; }
    public void setColumn(Integer column) { this.column = column; }
}

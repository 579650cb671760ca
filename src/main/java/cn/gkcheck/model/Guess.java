package cn.gkcheck.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something a reader could not read for certain and had to decide: a row label too damaged
 * to match (placed by its position in the official order), a cell whose position in a short
 * row had to be inferred, an encoding that had to be detected. Each becomes an info finding.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Guess {
    private GuessKind kind;
    private String table;
    private String row;
    private String column;
    private String raw;
    private String detail;
    private Source source;

    public Guess() {}

    public Guess(GuessKind kind, String table, String row, String column, String raw, String detail, Source source) {
        this.kind = kind;
        this.table = table;
        this.row = row;
        this.column = column;
        this.raw = raw;
        this.detail = detail;
        this.source = source;
    }

    public GuessKind getKind() { return kind; }
    public void setKind(GuessKind kind) { this.kind = kind; }
    public String getTable() { return table; }
    public void setTable(String table) { this.table = table; }
    public String getRow() { return row; }
    public void setRow(String row) { this.row = row; }
    public String getColumn() { return column; }
    public void setColumn(String column) { this.column = column; }
    public String getRaw() { return raw; }
    public void setRaw(String raw) { this.raw = raw; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
    public Source getSource() { return source; }
    public void setSource(Source source) { this.source = source; }
}

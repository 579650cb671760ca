package cn.gkcheck.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import cn.gkcheck.model.Source;

/** Where a finding points: a section, a table cell by canonical keys and printed labels, a place in the file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"file", "section", "table", "row", "column", "rowLabel", "columnLabel", "source"})
public class Location {
    /** The input a folder finding is about (a report filed twice, of another year): per-report findings leave it out. */
    private String file;
    private Integer section;
    private String table;
    private String row;
    private String column;
    private String rowLabel;
    private String columnLabel;
    private Source source;

    public String getFile() { return file; }
    public void setFile(String file) { this.file = file; }
    public Integer getSection() { return section; }
    public void setSection(Integer section) { this.section = section; }
    public String getTable() { return table; }
    public void setTable(String table) { this.table = table; }
    public String getRow() { return row; }
    public void setRow(String row) { this.row = row; }
    public String getColumn() { return column; }
    public void setColumn(String column) { this.column = column; }
    public String getRowLabel() { return rowLabel; }
    public void setRowLabel(String rowLabel) { this.rowLabel = rowLabel; }
    public String getColumnLabel() { return columnLabel; }
    public void setColumnLabel(String columnLabel) { this.columnLabel = columnLabel; }
    public Source getSource() { return source; }
    public void setSource(Source source) { this.source = source; }

    /** "requests/withheld.3/natural" or the part of it that is known; "" for none. */
    public String keys() {
        StringBuilder b = new StringBuilder();
        if (table != null) b.append(table);
        if (row != null) b.append('/').append(row);
        if (column != null) b.append(b.length() > 0 && row == null ? "/*/" : "/").append(column);
        if (b.length() == 0 && section != null) b.append("section ").append(section);
        return b.toString();
    }

    public Integer line() {
        return source == null ? null : source.getLine();
    }
}

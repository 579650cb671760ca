package cn.gkcheck.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One of the three standard tables (proactive, requests, appeals) with the rows and
 * columns found in the report, in printed order, and every cell read.
 */
public class Table {
    private String key;
    private String caption;
    /** Which official format this table's own layout follows: "2019", "2021", or null where both agree. */
    private String layout;
    private Source source;
    private List<Row> rows = new ArrayList<>();
    private List<Column> columns = new ArrayList<>();
    private List<Cell> cells = new ArrayList<>();
    /**
     * Why this table could not be read whole (a region the reader could not align, run-together
     * digits with no unique split), or null where it was. A row or column absent from a table not
     * read whole is not reported missing: "I could not read this part" is not "this part is missing".
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private String unreadable;

    public Table() {}

    public Table(String key) { this.key = key; }

    public Optional<Cell> cell(String row, String column) {
        for (Cell c : cells) {
            if (c.getRow().equals(row) && c.getColumn().equals(column)) return Optional.of(c);
        }
        return Optional.empty();
    }

    public boolean hasRow(String rowKey) {
        return rows.stream().anyMatch(r -> r.getKey().equals(rowKey));
    }

    public boolean hasColumn(String columnKey) {
        return columns.stream().anyMatch(c -> c.getKey().equals(columnKey));
    }

    public Optional<Row> row(String rowKey) {
        return rows.stream().filter(r -> r.getKey().equals(rowKey)).findFirst();
    }

    @JsonIgnore
    public List<String> getRowKeys() {
        return rows.stream().map(Row::getKey).toList();
    }

    @JsonIgnore
    public List<String> getColumnKeys() {
        return columns.stream().map(Column::getKey).toList();
    }

    @JsonIgnore
    public boolean isReadWhole() { return unreadable == null; }

    public String getUnreadable() { return unreadable; }
    public void setUnreadable(String unreadable) { this.unreadable = unreadable; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getLayout() { return layout; }
    public void setLayout(String layout) { this.layout = layout; }
    public String getCaption() { return caption; }
    public void setCaption(String caption) { this.caption = caption; }
    public Source getSource() { return source; }
    public void setSource(Source source) { this.source = source; }
    public List<Row> getRows() { return rows; }
    public void setRows(List<Row> rows) { this.rows = rows; }
    public List<Column> getColumns() { return columns; }
    public void setColumns(List<Column> columns) { this.columns = columns; }
    public List<Cell> getCells() { return cells; }
    public void setCells(List<Cell> cells) { this.cells = cells; }
}

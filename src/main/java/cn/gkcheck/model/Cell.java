package cn.gkcheck.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * One cell of a standard table, in the shape every reader, rule and JSON output uses
 * (canonical-keys.md). The cell is what was printed: a blank stays blank, a dash stays
 * a dash; {@code value} is what could be read from {@code raw}, never a repaired number.
 */
@JsonPropertyOrder({"table", "row", "column", "rowLabel", "columnLabel", "raw", "value", "kind", "source", "placement"})
public class Cell {
    private String table;
    private String row;
    private String column;
    private String rowLabel;
    private String columnLabel;
    private String raw = "";
    @JsonInclude(JsonInclude.Include.ALWAYS)
    private BigDecimal value;
    private CellKind kind = CellKind.BLANK;
    private Source source;
    /** How the reader and interpreter placed this cell; left out of JSON where it is {@code LABEL}. */
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = LabelPlacement.class)
    private Placement placement = Placement.LABEL;

    public Cell() {}

    public Cell(String table, String row, String column) {
        this.table = table;
        this.row = row;
        this.column = column;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isNumber() { return kind == CellKind.NUMBER; }

    /** The value as a whole count, or null where it is not one. */
    public Long count() {
        if (value == null) return null;
        try {
            return value.longValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }

    public String key() { return table + "/" + row + "/" + column; }

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
    public String getRaw() { return raw; }
    public void setRaw(String raw) { this.raw = raw; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public CellKind getKind() { return kind; }
    public void setKind(CellKind kind) { this.kind = kind; }
    public Source getSource() { return source; }
    public void setSource(Source source) { this.source = source; }
    public Placement getPlacement() { return placement; }
    public void setPlacement(Placement placement) { this.placement = placement == null ? Placement.LABEL : placement; }

    /** Jackson value filter: true (leave out) for the certain, ordinary placement. */
    static final class LabelPlacement {
        @Override
        public boolean equals(Object o) { return o == null || o == Placement.LABEL; }

        @Override
        public int hashCode() { return 0; }
    }
}

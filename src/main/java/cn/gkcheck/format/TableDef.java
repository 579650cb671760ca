package cn.gkcheck.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An official table: key, the section that carries it, its rows and columns in printed order.
 * The 主动公开 table is made of blocks, each with columns of its own: {@link #columnsOf} says
 * which columns a row has.
 */
public record TableDef(String key, int section, String title, List<BlockDef> blocks,
                       List<RowDef> rows, List<ColumnDef> columns) {

    public static TableDef ofBlocks(String key, int section, String title, List<BlockDef> blocks) {
        List<RowDef> rows = new ArrayList<>();
        List<ColumnDef> columns = new ArrayList<>();
        for (BlockDef b : blocks) {
            rows.addAll(b.rows());
            for (ColumnDef c : b.columns()) {
                if (columns.stream().noneMatch(x -> x.key().equals(c.key()))) columns.add(c);
            }
        }
        return new TableDef(key, section, title, List.copyOf(blocks), List.copyOf(rows), List.copyOf(columns));
    }

    public static TableDef ofGrid(String key, int section, String title, List<RowDef> rows, List<ColumnDef> columns) {
        return new TableDef(key, section, title, List.of(), List.copyOf(rows), List.copyOf(columns));
    }

    public Optional<RowDef> row(String rowKey) {
        return rows.stream().filter(r -> r.key().equals(rowKey)).findFirst();
    }

    public Optional<ColumnDef> column(String columnKey) {
        return columns.stream().filter(c -> c.key().equals(columnKey)).findFirst();
    }

    /** The columns a row has: its block's columns in the 主动公开 table, all columns elsewhere. */
    public List<ColumnDef> columnsOf(String rowKey) {
        for (BlockDef b : blocks) {
            if (b.rows().stream().anyMatch(r -> r.key().equals(rowKey))) return b.columns();
        }
        return columns;
    }

    public Optional<BlockDef> blockOf(String rowKey) {
        return blocks.stream().filter(b -> b.rows().stream().anyMatch(r -> r.key().equals(rowKey))).findFirst();
    }
}

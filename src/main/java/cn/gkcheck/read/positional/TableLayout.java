package cn.gkcheck.read.positional;

import cn.gkcheck.read.Block;
import cn.gkcheck.read.Block.GridCell;
import cn.gkcheck.read.Block.GridRow;
import java.util.ArrayList;
import java.util.List;

/** Turns one table region into one grid: the 主动公开 table block by block, the others whole. */
public final class TableLayout {
    private TableLayout() {}

    public static Block.Grid grid(TableRegions.Kind kind, List<Line> lines) {
        List<GridRow> rows = new ArrayList<>();
        String unreadable = null; // the first reason a block gives; one says it for the whole grid
        if (kind == TableRegions.Kind.PROACTIVE) {
            // each 第二十条 block has its own header and columns: caption row, header row, data rows
            int i = 0;
            while (i < lines.size()) {
                int j = i + 1;
                while (j < lines.size() && !TableRegions.isCaption(lines.get(j))) j++;
                Line caption = lines.get(i);
                List<Line> body = lines.subList(i, j);
                if (TableRegions.isCaption(caption)) {
                    rows.add(new GridRow(List.of(new GridCell(caption.text(), GridBuilder.src(caption))), GridBuilder.src(caption)));
                    body = lines.subList(i + 1, j);
                }
                // a block continued on the next page of a character grid has its columns elsewhere there
                if (!body.isEmpty() && !body.get(0).geometry.pagesShareX()) body = PageAlign.align(body);
                GridBuilder.Result block = GridBuilder.build(body, null);
                rows.addAll(block.rows());
                if (unreadable == null) unreadable = block.unreadable();
                i = j;
            }
        } else {
            if (!lines.get(0).geometry.pagesShareX()) lines = PageAlign.align(lines);
            GridBuilder.Result table = GridBuilder.build(lines, null);
            rows.addAll(table.rows());
            unreadable = table.unreadable();
        }
        return new Block.Grid(rows, GridBuilder.src(lines.get(0)), unreadable);
    }
}

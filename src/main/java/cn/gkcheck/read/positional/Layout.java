package cn.gkcheck.read.positional;

import cn.gkcheck.read.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a positioned document (page furniture already dropped) as blocks: the three
 * statistical tables, found by {@link TableRegions}, become grids rebuilt by {@link TableLayout};
 * every other line is a paragraph of its own (the interpreter joins wrapped lines).
 */
public final class Layout {
    private Layout() {}

    public static List<Block> blocks(List<Line> lines) {
        List<Block> out = new ArrayList<>();
        List<TableRegions.Region> regions = TableRegions.find(lines);
        int i = 0;
        while (i < lines.size()) {
            TableRegions.Region r = regionAt(regions, i);
            if (r != null) {
                out.add(TableLayout.grid(r.kind(), lines.subList(r.from(), r.to())));
                i = r.to();
            } else {
                Line l = lines.get(i++);
                out.add(new Block.Para(l.text(), l.source()));
            }
        }
        return out;
    }

    private static TableRegions.Region regionAt(List<TableRegions.Region> regions, int i) {
        for (TableRegions.Region r : regions) if (r.from() == i) return r;
        return null;
    }
}

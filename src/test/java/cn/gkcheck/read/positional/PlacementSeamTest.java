package cn.gkcheck.read.positional;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.interpret.DocInterpreter;
import cn.gkcheck.model.Placement;
import cn.gkcheck.model.Report;
import cn.gkcheck.read.Block;
import cn.gkcheck.read.Doc;
import cn.gkcheck.read.LayoutTextReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rebuilder does not guess silently: a table region whose numbers stand under no header it
 * understands gives cells marked {@link Placement#POSITION}, and the interpreter keeps that mark
 * on the table cells made from them. Cells rebuilt under their headers carry no mark.
 */
class PlacementSeamTest {
    private static final String NO_HEADER = String.join("\n",
            "青禾市溪南区人民政府2023年政府信息公开工作年度报告",
            "二、主动公开政府信息情况",
            "第二十条第（一）项",
            "",
            "规章                    0          0          3",
            "",
            "行政规范性文件          5          2          48",
            "",
            "三、收到和处理政府信息公开申请情况",
            "") + "\f";

    @Test
    void numbersUnderNoHeaderArePlacedByPositionUnlessTheirRowFillsEveryColumn() {
        Doc doc = new LayoutTextReader().read(NO_HEADER.getBytes(StandardCharsets.UTF_8), "x.txt");
        List<Block.GridCell> data = doc.blocks.stream().filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b)
                .flatMap(g -> g.rows().stream()).flatMap(r -> r.cells().stream())
                .filter(c -> c.text().matches("\\d+")).toList();
        assertThat(data).extracting(Block.GridCell::text).containsExactly("0", "0", "3", "5", "2", "48");
        // a value in every column leaves the rebuilder no choice: which column is which is the interpreter's question
        assertThat(data).allMatch(c -> c.placement() == null);

        String shortRow = NO_HEADER.replace("行政规范性文件          5          2          48", "行政规范性文件          5                     48");
        List<Block.GridCell> gapped = new LayoutTextReader().read(shortRow.getBytes(StandardCharsets.UTF_8), "x.txt").blocks.stream()
                .filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).flatMap(g -> g.rows().stream())
                .filter(r -> r.cells().stream().anyMatch(c -> c.text().equals("48"))).flatMap(r -> r.cells().stream())
                .filter(c -> c.text().matches("\\d+")).toList();
        assertThat(gapped).extracting(Block.GridCell::text).containsExactly("5", "48");
        assertThat(gapped).allMatch(c -> c.placement() == Placement.POSITION);
    }

    @Test
    void cellsUnderTheirHeadersCarryNoMarkAndTheMarkReachesTheReport() {
        Doc doc = new LayoutTextReader().read(read("fixtures/samples/huaian-city-2024.layout.txt"), "x.txt");
        assertThat(doc.blocks.stream().filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b)
                .flatMap(g -> g.rows().stream()).flatMap(r -> r.cells().stream())).allMatch(c -> c.placement() == null);

        Report r = DocInterpreter.interpret(new LayoutTextReader().read(NO_HEADER.getBytes(StandardCharsets.UTF_8), "x.txt"));
        assertThat(r.getTables()).isNotEmpty();
        assertThat(r.getTables().get(0).getCells()).isNotEmpty().allMatch(c -> c.getPlacement() != Placement.LABEL);
    }

    private static byte[] read(String p) {
        try {
            return Files.readAllBytes(Path.of(p));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

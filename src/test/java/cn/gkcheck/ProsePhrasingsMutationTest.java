package cn.gkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.interpret.Readers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The phrasings read since issue 8 item 4 (rows named together, words around the keyword, Chinese
 * numerals, shares), stated rightly on l.11 of a copy of 溪南 2023. Each number, changed by one, must
 * raise exactly one prose finding naming the stated and the table's number, and nothing else may change.
 */
class ProsePhrasingsMutationTest {
    static final Path FIXTURE = Path.of("fixtures", "prose", "xinan-district-2023-phrasings.md");

    /** The words as printed, the same words changed by one, the number stated after the change and the table's. */
    static final String[][] MUTATIONS = {
            {"依法予以公开的 25 件", "依法予以公开的 26 件", "26", "25"},
            {"部分公开答复 6 件", "部分公开答复 7 件", "7", "6"},
            {"予以公开和部分公开共 31 件", "予以公开和部分公开共 32 件", "32", "31"},
            {"占 62.0%", "占 62.1%", "62.1", "62.0"},
            {"不予公开三件", "不予公开四件", "4", "3"},
            {"占新收申请的6.1%", "占新收申请的6.2%", "6.2", "6.1"},
            {"无法提供十二件", "无法提供十三件", "13", "12"},
            {"不予公开和无法提供共 15 件", "不予公开和无法提供共 16 件", "16", "15"},
            {"不予处理决定的三件", "不予处理决定的两件", "2", "3"},
            {"其他处理一件", "其他处理两件", "2", "1"},
    };

    @TestFactory
    Stream<DynamicTest> eachChangedNumberRaisesExactlyOneFindingNamingBoth() throws IOException {
        List<String> lines = Files.readAllLines(FIXTURE, StandardCharsets.UTF_8);
        List<String> baseline = Expectations.lines(Engine.get().check(Readers.read(FIXTURE)));
        assertThat(baseline).noneMatch(l -> l.startsWith("GK-PROSE-"));
        return Stream.of(MUTATIONS).map(mu -> DynamicTest.dynamicTest(mu[0] + " -> " + mu[1], () -> {
            List<String> copy = new ArrayList<>(lines);
            assertThat(copy.get(10)).as("l.11 says " + mu[0]).containsOnlyOnce(mu[0]);
            copy.set(10, copy.get(10).replace(mu[0], mu[1]));
            byte[] bytes = (String.join("\n", copy) + "\n").getBytes(StandardCharsets.UTF_8);
            List<Finding> found = Engine.get().check(Readers.read(bytes, "xinan-mutated.md"));
            List<Finding> prose = found.stream().filter(f -> f.getRule().startsWith("GK-PROSE-")).toList();
            assertThat(prose).hasSize(1);
            assertThat(prose.get(0).getSeverity().toString()).isEqualToIgnoringCase("error");
            assertThat(prose.get(0).getMessage()).contains(mu[2]).contains(mu[3]);
            assertThat(prose.get(0).getLocation().getSource().getLine()).isEqualTo(11);
            List<String> rest = Expectations.lines(found.stream().filter(f -> !f.getRule().startsWith("GK-PROSE-")).toList());
            assertThat(rest).isEqualTo(baseline);
        }));
    }
}

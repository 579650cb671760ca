package cn.gkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.interpret.Readers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The 淮安 2024 report states 14 numbers about its tables (l.6 of the transcription). Each, changed
 * by one in a copy of the text, must raise exactly one prose-vs-table finding that names both the
 * stated and the table number, and nothing else may change.
 */
class ProseMutationTest {
    static final Path HUAIAN = Path.of("fixtures", "prose", "huaian-city-2024.txt");
    static final long[] STATED = {3119, 3050, 34, 103, 351, 72, 64, 178, 37, 46, 25, 5, 9, 7};

    @TestFactory
    Stream<DynamicTest> eachChangedNumberRaisesExactlyOneFindingNamingBoth() throws IOException {
        List<String> lines = Files.readAllLines(HUAIAN, StandardCharsets.UTF_8);
        List<String> baseline = Expectations.lines(Engine.get().check(Readers.read(HUAIAN)));
        return java.util.Arrays.stream(STATED).mapToObj(n -> DynamicTest.dynamicTest(n + " -> " + (n + 1), () -> {
            List<String> copy = new java.util.ArrayList<>(lines);
            Matcher m = Pattern.compile("(?<![0-9])" + n + " 件").matcher(copy.get(5));
            assertThat(m.find()).as("l.6 states " + n).isTrue();
            copy.set(5, copy.get(5).substring(0, m.start()) + (n + 1) + " 件" + copy.get(5).substring(m.end()));
            byte[] bytes = (String.join("\n", copy) + "\n").getBytes(StandardCharsets.UTF_8);
            List<Finding> found = Engine.get().check(Readers.read(bytes, "huaian-mutated.txt"));
            List<Finding> prose = found.stream().filter(f -> f.getRule().startsWith("GK-PROSE-")).toList();
            assertThat(prose).hasSize(1);
            assertThat(prose.get(0).getMessage()).contains(String.valueOf(n + 1)).contains(String.valueOf(n));
            assertThat(prose.get(0).getLocation().getSource().getLine()).isEqualTo(6);
            List<String> rest = Expectations.lines(found.stream().filter(f -> !f.getRule().startsWith("GK-PROSE-")).toList());
            assertThat(rest).isEqualTo(baseline);
        }));
    }

    /** Against the PDF itself (the copy kept in the repository): no prose finding, every stated number matched. */
    @Test
    void thePdfStatesNothingTheTablesContradict() {
        var report = Readers.read(Path.of("fixtures/samples/huaian-city-2024.pdf"));
        assertThat(report.isReadable()).isTrue();
        assertThat(report.table("requests")).isPresent();
        assertThat(Engine.get().check(report).stream().filter(f -> f.getRule().startsWith("GK-PROSE-")).toList()).isEmpty();
        assertThat(cn.gkcheck.prose.Claims.of(report)).hasSize(STATED.length)
                .allMatch(cn.gkcheck.prose.Claim::matched);
    }
}

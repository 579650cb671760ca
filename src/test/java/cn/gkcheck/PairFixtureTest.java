package cn.gkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.cli.Pairing;
import cn.gkcheck.model.Report;
import cn.gkcheck.interpret.Readers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Cross-year fixtures: each folder under fixtures/crossyear holds reports that are paired as a
 * folder given to {@code gkcheck check} pairs them; {@code findings.expected} lists exactly the
 * findings, each line prefixed by the file name; {@code pairs.expected}, where present, the pairs.
 */
class PairFixtureTest {
    static final Path ROOT = Path.of("fixtures", "crossyear");

    @TestFactory
    Stream<DynamicTest> eachFolderYieldsExactlyItsExpectedFindings() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(ROOT)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(dirs).isNotEmpty();
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d.toString(), () -> check(d)));
    }

    private static void check(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Report> reports = new ArrayList<>();
        for (Path f : files) reports.add(Readers.read(f));
        Map<Integer, Integer> pairs = Pairing.pair(reports);
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Report before = pairs.containsKey(i) ? reports.get(pairs.get(i)) : null;
            List<Finding> found = Engine.get().check(reports.get(i), before, Map.of());
            for (String line : Expectations.lines(found)) actual.add(files.get(i).getFileName() + " " + line);
        }
        actual.sort(null);
        assertThat(actual).as(dir.toString()).containsExactlyElementsOf(lines(dir.resolve("findings.expected")));
        Path pairsFile = dir.resolve("pairs.expected");
        if (Files.exists(pairsFile)) {
            List<String> got = new ArrayList<>();
            pairs.forEach((now, before) -> got.add(files.get(now).getFileName() + " <- " + files.get(before).getFileName()));
            got.sort(null);
            assertThat(got).containsExactlyElementsOf(lines(pairsFile));
        }
    }

    private static List<String> lines(Path p) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("#")) out.add(t.replaceAll("\\s+", " "));
        }
        out.sort(null);
        return out;
    }
}

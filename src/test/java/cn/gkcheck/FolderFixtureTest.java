package cn.gkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.check.folder.Folder;
import cn.gkcheck.check.folder.Roster;
import cn.gkcheck.check.folder.RosterEntry;
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
 * Folder-rule fixtures (rules/folder.drl): each case is a folder under fixtures/rules/GK-FOLDER-…/ holding report
 * files, optionally {@code roster.csv} (--roster) and {@code year.txt} (--year), and {@code folder.expected}: exactly
 * the folder findings, one a line, {@code RULE-ID severity @file} ("@-" for a finding about no one file). The
 * reports are added in file-name order, as a folder given to {@code gkcheck check} is.
 */
class FolderFixtureTest {
    static final String EXPECTED = "folder.expected";

    static List<Path> cases() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("fixtures", "rules"))) {
            return walk.filter(p -> p.getFileName().toString().equals(EXPECTED)).map(Path::getParent).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachFolderYieldsExactlyItsExpectedFolderFindings() throws IOException {
        List<Path> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
        return cases.stream().map(d -> DynamicTest.dynamicTest(d.toString(), () -> check(d)));
    }

    static List<String> actual(Path dir) throws IOException {
        List<RosterEntry> roster = Files.exists(dir.resolve("roster.csv"))
                ? Roster.parse(Files.readAllLines(dir.resolve("roster.csv"), StandardCharsets.UTF_8)) : List.of();
        Integer year = Files.exists(dir.resolve("year.txt")) ? Integer.valueOf(Files.readString(dir.resolve("year.txt")).strip()) : null;
        Folder folder = new Folder(roster, year);
        List<Path> reports;
        try (Stream<Path> s = Files.list(dir)) {
            reports = s.filter(p -> !List.of(EXPECTED, "roster.csv", "year.txt").contains(p.getFileName().toString())).sorted().toList();
        }
        for (Path p : reports) folder.add(p.toString(), Readers.read(p));
        List<String> out = new ArrayList<>();
        for (Finding f : folder.findings(Engine.get(), Map.of())) {
            String file = f.getLocation().getFile();
            out.add(f.getRule() + " " + f.getSeverity().json() + " @" + (file == null ? "-" : Path.of(file).getFileName()));
            assertThat(f.getMessage()).as(f.getRule()).matches("(?s).*\\p{IsHan}.*");
            assertThat(f.getMessageEn()).as(f.getRule()).matches("(?s).*[A-Za-z]{3,}.*");
        }
        out.sort(null);
        return out;
    }

    private static void check(Path dir) throws IOException {
        assertThat(actual(dir)).as(dir.toString()).containsExactlyElementsOf(Expectations.expected(dir.resolve("folder")));
    }
}

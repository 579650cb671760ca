package cn.gkcheck.check.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder's roster, its organ matching and 内容雷同 between organs (issue 9). */
class FolderTest {
    static final Path CLEAN = Path.of("fixtures/clean/2023-xinan-district-government.md");

    @Test
    void aRosterIsCsvWithItsHeaderCommentsAndQuotes() {
        List<RosterEntry> r = Roster.parse(List.of("\uFEFForgan,kind,region", "# 区属部门", "溪南区教育局,部门,溪南区",
                "\"桃山区人民政府\",政府,", "", "双河镇"));
        assertThat(r).extracting(RosterEntry::organ).containsExactly("溪南区教育局", "桃山区人民政府", "双河镇");
        assertThat(r.get(0).describe()).isEqualTo("溪南区教育局（部门，溪南区）");
        assertThat(r.get(2).line()).isEqualTo(6);
        assertThatThrownBy(() -> Roster.parse(List.of("name,kind", "x"))).hasMessageContaining("header");
        assertThatThrownBy(() -> Roster.parse(List.of("organ,kind,region", "a,b,c,d"))).hasMessageContaining("line 2");
    }

    @Test
    void aReportIsMatchedToItsRosterEntryUnderTheUsualVariants() {
        Folder f = new Folder(Roster.parse(List.of("organ,kind,region", "溪南区政府,政府,", "青禾市交通运输局,部门,")), null);
        assertThat(f.rosterEntryOf("青禾市溪南区人民政府").organ()).isEqualTo("溪南区政府");
        assertThat(f.rosterEntryOf("交通运输局")).isNull();
        assertThat(f.rosterEntryOf("青禾市交通运输局办公室").organ()).isEqualTo("青禾市交通运输局");
    }

    /** Another organ's report made from this one: its name and every figure changed, as a copying drafter does. */
    static String copiedAs(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.replace("青禾市溪南区", "白沙市桃山区").replace("溪南区", "桃山区").replace("青禾市", "白沙市").toCharArray()) {
            b.append(c >= '0' && c <= '9' && c != '2' && c != '0' ? (char) ('1' + (c - '0') % 9) : c);
        }
        return b.toString();
    }

    @Test
    void aReportCopiedByAnotherOrganWithItsNameAndFiguresChangedIsFound(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.md"), b = dir.resolve("b.md");
        Files.copy(CLEAN, a);
        Files.writeString(b, copiedAs(Files.readString(CLEAN, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        Folder f = new Folder(List.of(), null);
        Report ra = Readers.read(a), rb = Readers.read(b);
        assertThat(rb.getMeta().getOrgan()).isEqualTo("白沙市桃山区人民政府");
        f.add(a.toString(), ra);
        f.add(b.toString(), rb);
        List<SharedText> shared = f.sharedTexts();
        assertThat(shared).hasSize(1);
        SharedText s = shared.get(0);
        assertThat(s.file()).isEqualTo(a.toString());
        assertThat(s.otherOrgan()).isEqualTo("白沙市桃山区人民政府");
        assertThat(s.share()).isGreaterThanOrEqualTo(SharedText.THRESHOLD);
        assertThat(s.shared()).isGreaterThanOrEqualTo(SharedTexts.MIN_SHARED);
        assertThat(s.examples()).hasSize(3).allMatch(e -> e.length() >= TextPrint.MIN_CHARS);
        // what is kept per report is small: no text, a signature and one hash a sentence
        assertThat(TextPrint.of(ra).sentences().length).isLessThan(200);
    }

    @Test
    void theCorrectReportsOfTheMatrixShareNoText() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("fixtures/matrix"))) {
            files = s.filter(p -> p.getFileName().toString().startsWith("c-")).map(p -> p.resolve("report.md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        Folder f = new Folder(List.of(), null);
        for (Path p : files) f.add(p.toString(), Readers.read(p));
        assertThat(f.sharedTexts()).isEmpty();
    }

    @Test
    void oneOrgansTwoReportsAreNotCalledCopies(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.md"), b = dir.resolve("b.md");
        Files.copy(CLEAN, a);
        Files.copy(CLEAN, b);
        Folder f = new Folder(List.of(), null);
        f.add(a.toString(), Readers.read(a));
        f.add(b.toString(), Readers.read(b));
        assertThat(f.sharedTexts()).isEmpty();
    }

    @Test
    void theAuditedYearIsTheMostCommonOneOrTheStatedOne() {
        Folder f = new Folder(List.of(), null);
        List<Integer> years = new ArrayList<>(List.of(2022, 2023, 2023, 2022));
        for (int i = 0; i < years.size(); i++) {
            Report r = Readers.read(CLEAN);
            r.getMeta().setYear(years.get(i));
            f.add("r" + i, r);
        }
        assertThat(f.auditYear()).isEqualTo(new AuditYear(2023, false));
        assertThat(new Folder(List.of(), 2021).auditYear()).isEqualTo(new AuditYear(2021, true));
    }
}

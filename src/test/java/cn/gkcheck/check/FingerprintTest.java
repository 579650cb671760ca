package cn.gkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.model.Meta;
import cn.gkcheck.model.Source;
import org.junit.jupiter.api.Test;

/** A fingerprint survives what does not change the defect (line, file, a cell's value) and changes with what does. */
class FingerprintTest {

    private static Meta meta(String organ, int year) {
        Meta m = new Meta();
        m.setOrgan(organ);
        m.setYear(year);
        return m;
    }

    private static Finding cell(String rule, String row, String raw, int line) {
        Finding f = new Finding();
        f.setRule(rule);
        f.getLocation().setTable("requests");
        f.getLocation().setRow(row);
        f.getLocation().setColumn("natural");
        Source s = new Source();
        s.setLine(line);
        f.getLocation().setSource(s);
        Evidence e = new Evidence();
        e.setRaw(raw);
        f.setEvidence(e);
        return f;
    }

    private static Finding prose(String raw, int line) {
        Finding f = new Finding();
        f.setRule("GK-DATE-PROSE-YEAR");
        f.getLocation().setSection(1);
        Source s = new Source();
        s.setLine(line);
        f.getLocation().setSource(s);
        Evidence e = new Evidence();
        e.setRaw(raw);
        f.setEvidence(e);
        return f;
    }

    @Test
    void neitherTheLineNorACellsValueIsPartOfIt() {
        Meta m = meta("青禾市溪南区人民政府", 2023);
        assertThat(Fingerprint.of(m, cell("GK-CELL-TEXT", "granted", "20件", 49)).id())
                .isEqualTo(Fingerprint.of(m, cell("GK-CELL-TEXT", "granted", "21 件", 80)).id());
        assertThat(Fingerprint.of(m, cell("GK-CELL-TEXT", "granted", "20件", 49)).id())
                .isNotEqualTo(Fingerprint.of(m, cell("GK-CELL-TEXT", "partly", "20件", 49)).id())
                .isNotEqualTo(Fingerprint.of(meta("青禾市溪南区人民政府", 2024), cell("GK-CELL-TEXT", "granted", "20件", 49)).id())
                .isNotEqualTo(Fingerprint.of(meta("青禾市交通运输局", 2023), cell("GK-CELL-TEXT", "granted", "20件", 49)).id());
    }

    @Test
    void withoutKeysTheEvidenceTellsFiringsApartWhitespaceAside() {
        Meta m = meta("青禾市溪南区人民政府", 2023);
        assertThat(Fingerprint.of(m, prose("2022年，我区", 5)).id()).isEqualTo(Fingerprint.of(m, prose("2022年， 我区\n", 9)).id());
        assertThat(Fingerprint.of(m, prose("2022年，我区", 5)).id()).isNotEqualTo(Fingerprint.of(m, prose("2021年，我区", 5)).id());
        assertThat(Fingerprint.of(m, prose("2022年，我区", 5)).keys()).isEqualTo("section 1");
    }
}

package cn.gkcheck.read;

import cn.gkcheck.interpret.Readers;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.model.Report;
import cn.gkcheck.model.Section;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the real samples say about themselves is found: title, organ and its kind, year, period, the six sections. */
class SampleMetaTest {
    @ParameterizedTest
    @CsvSource({
        "huaian-city-2024.pdf, 淮安市人民政府2024年政府信息公开工作年度报告, 淮安市人民政府, 2024, 2021",
        "hongze-district-2024.pdf, 淮安市洪泽区人民政府2024年政府信息公开工作年度报告, 淮安市洪泽区人民政府, 2024, mixed",
        "000_fbcc47a07046e9b4.txt, 2019 年四方台区人民政府信息公开工作 年 度 报 告, 四方台区人民政府, 2019, 2019"})
    void titleOrganYearPeriodAndSectionsAreFound(String file, String title, String organ, int year, String format) {
        Report r = Readers.read(Path.of("fixtures/samples", file));
        assertThat(r.getMeta().getTitle().replace(" ", "")).isEqualTo(title.replace(" ", ""));
        assertThat(r.getMeta().getOrgan()).isEqualTo(organ);
        assertThat(r.getMeta().getOrganKind()).isEqualTo(cn.gkcheck.model.OrganKind.GOVERNMENT);
        assertThat(r.getMeta().getYear()).isEqualTo(year);
        assertThat(r.getMeta().isPeriodCoversYear()).isTrue();
        assertThat(r.getFormatVersion()).isEqualTo(format);
        assertThat(r.getSections()).extracting(Section::getNumber).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(r.getSections()).extracting(Section::getVariant).containsOnly(cn.gkcheck.model.HeadingForm.OFFICIAL);
    }
}

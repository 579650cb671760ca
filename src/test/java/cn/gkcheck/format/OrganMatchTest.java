package cn.gkcheck.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two names of one organ, as a roster and a report write them (issue 9). */
class OrganMatchTest {

    @Test
    void theUsualVariantsOfOneOrganMatch() {
        assertThat(Organs.sameOrgan("桃山区人民政府", "桃山区政府")).isTrue();
        assertThat(Organs.sameOrgan("青禾市溪南区人民政府", "溪南区人民政府")).isTrue();
        assertThat(Organs.sameOrgan("青禾市溪南区人民政府", "溪南区政府")).isTrue();
        assertThat(Organs.sameOrgan("溪南区", "溪南区人民政府")).isTrue();
        assertThat(Organs.sameOrgan("溪南区人民政府办公室", "溪南区人民政府")).isTrue();
        assertThat(Organs.sameOrgan("云溪市 生态环境局", "云溪市生态环境局")).isTrue();
        assertThat(Organs.sameOrgan("白鹭市安平县教育局", "安平县教育局")).isTrue();
    }

    @Test
    void differentOrgansDoNot() {
        assertThat(Organs.sameOrgan("溪南区人民政府", "溪北区人民政府")).isFalse();
        assertThat(Organs.sameOrgan("溪南区教育局", "溪南区人民政府")).isFalse();
        // a department's bare name does not say whose it is
        assertThat(Organs.sameOrgan("安平县教育局", "教育局")).isFalse();
        // nor is one area's organ another area's because the names end alike
        assertThat(Organs.sameOrgan("白鹭市安平县人民政府", "平县人民政府")).isFalse();
    }
}

package cn.gkcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** --rules DIR: a province's own DRL rules, compiled on start, with the metadata of built-in ones. */
class LocalRulesTest {
    static final String GOOD = "fixtures/local-rules/good";
    static final String NO_PHONE = "fixtures/rules/GK-DATE-LATE/department-published-jan-31.txt";

    @Test
    void aLocalRuleFiresOnItsFixtureAndNotOnTheNearMiss() {
        CliTest.Run r = CliTest.run("check", "--rules", GOOD, NO_PHONE, CliTest.CLEAN);
        assertThat(r.code()).isEqualTo(0); // a warning
        assertThat(r.out()).contains(NO_PHONE + ": warning QH-CONTACT-PHONE 青山市生态环境局的2023年度报告没有写明咨询电话");
        assertThat(r.out().lines().filter(l -> l.contains("QH-CONTACT-PHONE") && l.startsWith(CliTest.CLEAN))).isEmpty();
        assertThat(CliTest.run("check", NO_PHONE).out()).doesNotContain("QH-CONTACT-PHONE");
    }

    @Test
    void theRulesCommandListsLocalRulesBesideTheBuiltInOnes() {
        CliTest.Run r = CliTest.run("rules", "--rules", GOOD);
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("GK-DATE-LATE\t", "QH-CONTACT-PHONE\twarning\tlocal\t年度报告未写明咨询电话\t");
        assertThat(r.out()).contains("本地规则 local: fixtures/local-rules/good/contact-phone.drl");
        assertThat(CliTest.run("rules", "--rules", GOOD, "QH-CONTACT-PHONE").out()).contains("fixtures/local-rules/good/contact-phone.drl");
    }

    @Test
    void aSyntaxErrorIsAUsageErrorNamingFileAndLine() {
        CliTest.Run r = CliTest.run("check", "--rules", "fixtures/local-rules/broken", CliTest.CLEAN);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("fixtures/local-rules/broken/syntax-error.drl:18:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingMetadataOrABuiltInIdIsRefusedNamingTheRule() {
        CliTest.Run r = CliTest.run("check", "--rules", "fixtures/local-rules/no-metadata", CliTest.CLEAN);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("missing-basis.drl: rule \"无依据的规则\" lacks @basis");
        assertThat(CliTest.run("check", "--rules", "fixtures/local-rules/no-such-folder", CliTest.CLEAN).code()).isEqualTo(2);
    }

    @Test
    void aLocalRuleMayNotTakeTheIdOfABuiltInOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        String drl = java.nio.file.Files.readString(java.nio.file.Path.of(GOOD, "contact-phone.drl")).replace("QH-CONTACT-PHONE", "GK-DATE-LATE");
        java.nio.file.Path clash = java.nio.file.Files.writeString(tmp.resolve("clash.drl"), drl);
        CliTest.Run r = CliTest.run("check", "--rules", clash.toString(), CliTest.CLEAN);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("clash.drl: rule \"年度报告写明咨询电话\" has the id GK-DATE-LATE of a built-in rule");
    }
}

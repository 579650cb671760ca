package cn.gkcheck.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.format.Organs;
import cn.gkcheck.model.MetaSource;
import cn.gkcheck.model.OrganKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose report it is, from each source a report names it in: the organ and its kind. */
class OrganReaderTest {
    @ParameterizedTest
    @CsvSource({
        // the shared 政府: the organ's and 政府信息公开's
        "2024年桃山区政府信息公开工作年度报告, 桃山区政府, GOVERNMENT",
        "2023年青山县政府信息公开工作年度报告, 青山县政府, GOVERNMENT",
        "青山市政府2023年政府信息公开工作年度报告, 青山市政府, GOVERNMENT",
        "2023年双河镇政府信息公开工作年度报告, 双河镇政府, TOWNSHIP",
        "2019 年四方台区人民政府信息公开工作 年 度 报 告, 四方台区人民政府, GOVERNMENT",
        "云溪市柳河县人民政府2019年政府信息公开工作年度报告, 云溪市柳河县人民政府, GOVERNMENT",
        "松陵市人民政府政府信息公开工作2021年度报告, 松陵市人民政府, GOVERNMENT",
        "2023年青山县政务公开工作年度报告, 青山县, GOVERNMENT",
        // townships and streets
        "安平县双河镇人民政府2020年政府信息公开工作年度报告, 安平县双河镇人民政府, TOWNSHIP",
        "2023年双河镇政务公开工作年度报告, 双河镇, TOWNSHIP",
        "2022年桃源乡政府信息公开工作年度报告, 桃源乡政府, TOWNSHIP",
        "2022年西苑街道政府信息公开工作年度报告, 西苑街道, STREET",
        "云溪市溪南区西苑街道办事处2021年政府信息公开工作年度报告, 云溪市溪南区西苑街道办事处, STREET",
        // departments, a government's 办公室 among them (a department-level office, as the classifier had it)
        "2024年青石县交通运输局政府信息公开工作年度报告, 青石县交通运输局, DEPARTMENT",
        "2023年柳河县教育局政府信息公开工作年度报告, 柳河县教育局, DEPARTMENT",
        "2023年青山市人民政府办公室政府信息公开工作年度报告, 青山市人民政府办公室, DEPARTMENT",
        "重庆市大足区人民政府外事办公室政府信息公开工作2022年度报告, 重庆市大足区人民政府外事办公室, DEPARTMENT",
        "2023年青山区政务服务和数据管理局政府信息公开工作年度报告, 青山区政务服务和数据管理局, DEPARTMENT",
        "松陵市人力资源和社会保障局2022年政府信息公开工作年度报告, 松陵市人力资源和社会保障局, DEPARTMENT",
        "2023年青山市卫生健康委员会政府信息公开工作年度报告, 青山市卫生健康委员会, DEPARTMENT",
        // a development zone's 管委会 is a dispatched agency: neither a 人民政府 nor an Art. 49 department
        "2023年青山经济开发区管委会政府信息公开工作年度报告, 青山经济开发区管委会, UNKNOWN",
        "2023年青山高新技术产业开发区管理委员会政府信息公开工作年度报告, 青山高新技术产业开发区管理委员会, UNKNOWN"})
    void theTitleNamesTheOrgan(String title, String organ, OrganKind kind) {
        var parts = MetaReader.parseTitle(title);
        assertThat(parts.organ()).isEqualTo(organ);
        assertThat(Organs.kindOf(parts.organ())).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the opening: the compiler is the office of the organ whose report it is
        "本报告由柳河县人民政府办公室编制。| 柳河县人民政府 | GOVERNMENT",
        "本报告根据《中华人民共和国政府信息公开条例》要求，由青石县教育局办公室编制。| 青石县教育局 | DEPARTMENT",
        "本报告由双河镇党政办公室根据《条例》要求编制。| 双河镇 | TOWNSHIP",
        "本年度报告由西苑街道党政办公室编制。| 西苑街道 | STREET",
        "本报告由四方台区政府办编制，全文包括总体情况等六部分。| 四方台区政府 | GOVERNMENT",
        "根据《中华人民共和国政府信息公开条例》规定，青山市生态环境局编制本报告。| 青山市生态环境局 | DEPARTMENT",
        "根据《条例》第五十条规定，桃山区人民政府特编制本年度报告。| 桃山区人民政府 | GOVERNMENT",
        "本报告由青山经济开发区管委会办公室编制。| 青山经济开发区管委会 | UNKNOWN"})
    void theOpeningNamesItsCompiler(String sentence, String organ, OrganKind kind) {
        var n = OrganReader.fromOpening(sentence).orElseThrow();
        assertThat(n.organ()).isEqualTo(organ);
        assertThat(n.kind()).isEqualTo(kind);
        assertThat(n.source()).isEqualTo(MetaSource.OPENING);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "如对本报告有疑问，请与南湖区人民政府办公室联系（电话：0000-1234567）。| 南湖区人民政府 | GOVERNMENT",
        "如对本年度报告有任何疑问，请联系青山市交通运输局办公室（地址：青山路1号）。| 青山市交通运输局 | DEPARTMENT",
        "如对本报告有疑问，请与青山区政务服务和数据管理局联系。| 青山区政务服务和数据管理局 | DEPARTMENT",
        "如有疑问，请与滨河街道党政办公室联系。| 滨河街道 | STREET"})
    void theContactLineNamesTheOffice(String sentence, String organ, OrganKind kind) {
        var n = OrganReader.fromContact(sentence).orElseThrow();
        assertThat(n.organ()).isEqualTo(organ);
        assertThat(n.kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "青山市人民政府办公室 2024年1月20日 | | 青山市人民政府 | GOVERNMENT",
        "青山市生态环境局 | 2024年1月20日 | 青山市生态环境局 | DEPARTMENT",
        "双河镇人民政府 | 二〇二四年一月十五日 | 双河镇人民政府 | TOWNSHIP",
        "青山区政务服务和数据管理局　2024年1月18日 | | 青山区政务服务和数据管理局 | DEPARTMENT"})
    void theSignatureNamesTheOrgan(String line, String next, String organ, OrganKind kind) {
        var n = OrganReader.fromSignature(line, next).orElseThrow();
        assertThat(n.organ()).isEqualTo(organ);
        assertThat(n.kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // no organ: the reader's own words, a date alone, a sentence of the body
        "如对本报告有疑问，请与我们联系。| contact",
        "本报告根据《条例》要求编制。| opening",
        "2024年1月20日 | signature",
        "全年共办理申请10件，2024年1月20日前全部办结。| signature"})
    void noOrganIsNamedWhereNoneIs(String sentence, String source) {
        var n = switch (source) {
            case "contact" -> OrganReader.fromContact(sentence);
            case "opening" -> OrganReader.fromOpening(sentence);
            default -> OrganReader.fromSignature(sentence, null);
        };
        assertThat(n).isEmpty();
    }
}

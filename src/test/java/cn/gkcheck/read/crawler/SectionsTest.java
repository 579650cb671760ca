package cn.gkcheck.read.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Section headings inside a page's run-on text, a reworded one only where its section is due. */
class SectionsTest {

    private static final String PAGE = "一、总体情况 本年如何。 二、主动公开政府信息情况 规章 0 0 0 三、收到和处理政府信息公开申请情况 表三 "
            + "四、政府信息公开行政复议、行政诉讼情况 0 0 0 五、下一步工作打算 2022年，仍有不足。 六、其他需要报告的事项 无。";

    private static List<String> headings(String line) {
        return Sections.find(line).stream().map(a -> a.number() + ":" + line.substring(a.start(), a.end())).toList();
    }

    @Test
    void aRewordedHeadingWhereItsSectionIsDueIsCutAsThatSectionsHeading() {
        assertThat(headings(PAGE)).containsExactly("1:一、总体情况", "2:二、主动公开政府信息情况", "3:三、收到和处理政府信息公开申请情况",
                "4:四、政府信息公开行政复议、行政诉讼情况", "5:五、下一步工作打算", "6:六、其他需要报告的事项");
    }

    @Test
    void aNumeralInsideASentenceOrWhereNoSectionIsDueIsNoHeading() {
        // "五、" glued to the text before it is no paragraph's start; a sentence after it is no heading
        String glued = PAGE.replace(" 五、下一步工作打算 ", "五、下一步工作打算 ");
        assertThat(headings(glued)).doesNotContain("5:五、下一步工作打算");
        String sentence = PAGE.replace("五、下一步工作打算 2022年", "五、下一步工作打算。2022年");
        assertThat(headings(sentence)).hasSize(5);
        // section 四 not found: section 五 is not known to be due, so nothing is taken for its heading
        String noFour = PAGE.replace("四、政府信息公开行政复议、行政诉讼情况", "四、其他");
        assertThat(headings(noFour)).extracting(h -> h.substring(0, 1)).containsExactly("1", "2", "3", "6");
    }

    @Test
    void aRowOfTheRequestsTableIsNoRewordedHeadingOfAMissingSection() {
        String noFour = PAGE.replace("表三 四、政府信息公开行政复议、行政诉讼情况 0 0 0", "表三 四、结转下年度继续办理 0 0 0");
        assertThat(headings(noFour)).extracting(h -> h.substring(0, 1)).containsExactly("1", "2", "3", "6");
    }
}

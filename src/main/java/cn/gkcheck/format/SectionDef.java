package cn.gkcheck.format;

import java.util.List;

/** One of the six fixed sections: number, official heading, headings tolerated as variants. */
public record SectionDef(int number, String heading, List<String> variants) {
    public String numeral() {
        return OfficialFormat.NUMERALS[number - 1];
    }
}

package cn.gkcheck.prose;

import cn.gkcheck.model.Source;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A percentage the prose gives with a count ("不予公开 12 件，占 6.1%"): the share of the count's
 * cells in a base the sentence names, or in （七）总计 where it names none. It is checked only where
 * the stated count equals its cells, so that a wrong count is reported once, as a count.
 *
 * @param phrase the words as printed, whitespace removed ("占62.0%")
 * @param stated the percentage as printed, with its precision
 */
public record Percent(String phrase, BigDecimal stated, Reading count, Reading base, int section, Source source) {

    public boolean evaluable() {
        return count.evaluable() && base.evaluable() && base.value() > 0;
    }

    /** The exact share in percent, to four places beyond the printed precision. */
    public BigDecimal exact() {
        return BigDecimal.valueOf(count.value() * 100).divide(BigDecimal.valueOf(base.value()),
                stated.scale() + 4, RoundingMode.HALF_UP);
    }

    /** Rounded to the printed precision, or cut there (some reports cut rather than round). */
    public boolean consistent() {
        BigDecimal exact = exact();
        return exact.setScale(stated.scale(), RoundingMode.HALF_UP).compareTo(stated) == 0
                || exact.setScale(stated.scale(), RoundingMode.DOWN).compareTo(stated) == 0;
    }

    /** "予以公开+部分公开 31 ÷ 办理结果总计 50 = 62.00%". */
    public String computation() {
        return count.zh() + " " + count.value() + " ÷ " + base.zh() + " " + base.value() + " = "
                + exact().setScale(stated.scale() + 1, RoundingMode.HALF_UP) + "%";
    }

    public String computationEn() {
        return count.en() + " " + count.value() + " / " + base.en() + " " + base.value() + " = "
                + exact().setScale(stated.scale() + 1, RoundingMode.HALF_UP) + "%";
    }
}

package cn.gkcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.check.Indicators;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Indicators far from the folder's: median ± 3 MAD, with at least eight values. */
class OutliersTest {
    static Indicators open(String rate) {
        return new Indicators(new BigDecimal(rate), null, null, null);
    }

    @Test
    void oneReportFarFromTheOthersIsAnOutlier() {
        Outliers o = new Outliers();
        String[] rates = {"0.80", "0.82", "0.78", "0.85", "0.79", "0.81", "0.83", "0.10", "0.80"};
        for (int i = 0; i < rates.length; i++) o.add("r" + i, open(rates[i]));
        assertThat(o.find()).extracting(Outliers.Outlier::source).containsExactly("r7");
        assertThat(o.find().get(0).indicator()).isEqualTo("substantiveOpenRate");
        assertThat(o.find().get(0).median()).isEqualByComparingTo("0.80");
        assertThat(o.find().get(0).mad()).isEqualByComparingTo("0.02");
    }

    @Test
    void fewerThanEightValuesOrNoSpreadFlagNothing() {
        Outliers few = new Outliers();
        for (String r : new String[] {"0.8", "0.8", "0.81", "0.79", "0.8", "0.82", "0.1"}) few.add(r, open(r));
        assertThat(few.find()).isEmpty();
        Outliers flat = new Outliers();
        for (int i = 0; i < 9; i++) flat.add("r" + i, open(i == 8 ? "0.5" : "0"));
        flat.add("unknown", Indicators.NONE);
        assertThat(flat.find()).isEmpty();
    }
}

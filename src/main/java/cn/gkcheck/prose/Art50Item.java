package cn.gkcheck.prose;

/** The three matters whose results Art. 50(四) asks of 各级人民政府: 工作考核、社会评议、责任追究. */
public enum Art50Item {
    ASSESSMENT("工作考核", "assessment"),
    REVIEW("社会评议", "public review"),
    ACCOUNTABILITY("责任追究", "accountability");

    private final String zh;
    private final String en;

    Art50Item(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }

    public String en() { return en; }
}

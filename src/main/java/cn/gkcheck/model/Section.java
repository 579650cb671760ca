package cn.gkcheck.model;

/** One of the six numbered sections as found: its number, heading as printed, body text, where it starts. */
public class Section {
    private int number;
    private String heading;
    private String body = "";
    private Source source;
    private Integer endLine;
    /** Position in the document (block index): comparable across pages and element paths. */
    private int order;
    /** How the printed heading relates to the official one: official, variant or renamed. */
    private HeadingForm variant;

    public Section() {}

    public Section(int number, String heading, Source source) {
        this.number = number;
        this.heading = heading;
        this.source = source;
    }

    public int getNumber() { return number; }
    public void setNumber(int number) { this.number = number; }
    public String getHeading() { return heading; }
    public void setHeading(String heading) { this.heading = heading; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Source getSource() { return source; }
    public void setSource(Source source) { this.source = source; }
    public int getOrder() { return order; }
    public void setOrder(int order) { this.order = order; }
    public HeadingForm getVariant() { return variant; }
    public void setVariant(HeadingForm variant) { this.variant = variant; }
    public Integer getEndLine() { return endLine; }
    public void setEndLine(Integer endLine) { this.endLine = endLine; }
}

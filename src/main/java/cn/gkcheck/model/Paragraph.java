package cn.gkcheck.model;

/** A line or paragraph of prose (outside the tables), with the section it stands in (0 before 一). */
public class Paragraph {
    private String text;
    private int section;
    private Source source;

    public Paragraph() {}

    public Paragraph(String text, int section, Source source) {
        this.text = text;
        this.section = section;
        this.source = source;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public int getSection() { return section; }
    public void setSection(int section) { this.section = section; }
    public Source getSource() { return source; }
    public void setSource(Source source) { this.source = source; }
}

package cn.gkcheck.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** What the report says about itself, and where it came from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Meta {
    private String title;
    private Source titleSource;
    private String organ;
    private OrganKind organKind;
    /** Which source named the organ; where sources disagree, the one that wins (the title first). */
    private MetaSource organSource;
    private Integer year;
    /** title, or period where the title does not name the year and the statistical period does. */
    private MetaSource yearSource;
    /** The statistical period sentence as printed, and the dates read from it. */
    private String period;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private Source periodSource;
    private LocalDate published;
    private String sourceFile;
    private String sha256;
    /** text, markdown, html, docx, pdf, json. */
    private String inputKind;
    private String encoding;

    /** The stated period is the calendar year of the report (1月1日 to 12月31日). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isPeriodCoversYear() {
        return year != null && periodStart != null && periodEnd != null
                && periodStart.equals(LocalDate.of(year, 1, 1)) && periodEnd.equals(LocalDate.of(year, 12, 31));
    }

    /** The title names the report year (a model read back from JSON that does not say where its year came from is taken at its word). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isYearInTitle() {
        return year != null && yearSource != MetaSource.PERIOD;
    }

    /** The title names the organ (likewise: an organ without a source is the title's). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isOrganInTitle() {
        return organ != null && (organSource == null || organSource == MetaSource.TITLE);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Source getTitleSource() { return titleSource; }
    public void setTitleSource(Source titleSource) { this.titleSource = titleSource; }
    public String getOrgan() { return organ; }
    public void setOrgan(String organ) { this.organ = organ; }
    public OrganKind getOrganKind() { return organKind; }
    public void setOrganKind(OrganKind organKind) { this.organKind = organKind; }
    public MetaSource getOrganSource() { return organSource; }
    public void setOrganSource(MetaSource organSource) { this.organSource = organSource; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public MetaSource getYearSource() { return yearSource; }
    public void setYearSource(MetaSource yearSource) { this.yearSource = yearSource; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public Source getPeriodSource() { return periodSource; }
    public void setPeriodSource(Source periodSource) { this.periodSource = periodSource; }
    public LocalDate getPublished() { return published; }
    public void setPublished(LocalDate published) { this.published = published; }
    public String getSourceFile() { return sourceFile; }
    public void setSourceFile(String sourceFile) { this.sourceFile = sourceFile; }
    public String getSha256() { return sha256; }
    public void setSha256(String sha256) { this.sha256 = sha256; }
    public String getInputKind() { return inputKind; }
    public void setInputKind(String inputKind) { this.inputKind = inputKind; }
    public String getEncoding() { return encoding; }
    public void setEncoding(String encoding) { this.encoding = encoding; }
}

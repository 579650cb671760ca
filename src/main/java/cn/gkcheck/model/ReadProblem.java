package cn.gkcheck.model;

/**
 * Why an input could not be read as a report at all (empty, binary, encrypted, scanned,
 * corrupt, refused as hostile). A report carrying one is still checked, so the problem
 * reaches the output as a finding, and the command exits 3.
 */
public class ReadProblem {
    /** empty, binary, encoding, encrypted, scanned, corrupt, hostile, limit, timeout, unsupported, io, internal. */
    private String kind;
    private String detail;
    /** The detail in English, where the reader wrote one (limits, time budget); else the Chinese detail serves. */
    private String detailEn;

    public ReadProblem() {}

    public ReadProblem(String kind, String detail) {
        this.kind = kind;
        this.detail = detail;
    }

    /** A failure of gkcheck's own code while reading this file: a defect of the tool, not of the file (exit 4). */
    public static final String INTERNAL = "internal";

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isInternal() { return INTERNAL.equals(kind); }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String getDetailEn() { return detailEn; }
    public void setDetailEn(String detailEn) { this.detailEn = detailEn; }
    /** For --lang en: the English detail where there is one. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String getEnglishDetail() { return detailEn != null ? detailEn : detail; }
}

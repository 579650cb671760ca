package cn.gkcheck.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The canonical model of one annual report: what every reader fills and every rule reads.
 * It holds what was published, not a repaired version of it.
 */
@JsonPropertyOrder({"meta", "formatVersion", "sections", "tables", "paragraphs", "guesses", "problems"})
public class Report {
    private Meta meta = new Meta();
    /** "2019", "2021", "mixed" or "unknown". */
    private String formatVersion = "unknown";
    private List<Section> sections = new ArrayList<>();
    private List<Table> tables = new ArrayList<>();
    private List<Paragraph> paragraphs = new ArrayList<>();
    private List<Guess> guesses = new ArrayList<>();
    private List<ReadProblem> problems = new ArrayList<>();

    public Optional<Table> table(String key) {
        return tables.stream().filter(t -> t.getKey().equals(key)).findFirst();
    }

    public Optional<Section> section(int number) {
        return sections.stream().filter(s -> s.getNumber() == number).findFirst();
    }

    /** Read as a report at all (no {@link ReadProblem}): only then do the content rules apply. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isReadable() {
        return problems.isEmpty();
    }

    public Meta getMeta() { return meta; }
    public void setMeta(Meta meta) { this.meta = meta; }
    public String getFormatVersion() { return formatVersion; }
    public void setFormatVersion(String formatVersion) { this.formatVersion = formatVersion; }
    public List<Section> getSections() { return sections; }
    public void setSections(List<Section> sections) { this.sections = sections; }
    public List<Table> getTables() { return tables; }
    public void setTables(List<Table> tables) { this.tables = tables; }
    public List<Paragraph> getParagraphs() { return paragraphs; }
    public void setParagraphs(List<Paragraph> paragraphs) { this.paragraphs = paragraphs; }
    public List<Guess> getGuesses() { return guesses; }
    public void setGuesses(List<Guess> guesses) { this.guesses = guesses; }
    public List<ReadProblem> getProblems() { return problems; }
    public void setProblems(List<ReadProblem> problems) { this.problems = problems; }
}

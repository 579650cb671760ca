package cn.gkcheck.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a reader or the interpreter had to decide (a {@link Guess}). An enum, so that a rule that
 * matches a kind cannot misspell it and silently never fire; JSON keeps the names it always had.
 */
public enum GuessKind {
    /** A row label too damaged to match, placed by its position in the official order. */
    ROW_BY_POSITION("rowByPosition"),
    /** A block whose header did not match, its columns placed in the official order. */
    COLUMN_BY_POSITION("columnByPosition"),
    /** A cell whose place was inferred (a short row), or whose text the source gate did not find at its source. */
    CELL_POSITION("cellPosition"),
    /** The text encoding had to be detected. */
    ENCODING("encoding"),
    /** The file's extension disagrees with its content. */
    EXTENSION("extension"),
    /** Figures printed run together were cut into cells. */
    CELL_SPLIT("cellSplit"),
    /** The signature names another organ than the title; the title is taken. */
    ORGAN_SIGNATURE("organSignature");

    private final String json;

    GuessKind(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static GuessKind of(String json) {
        for (GuessKind k : values()) if (k.json.equals(json)) return k;
        throw new IllegalArgumentException("unknown guess kind " + json);
    }
}

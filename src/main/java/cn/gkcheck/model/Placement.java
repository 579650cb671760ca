package cn.gkcheck.model;

/**
 * How a cell came to stand under its row and column key. Only {@link #LABEL} is read for
 * certain; a rule whose operands include any other placement may not raise an error on them
 * (an error is a certainty), and its finding names the guess.
 */
public enum Placement {
    /** Row and column both matched by their printed labels. */
    LABEL,
    /** Row or column taken from its position in the official order (its label did not match). */
    POSITION,
    /** The reader cut run-together text into cells; the cut is the only one consistent with the table. */
    SPLIT,
    /** The value was inferred (a missing cell's place in a short row, a cell moved to fit). */
    INFERRED;

    @com.fasterxml.jackson.annotation.JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static Placement of(String json) {
        return json == null ? LABEL : valueOf(json.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean certain() {
        return this == LABEL;
    }
}

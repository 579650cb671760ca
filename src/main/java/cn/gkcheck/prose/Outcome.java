package cn.gkcheck.prose;

/**
 * What a report says of one Art. 50(四) item, best first: a result; a sentence on the item that
 * could not be classified; only the system or the work done (建立制度、开展评议), no result; nothing.
 */
public enum Outcome {
    RESULT, UNCLEAR, SYSTEM_ONLY, ABSENT;

    /** The better of two statements on the same item: one result anywhere is enough. */
    Outcome best(Outcome other) {
        return ordinal() <= other.ordinal() ? this : other;
    }

    /** No result at all: Art. 50(四) is certainly not met (an unclassified sentence may be one). */
    public boolean noResult() {
        return this == SYSTEM_ONLY || this == ABSENT;
    }
}

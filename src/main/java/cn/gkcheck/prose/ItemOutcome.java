package cn.gkcheck.prose;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A derived fact (rules/content.drl inserts one per item): what the report says of one Art. 50(四)
 * item, and the sentences that say it — the system sentences where the outcome is SYSTEM_ONLY, the
 * unclassified ones where it is UNCLEAR, the result where it is RESULT.
 */
public record ItemOutcome(Art50Item item, Outcome outcome, List<Sentence> sentences) {
    public boolean noResult() {
        return outcome.noResult();
    }

    /** The sentences quoted, each in quotation marks, joined — the evidence a finding carries. */
    public String quoted(int atMost) {
        return sentences.stream().limit(atMost).map(s -> "“" + s.text() + "”").collect(Collectors.joining("；"));
    }

    public Sentence first() {
        return sentences.isEmpty() ? null : sentences.get(0);
    }
}

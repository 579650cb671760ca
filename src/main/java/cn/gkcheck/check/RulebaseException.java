package cn.gkcheck.check;

/** The rulebase cannot be trusted (empty, or out of step with the catalog): gkcheck refuses to run. */
public class RulebaseException extends RuntimeException {
    public RulebaseException(String message) {
        super(message);
    }
}

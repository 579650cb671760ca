package cn.gkcheck.check;

/**
 * Local rules that cannot be used (a syntax error, missing metadata, an id of a built-in rule): the
 * user's mistake, a usage error (exit 2), unlike a broken built-in rulebase (exit 4).
 */
public final class LocalRulesException extends Exception {
    public LocalRulesException(String message) {
        super(message);
    }
}

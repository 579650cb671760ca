package cn.gkcheck.format;

/** What a column's cells must hold. */
public enum ValueType {
    /** A non-negative whole number. */
    COUNT,
    /** A whole number that may be negative (本年增/减). */
    SIGNED_COUNT,
    /** An amount of money, decimal, with the unit printed or fixed by the label. */
    MONEY
}

package io.github.medrecords.core.fee;

/**
 * What a fee line is.
 */
public enum LineKind {
    /** A charge: a quantity at a unit price. */
    CHARGE,
    /** A cap: a negative adjustment that brings a rule's charges down to its maximum. */
    CAP,
    /** An exemption: the request is free under a rule, shown as a zero line naming it. */
    EXEMPTION
}

package io.github.medrecords.core.workflow;

/**
 * How a fee was paid.
 */
public enum PaymentMethod {
    /** A card, online or at the desk. */
    CARD,
    /** A check. */
    CHECK,
    /** Cash at the desk. */
    CASH,
    /** A bank transfer. */
    BANK_TRANSFER,
    /** Anything else the practice accepts. */
    OTHER
}

package io.github.medrecords.core.fee;

/**
 * The outcome of checking a quote against the legal limits for its context, from best to worst.
 */
public enum ComplianceOutcome {
    /** Within every limit that applies. */
    COMPLIANT(true),
    /**
     * Lawful only if the practice can show a documented actual or average cost basis (R2.3, R2.4,
     * R5.4), which its price list does not record; for example image fees above the $6.50 flat fee.
     * An invoice may be issued, but the practice must be able to produce the cost basis.
     */
    NEEDS_COST_BASIS(true),
    /** Above the lawful maximum; the result names the maximum and the rule that sets it. */
    EXCEEDS_LIMIT(false),
    /**
     * Uses a charging method the law does not permit for this context, whatever the amount; for
     * example a per-page fee for an individual's copy of electronically kept records (R2.5).
     */
    METHOD_NOT_PERMITTED(false);

    private final boolean permitsInvoice;

    ComplianceOutcome(boolean permitsInvoice) {
        this.permitsInvoice = permitsInvoice;
    }

    /**
     * Tells whether an invoice may be issued for a quote with this outcome.
     *
     * @return false for {@link #EXCEEDS_LIMIT} and {@link #METHOD_NOT_PERMITTED}
     */
    public boolean permitsInvoice() {
        return permitsInvoice;
    }

    /**
     * Returns the worse of two outcomes.
     *
     * @param other  the other outcome, not null
     * @return the outcome later in declaration order, not null
     */
    public ComplianceOutcome worse(ComplianceOutcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}

package io.github.medrecords.core.fee;

/**
 * The outcome of checking a quote against the legal limits for its context, from best to worst.
 */
public enum ComplianceOutcome {
    /** Within every limit that applies. */
    COMPLIANT(true),
    /**
     * Found by an audit only, never by a quote: the published price list charges in a case the law makes
     * free (a Social Security claim R5.5, a public-benefit appeal CA.4, MA.2, NY.3). The calculator applies
     * the exemption itself, so invoices stay lawful, but the published list misinforms patients.
     */
    LIST_OMITS_EXEMPTION(true),
    /**
     * The price list names a fee without an amount ("a reasonable fee") for a request whose fee must be told
     * in advance (R2.6). The fee adds nothing to a quote, so an invoice may be issued; the list must state the
     * amount.
     */
    FEE_NOT_STATED(true),
    /**
     * Lawful only if the practice can show a documented actual or average cost basis (R2.3, R2.4,
     * R5.4), which its price list does not record; for example image fees above the $6.50 flat fee.
     * The law permits an invoice if the practice can produce the cost basis; the workflow still refuses it
     * ({@link CostBasisRequiredException}) unless the practice's policy invoices such prices
     * ({@code PracticePolicies#invoiceWithoutCostBasis}, off by default).
     */
    NEEDS_COST_BASIS(true),
    /**
     * Above a maximum only if a charge the law does not settle counts against it, for example California
     * postage counted inside the $0.25 a page of Health &amp; Safety Code 123110, which names no postage
     * (the law book marks it UNCONFIRMED). An invoice may be issued; the finding says it is unconfirmed.
     */
    UNCONFIRMED_LIMIT(true),
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

package io.github.medrecords.core.practice;

/**
 * A practice's own policies where the law leaves a choice.
 *
 * <p>A policy may add a step but never changes the legal basis of a request, its fee rules or its
 * deadline clock. Immutable and thread-safe.
 *
 * @param requireOwnAuthorizationForm  whether the practice asks for its own authorization form on
 *        every request, including a patient's own request that by law needs none (R3.7); off by
 *        default, because requiring it must not delay access (R1.7) and a missing form would
 *        otherwise hold up a request the law says must go ahead
 * @param handOffThirdPartyRequests  whether requests by third parties go to an outside
 *        release-of-information company, as the seed practice's do
 * @param maximumCopiesPerSelection  the most copies of one selection a requester may ask for, 1 to 10
 * @param invoiceWithoutCostBasis  whether the practice invoices a price that is lawful only with a documented
 *        cost basis its price list does not record (for example images at the cost of materials, R5.4, or an
 *        electronic copy above HIPAA's $6.50 flat fee, R2.3/R2.4); off by default, so such an invoice is
 *        refused with {@link io.github.medrecords.core.fee.CostBasisRequiredException} until the cost basis is
 *        recorded; when on, the request's history says the invoice was issued without it
 */
public record PracticePolicies(
        boolean requireOwnAuthorizationForm,
        boolean handOffThirdPartyRequests,
        int maximumCopiesPerSelection,
        boolean invoiceWithoutCostBasis) {

    /** The most copies any practice may allow per selection. */
    public static final int COPIES_LIMIT = 10;

    /**
     * Validates the policies.
     *
     * @throws IllegalArgumentException if the copies maximum is outside 1 to {@value #COPIES_LIMIT}
     */
    public PracticePolicies {
        if (maximumCopiesPerSelection < 1 || maximumCopiesPerSelection > COPIES_LIMIT) {
            throw new IllegalArgumentException("Maximum copies per selection " + maximumCopiesPerSelection
                    + " is outside 1-" + COPIES_LIMIT);
        }
    }

    /**
     * Creates policies that refuse to invoice a price without its documented cost basis.
     *
     * @param requireOwnAuthorizationForm  whether the practice's own authorization form is required
     * @param handOffThirdPartyRequests  whether third parties' requests go to an outside company
     * @param maximumCopiesPerSelection  the most copies per selection, 1 to {@value #COPIES_LIMIT}
     * @throws IllegalArgumentException if the copies maximum is out of range
     */
    public PracticePolicies(boolean requireOwnAuthorizationForm, boolean handOffThirdPartyRequests,
            int maximumCopiesPerSelection) {
        this(requireOwnAuthorizationForm, handOffThirdPartyRequests, maximumCopiesPerSelection, false);
    }

    /**
     * Returns the defaults: no own authorization form, no hand-off, up to 5 copies, no invoice without a
     * documented cost basis.
     *
     * @return the default policies, not null
     */
    public static PracticePolicies defaults() {
        return new PracticePolicies(false, false, 5, false);
    }

    /**
     * Returns a copy that does or does not require the practice's own authorization form.
     *
     * @param require  whether to require it
     * @return the changed policies, not null
     */
    public PracticePolicies withRequireOwnAuthorizationForm(boolean require) {
        return new PracticePolicies(require, handOffThirdPartyRequests, maximumCopiesPerSelection,
                invoiceWithoutCostBasis);
    }

    /**
     * Returns a copy that does or does not hand third-party requests to an outside company.
     *
     * @param handOff  whether to hand them off
     * @return the changed policies, not null
     */
    public PracticePolicies withHandOffThirdPartyRequests(boolean handOff) {
        return new PracticePolicies(requireOwnAuthorizationForm, handOff, maximumCopiesPerSelection,
                invoiceWithoutCostBasis);
    }

    /**
     * Returns a copy with another copies maximum.
     *
     * @param maximum  the most copies per selection, 1 to {@value #COPIES_LIMIT}
     * @return the changed policies, not null
     * @throws IllegalArgumentException if the maximum is out of range
     */
    public PracticePolicies withMaximumCopiesPerSelection(int maximum) {
        return new PracticePolicies(requireOwnAuthorizationForm, handOffThirdPartyRequests, maximum,
                invoiceWithoutCostBasis);
    }

    /**
     * Returns a copy that does or does not invoice a price whose documented cost basis the price list does not
     * record.
     *
     * @param invoice  whether to invoice such prices
     * @return the changed policies, not null
     */
    public PracticePolicies withInvoiceWithoutCostBasis(boolean invoice) {
        return new PracticePolicies(requireOwnAuthorizationForm, handOffThirdPartyRequests, maximumCopiesPerSelection,
                invoice);
    }
}

package io.github.medrecords.core.fee;

/**
 * What a price is for, where the law treats charges differently: search and retrieval (never for an
 * individual's own copies, R2.2; inside Connecticut's $0.65 a page, R5.2), clerical labour (capped by the
 * hour in California, Evidence Code 1158), certification, sales tax, and the services a requester asks for
 * (expedited shipping, pick-up in person, inspection, an agreed summary). Everything else is
 * {@link #COPYING}.
 */
public enum ChargeKind {
    /** Copying, its supplies and first-class postage, and any charge that is none of the others. */
    COPYING(false),
    /** Searching for and retrieving the records: not chargeable for an individual's access (R2.2). */
    SEARCH_AND_RETRIEVAL(false),
    /** Clerical labour, usually by the hour in increments (Cal. Evidence Code 1158: at most $16 an hour). */
    CLERICAL(false),
    /** Certifying the copy or an affidavit of the custodian, charged when the requester asks for one. */
    CERTIFICATION(true),
    /** Sales tax, a rate on named charges. */
    SALES_TAX(false),
    /** Shipping faster than first-class mail, charged when the requester asks for it. */
    EXPEDITED_SHIPPING(true),
    /** Picking the copies up in person, charged when the requester chooses it. */
    PICK_UP(true),
    /** Inspecting the records without copies: free for an individual (R2.2). */
    INSPECTION(true),
    /** A summary or explanation instead of copies, with its fee agreed in advance by the individual (R1.13). */
    SUMMARY(true);

    private final boolean onRequest;

    ChargeKind(boolean onRequest) {
        this.onRequest = onRequest;
    }

    /**
     * Tells whether the charge applies only when the requester asks for the service
     * ({@link FeeContext#asked()}): certification, expedited shipping, pick-up, inspection and an agreed
     * summary.
     *
     * @return true for a service asked for
     */
    public boolean isOnRequest() {
        return onRequest;
    }
}

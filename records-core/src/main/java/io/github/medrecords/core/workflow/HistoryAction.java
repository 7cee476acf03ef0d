package io.github.medrecords.core.workflow;

/**
 * What a line of a request's history records: one constant per kind of change, so that code asks the
 * history by type, never by comparing strings. Stores keep it by name.
 */
public enum HistoryAction {
    /** The request was submitted. */
    SUBMITTED,
    /** The patient asked again for records already asked for. */
    REPEAT_RECEIVED,
    /** An authorization was attached. */
    AUTHORIZATION_ATTACHED,
    /** The authorization was replaced by another. */
    AUTHORIZATION_REPLACED,
    /** The requester's identity and authority were verified. */
    IDENTITY_VERIFIED,
    /** What was copied was recorded and the quote computed. */
    FULFILMENT_RECORDED,
    /** An invoice was issued. */
    INVOICE_ISSUED,
    /**
     * An invoice was issued for a price that is lawful only with a documented cost basis the price list does
     * not record, because the practice's policy invoices such prices
     * ({@code PracticePolicies#invoiceWithoutCostBasis}); the detail names the legal and price rules.
     */
    INVOICE_ISSUED_WITHOUT_COST_BASIS,
    /** A payment was recorded. */
    PAID,
    /** The fee was waived. */
    FEE_WAIVED,
    /** What was paid beyond the final quote was refunded. */
    REFUNDED,
    /** The records were released. */
    RELEASED,
    /** Access was denied in whole. */
    DENIED,
    /** Access was denied in part. */
    PARTIALLY_DENIED,
    /** A review reversed the denial. */
    DENIAL_REVERSED,
    /** A review upheld the denial. */
    DENIAL_UPHELD,
    /** The deadline was extended. */
    EXTENDED,
    /** No records matched the request. */
    NO_RECORDS_FOUND,
    /** The request was cancelled. */
    CANCELLED,
    /** The authorization was withdrawn. */
    AUTHORIZATION_WITHDRAWN,
    /** The request was handed off to an outside company. */
    HANDED_OFF,
    /** The outside company reported progress. */
    HAND_OFF_PROGRESS,
    /** A sweep raised the due-soon alert. */
    DEADLINE_DUE_SOON,
    /** A sweep raised the overdue alert. */
    DEADLINE_OVERDUE;

    /**
     * Returns the history action of a deadline alert.
     *
     * @param alert  the alert, not null
     * @return the action, not null
     */
    public static HistoryAction of(DeadlineAlert alert) {
        return switch (alert) {
            case DUE_SOON -> DEADLINE_DUE_SOON;
            case OVERDUE -> DEADLINE_OVERDUE;
        };
    }
}

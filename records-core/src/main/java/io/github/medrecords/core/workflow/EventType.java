package io.github.medrecords.core.workflow;

/**
 * The kinds of domain event a request raises, one for every transition.
 */
public enum EventType {
    /** The request was received. */
    SUBMITTED(true),
    /** The request was linked to an open request of the same patient as a repeat. */
    LINKED_AS_REPEAT(false),
    /** The request waits for an authorization. */
    AUTHORIZATION_NEEDED(true),
    /** An authorization was attached or replaced. */
    AUTHORIZATION_ATTACHED(false),
    /** The requester's identity was verified. */
    IDENTITY_VERIFIED(false),
    /** Staff recorded what was copied; a quote follows. */
    FULFILMENT_RECORDED(false),
    /** An invoice was issued. */
    INVOICE_ISSUED(true),
    /** A payment was recorded. */
    PAID(true),
    /** The fee was waived. */
    FEE_WAIVED(true),
    /** An overpayment was refunded. */
    REFUNDED(true),
    /** Nothing stands between the request and its release. */
    READY_FOR_RELEASE(false),
    /** The records went out. */
    RELEASED(true),
    /** Access was denied in whole (R1.21). */
    DENIED(true),
    /** Access was denied in part; the rest still releases (R1.21). */
    PARTIALLY_DENIED(true),
    /** A review upheld the denial (R1.20). */
    DENIAL_UPHELD(true),
    /** A review reversed the denial (R1.20). */
    DENIAL_REVERSED(true),
    /** The deadline was extended once, with a written reason and a new date (R1.9). */
    EXTENDED(true),
    /** No records matching the request were found. */
    NO_RECORDS_FOUND(true),
    /** The requester cancelled the request. */
    CANCELLED(true),
    /** The authorization was revoked; no release not yet made will be made (R3.4). */
    AUTHORIZATION_WITHDRAWN(true),
    /** The request was handed off to an outside release-of-information company. */
    HANDED_OFF(true),
    /** The outside company reported progress. */
    HAND_OFF_PROGRESS(false),
    /** A deadline sweep found the request's working target near. */
    DUE_SOON(false),
    /** A deadline sweep found the request's binding legal date passed. */
    OVERDUE(false);

    private final boolean toldToRequester;

    EventType(boolean toldToRequester) {
        this.toldToRequester = toldToRequester;
    }

    /**
     * Tells whether the requester is notified of this event by default.
     *
     * @return true for events the requester hears about
     */
    public boolean toldToRequester() {
        return toldToRequester;
    }
}

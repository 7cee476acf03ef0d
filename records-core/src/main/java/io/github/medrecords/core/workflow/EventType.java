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
    RELEASED(true);

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

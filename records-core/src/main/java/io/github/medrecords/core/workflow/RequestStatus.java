package io.github.medrecords.core.workflow;

/**
 * Where a request stands. The legal clock runs from receipt in every open status.
 */
public enum RequestStatus {
    /** Received; an authorization the legal basis or the practice's policy needs is missing or defective. */
    AWAITING_AUTHORIZATION(true, "We are waiting for a signed authorization."),
    /** Received and being processed: staff find and copy the records. */
    IN_PROCESS(true, "We are preparing your records."),
    /** The copies are made and the fee is known; an invoice comes next. */
    QUOTED(true, "Your records are ready and we are preparing your invoice."),
    /** An invoice has been issued and awaits payment. */
    INVOICED(true, "Your invoice is ready for payment."),
    /** Everything the release needs is settled except the release itself. */
    READY_FOR_RELEASE(true, "Your records are about to be sent."),
    /** Handed to an outside release-of-information company; the legal clock keeps running. */
    HANDED_OFF(true, "A company that handles records requests for us is preparing your records."),
    /** The records have gone out. */
    RELEASED(false, "Your records have been sent."),
    /** Access was denied in whole (R1.17-R1.21); a review may reopen it. */
    DENIED(false, "We cannot provide the records you asked for; your notice explains why and what you can do."),
    /** No records matching the request were found. */
    NO_RECORDS(false, "We found no records matching your request."),
    /** The requester cancelled the request. */
    CANCELLED(false, "Your request was cancelled."),
    /** The authorization was revoked before the release, so nothing is released (R3.4). */
    WITHDRAWN(false, "The authorization was withdrawn, so we will not send the records.");

    private final boolean open;
    private final String plainWords;

    RequestStatus(boolean open, String plainWords) {
        this.open = open;
        this.plainWords = plainWords;
    }

    /**
     * Tells whether the request still needs work and its deadline still counts.
     *
     * @return true for open statuses
     */
    public boolean isOpen() {
        return open;
    }

    /**
     * Returns the status in words a requester understands.
     *
     * @return one sentence, not null
     */
    public String plainWords() {
        return plainWords;
    }
}

package io.github.medrecords.core.workflow;

import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.wording.NoticeBundle;

/**
 * Where a request stands. The legal clock runs from receipt in every open status.
 */
public enum RequestStatus {
    /** Received; an authorization the legal basis or the practice's policy needs is missing or defective. */
    AWAITING_AUTHORIZATION(true),
    /** Received and being processed: staff find and copy the records. */
    IN_PROCESS(true),
    /** The copies are made and the fee is known; an invoice comes next. */
    QUOTED(true),
    /** An invoice has been issued and awaits payment. */
    INVOICED(true),
    /** Everything the release needs is settled except the release itself. */
    READY_FOR_RELEASE(true),
    /** Handed to an outside release-of-information company; the legal clock keeps running. */
    HANDED_OFF(true),
    /** The records have gone out. */
    RELEASED(false),
    /** Access was denied in whole (R1.17-R1.21); a review may reopen it. */
    DENIED(false),
    /** No records matching the request were found. */
    NO_RECORDS(false),
    /** The requester cancelled the request. */
    CANCELLED(false),
    /** The authorization was revoked before the release, so nothing is released (R3.4). */
    WITHDRAWN(false);

    private final boolean open;

    RequestStatus(boolean open) {
        this.open = open;
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
     * Returns the status in plain English words a requester understands.
     *
     * @return one sentence, not null
     */
    public String plainWords() {
        return plainWords(Language.ENGLISH);
    }

    /**
     * Returns the status in words a requester understands, from the notice bundle's {@code status.<status>}.
     *
     * @param language  the requester's language, not null
     * @return one sentence, not null
     */
    public String plainWords(Language language) {
        return NoticeBundle.standard().text(language, "status." + name());
    }
}

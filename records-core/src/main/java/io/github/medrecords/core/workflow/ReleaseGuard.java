package io.github.medrecords.core.workflow;

/**
 * A condition that must hold at the instant of release, with the rule behind it.
 */
public enum ReleaseGuard {
    /** The request open and worked by the practice: not closed, not handed off to an outside company. */
    REQUEST_RELEASABLE("workflow", "The request is closed or worked by an outside company."),
    /** Identity and authority verified before any disclosure (R1.5). */
    IDENTITY_VERIFIED("R1.5", "The requester's identity has not been verified."),
    /** A valid authorization where the basis or the practice's policy needs one (R3.1). */
    AUTHORIZATION_PRESENT("R3.1", "The request needs an authorization and none is attached."),
    /** The authorization free of defects at the instant of release (R3.4). */
    AUTHORIZATION_VALID("R3.4", "The authorization is not valid now."),
    /** The authorization covers these records, this recipient and this purpose (R3.2). */
    AUTHORIZATION_COVERS("R3.2", "The authorization does not cover these records, this recipient or this purpose."),
    /** The copies made and the fee known. */
    FULFILLED("workflow", "The copies have not been recorded."),
    /** The fee paid, waived or zero (the practice's policy of payment before release). */
    FEE_SETTLED("practice policy", "The fee has not been paid or waived."),
    /** Delivery as requested, or a recorded reason why not (R1.12). */
    DELIVERY_AS_REQUESTED("R1.12", "The delivery differs from the request and no reason is recorded.");

    private final String ruleId;
    private final String description;

    ReleaseGuard(String ruleId, String description) {
        this.ruleId = ruleId;
        this.description = description;
    }

    /**
     * Returns the rule behind the guard.
     *
     * @return a law-book id or "practice policy", not null
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns what is wrong when the guard fails, in plain words.
     *
     * @return one sentence, not null
     */
    public String description() {
        return description;
    }
}

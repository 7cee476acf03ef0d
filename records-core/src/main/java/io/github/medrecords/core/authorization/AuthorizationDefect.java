package io.github.medrecords.core.authorization;

/**
 * A reason a HIPAA authorization is invalid (45 CFR 164.508(b)(2), (c); R3.2-R3.4), with the
 * rule it breaks and words a records office can show.
 */
public enum AuthorizationDefect {
    /** The expiration date has passed (R3.4(i)). */
    EXPIRED("R3.4", "The authorization has expired."),
    /** The expiration event is known to have occurred (R3.4(i)). */
    EXPIRATION_EVENT_OCCURRED("R3.4", "The event that ends the authorization has occurred."),
    /** The authorization is known to have been revoked (R3.4(iii)). */
    REVOKED("R3.4", "The authorization has been revoked."),
    /** No specific and meaningful description of the information (R3.2(i)). */
    MISSING_DESCRIPTION_OF_INFORMATION("R3.2", "It does not describe the information to be disclosed."),
    /** No name of who may disclose (R3.2(ii)). */
    MISSING_DISCLOSING_PARTY("R3.2", "It does not name who may disclose the information."),
    /** No recipient named (R3.2(iii)). */
    MISSING_RECIPIENT("R3.2", "It does not name who may receive the information."),
    /** No purpose stated (R3.2(iv)). */
    MISSING_PURPOSE("R3.2", "It does not state the purpose of the disclosure."),
    /** No expiration date or event (R3.2(v)). */
    MISSING_EXPIRATION("R3.2", "It has no expiration date or event."),
    /** Not signed (R3.2(vi)). */
    UNSIGNED("R3.2", "It is not signed."),
    /** Signed but not dated (R3.2(vi)). */
    UNDATED("R3.2", "The signature is not dated."),
    /** Signed by a personal representative without a description of their authority (R3.2(vi)). */
    MISSING_REPRESENTATIVE_AUTHORITY("R3.2",
            "It is signed by a representative but does not describe their authority to act for the patient."),
    /** No statement of the right to revoke and how (R3.3). */
    MISSING_RIGHT_TO_REVOKE_STATEMENT("R3.3", "It does not state the right to revoke it in writing."),
    /** No statement on whether treatment or payment may be conditioned on signing (R3.3). */
    MISSING_CONDITIONING_STATEMENT("R3.3",
            "It does not state whether treatment or payment may be conditioned on signing it."),
    /** No statement of the potential for redisclosure (R3.3). */
    MISSING_REDISCLOSURE_STATEMENT("R3.3",
            "It does not state that the recipient may redisclose the information."),
    /** Combined with another document where that is not allowed (R3.4(iv), R3.5). */
    COMPOUND("R3.4", "It is combined with another document in a way the law does not allow."),
    /** Treatment or payment was conditioned on signing it where that is not allowed (R3.4(iv)). */
    CONDITIONED("R3.4", "Treatment or payment was made conditional on signing it."),
    /** Contains material information known to be false (R3.4(v)). */
    KNOWN_FALSE("R3.4", "It contains information known to be false.");

    private final String ruleId;
    private final String description;

    AuthorizationDefect(String ruleId, String description) {
        this.ruleId = ruleId;
        this.description = description;
    }

    /**
     * Returns the law-book id of the rule the defect breaks.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the defect in plain words.
     *
     * @return one sentence, not null
     */
    public String description() {
        return description;
    }
}

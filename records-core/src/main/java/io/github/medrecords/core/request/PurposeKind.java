package io.github.medrecords.core.request;

/**
 * Why the records are wanted. Some purposes change the fee (a Social Security claim is free in
 * Connecticut with documentation, R5.5).
 */
public enum PurposeKind {
    /** "At the request of the individual", enough when the individual initiates (R3.2(iv)). */
    AT_REQUEST_OF_INDIVIDUAL(null),
    /** Continuing care by another provider. */
    CONTINUING_CARE(null),
    /** A claim or appeal under the Social Security Act (R5.5). */
    SOCIAL_SECURITY_CLAIM(DocumentKind.SOCIAL_SECURITY_CLAIM),
    /** A claim for another government benefit or program. */
    GOVERNMENT_BENEFIT_CLAIM(DocumentKind.GOVERNMENT_BENEFIT_CLAIM),
    /** A veterans' benefit claim. */
    VETERANS_BENEFIT_CLAIM(DocumentKind.VETERANS_BENEFIT_CLAIM),
    /** Legal proceedings or advice. */
    LEGAL,
    /** Insurance underwriting or a claim. */
    INSURANCE,
    /** Employment. */
    EMPLOYMENT,
    /** Another purpose, described in words. */
    OTHER;

    private final DocumentKind claimDocumentation;

    PurposeKind() {
        this(null);
    }

    PurposeKind(DocumentKind claimDocumentation) {
        this.claimDocumentation = claimDocumentation;
    }

    /**
     * Tells whether this purpose is a claim for a government benefit, which some states exempt from
     * fees when documented.
     *
     * @return true for Social Security, other government-benefit and veterans' claims
     */
    public boolean isBenefitClaim() {
        return claimDocumentation != null;
    }

    /**
     * Returns the document kind that documents a claim of this purpose, or null if none.
     *
     * @return the document kind, or null for purposes that are not claims
     */
    public DocumentKind claimDocumentation() {
        return claimDocumentation;
    }
}

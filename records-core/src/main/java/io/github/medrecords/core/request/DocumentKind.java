package io.github.medrecords.core.request;

/**
 * The kinds of document a requester attaches to prove authority or purpose.
 */
public enum DocumentKind {
    /** A birth certificate or custody order showing a parent's authority over a minor. */
    PROOF_OF_PARENTHOOD,
    /** Letters of guardianship or a court order appointing a guardian. */
    GUARDIANSHIP_ORDER,
    /** A health-care power of attorney or appointment of a health-care representative. */
    HEALTH_CARE_POWER_OF_ATTORNEY,
    /** Letters testamentary naming an executor. */
    LETTERS_TESTAMENTARY,
    /** Letters of administration naming an administrator. */
    LETTERS_OF_ADMINISTRATION,
    /** A death certificate. */
    DEATH_CERTIFICATE,
    /** Documentation of a claim or appeal under the Social Security Act (R5.5). */
    SOCIAL_SECURITY_CLAIM,
    /** Documentation of a claim for another government benefit or program. */
    GOVERNMENT_BENEFIT_CLAIM,
    /** Documentation of a veterans' benefit claim. */
    VETERANS_BENEFIT_CLAIM,
    /** A subpoena. */
    SUBPOENA,
    /** A court order. */
    COURT_ORDER,
    /** A copy of a photo identification. */
    PHOTO_ID,
    /** A signed HIPAA authorization. */
    SIGNED_AUTHORIZATION,
    /** Anything else. */
    OTHER
}

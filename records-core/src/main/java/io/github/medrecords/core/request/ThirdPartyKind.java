package io.github.medrecords.core.request;

/**
 * The kinds of third party that ask for a patient's records.
 */
public enum ThirdPartyKind {
    /** An attorney. */
    ATTORNEY,
    /** An insurer. */
    INSURER,
    /** An employer. */
    EMPLOYER,
    /** A government agency. */
    GOVERNMENT_AGENCY,
    /** Anyone else. */
    OTHER
}

package io.github.medrecords.core.authorization;

/**
 * A way an otherwise valid authorization fails to cover a particular release.
 */
public enum CoverageGap {
    /** It does not cover one or more of the record types being released. */
    RECORDS_NOT_COVERED,
    /** It covers the records only for other dates of care. */
    DATES_NOT_COVERED,
    /** It does not name the recipient of this release. */
    RECIPIENT_NOT_NAMED,
    /** It does not cover the purpose of this release. */
    PURPOSE_NOT_COVERED
}

package io.github.medrecords.core.fee;

/**
 * Which part of a request a price or a limit concerns.
 */
public enum ChargeScope {
    /** Copies of records other than medical images: charged when the request selects any. */
    RECORDS,
    /** Copies of medical images: charged when the request selects any imaging record type. */
    IMAGES,
    /** The request as a whole: always charged. */
    REQUEST
}

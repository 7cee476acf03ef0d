package io.github.medrecords.core.fee;

/**
 * The kinds of requester that published price lists name, mapped onto a request: an attorney and an insurer
 * are third parties of that kind ({@link io.github.medrecords.core.request.ThirdPartyKind}; an attorney's request
 * before suit is an attorney's); a physician the practice referred the patient to is a provider asking for
 * treatment; workers' compensation is a third party's request the host marks as such
 * ({@link FeeContext.Builder#workersCompensation}).
 */
public enum RequesterKind {
    /** An attorney: a third party of kind ATTORNEY, or an attorney's request before suit. */
    ATTORNEY,
    /** An insurer: a third party of kind INSURER. */
    INSURER,
    /** A physician the practice referred the patient to: a provider asking for treatment (continuing care). */
    REFERRED_PHYSICIAN,
    /** A workers' compensation carrier, employer or board: a third party's request marked as such. */
    WORKERS_COMPENSATION
}

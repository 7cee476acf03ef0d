package io.github.medrecords.testkit.intake;

/**
 * The kinds of valid submission {@link SubmissionGenerator} makes: every requester role, legal basis
 * and delivery method a practice's form can produce.
 */
public enum SubmissionShape {
    /** The patient, images by secure link. */
    PATIENT_SECURE_LINK,
    /** The patient, a CD by mail. */
    PATIENT_CD_BY_MAIL,
    /** The patient, paper by mail. */
    PATIENT_PAPER_BY_MAIL,
    /** The patient, portal download. */
    PATIENT_PORTAL,
    /** The patient, by fax. */
    PATIENT_FAX,
    /** The patient directs a copy to a named person (R1.15). */
    PATIENT_DIRECTIVE,
    /** A parent of a minor, with proof of authority (R1.2). */
    REPRESENTATIVE,
    /** A provider asking for continuing care, sent directly to its office (R3.8). */
    PROVIDER_CONTINUING_CARE,
    /** An attorney with the patient's authorization (R3.1). */
    ATTORNEY_AUTHORIZATION,
    /** A government agency with a subpoena. */
    COURT_ORDER
}

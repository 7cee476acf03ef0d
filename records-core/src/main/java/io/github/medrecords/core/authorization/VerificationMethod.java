package io.github.medrecords.core.authorization;

/**
 * How a requester's identity and authority were verified (R1.5). HIPAA prescribes no method; none
 * may create an unreasonable barrier, such as demanding an in-person visit (R1.6).
 */
public enum VerificationMethod {
    /** A photo ID checked in person. */
    PHOTO_ID_IN_PERSON,
    /** A copy of a photo ID sent with the request. */
    PHOTO_ID_COPY,
    /** The request came through the patient's authenticated portal account. */
    PATIENT_PORTAL_ACCOUNT,
    /** Questions only the patient could answer (date of birth, address, recent visit). */
    KNOWLEDGE_BASED_QUESTIONS,
    /** A call back to the phone number in the patient's record. */
    CALLBACK_TO_NUMBER_ON_FILE,
    /** The requester is known to the staff member. */
    KNOWN_TO_STAFF,
    /** A notarized signature. */
    NOTARIZED_SIGNATURE,
    /** A provider's credentials checked (NPI, office callback). */
    PROVIDER_CREDENTIALS,
    /** Documents proving a representative's or official's authority. */
    DOCUMENTS_OF_AUTHORITY
}

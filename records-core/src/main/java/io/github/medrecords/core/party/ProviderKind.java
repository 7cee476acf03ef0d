package io.github.medrecords.core.party;

/**
 * The kind of provider a practice is, where a state's law sets different fees or deadlines for each:
 * Connecticut's CGS 20-7c (providers) and 19a-490b (institutions), and Florida's, New Jersey's, Tennessee's,
 * Maine's and South Carolina's separate schedules.
 */
public enum ProviderKind {
    /** A physician's or other licensed practitioner's office (the default). */
    PHYSICIAN,
    /** A hospital or other licensed health-care institution or facility. */
    HOSPITAL
}

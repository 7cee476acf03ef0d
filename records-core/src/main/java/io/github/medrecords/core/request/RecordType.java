package io.github.medrecords.core.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of record in the designated record set (R1.3) a requester can select.
 *
 * <p>An open set: the constants are the kinds the seed practice's form offers plus billing
 * records and lab results; {@link #of(String, String, boolean)} defines more (a practice's
 * pathology slides, say). Two record types are equal when their codes are.
 * Immutable and thread-safe.
 */
public final class RecordType {

    /** The clinical visit summary, free in the patient portal. */
    public static final RecordType CLINICAL_VISIT_SUMMARY =
            new RecordType("CLINICAL_VISIT_SUMMARY", "Clinical visit summary", false);
    /** X-ray images. */
    public static final RecordType XRAY_IMAGES = new RecordType("XRAY_IMAGES", "X-ray images", true);
    /** MRI images. */
    public static final RecordType MRI_IMAGES = new RecordType("MRI_IMAGES", "MRI images", true);
    /** The radiologist's MRI report. */
    public static final RecordType MRI_REPORT = new RecordType("MRI_REPORT", "MRI report", false);
    /** Billing records (part of the designated record set, R1.3). */
    public static final RecordType BILLING_RECORDS = new RecordType("BILLING_RECORDS", "Billing records", false);
    /** Laboratory results. */
    public static final RecordType LAB_RESULTS = new RecordType("LAB_RESULTS", "Lab results", false);
    /** Other documents, described in the requester's words. */
    public static final RecordType OTHER_DOCUMENTS = new RecordType("OTHER_DOCUMENTS", "Other documents", false);

    /**
     * Psychotherapy notes kept apart from the rest of the record (45 CFR 164.501): outside the right of
     * access (R1.1), so a request for them may be denied on an unreviewable ground (R1.17,
     * {@code DenialGround.PSYCHOTHERAPY_NOTES}), and staff see them flagged.
     */
    public static final RecordType PSYCHOTHERAPY_NOTES =
            new RecordType("PSYCHOTHERAPY_NOTES", "Psychotherapy notes", false);

    private static final List<RecordType> WELL_KNOWN = List.of(CLINICAL_VISIT_SUMMARY, XRAY_IMAGES, MRI_IMAGES,
            MRI_REPORT, BILLING_RECORDS, LAB_RESULTS, OTHER_DOCUMENTS, PSYCHOTHERAPY_NOTES);

    private final String code;
    private final String label;
    private final boolean imaging;

    private RecordType(String code, String label, boolean imaging) {
        this.code = code;
        this.label = label;
        this.imaging = imaging;
    }

    /**
     * Defines a record type.
     *
     * @param code  upper-case letters, digits and underscores, 2 to 40 characters, not null
     * @param label  the name shown to requesters, not blank
     * @param imaging  whether the records are medical images (priced and delivered as images)
     * @return the record type, the well-known constant if the code is one; not null
     * @throws IllegalArgumentException if the code is malformed or the label blank
     */
    public static RecordType of(String code, String label, boolean imaging) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (!isCode(code)) {
            throw new IllegalArgumentException("Record type code '" + code
                    + "' must be 2-40 upper-case letters, digits or underscores");
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException("Record type " + code + " needs a label");
        }
        return wellKnown(code).orElseGet(() -> new RecordType(code, label.strip(), imaging));
    }

    /** {@code [A-Z][A-Z0-9_]{1,39}}, checked without a regular expression: codes are read per stored line. */
    private static boolean isCode(String code) {
        int length = code.length();
        if (length < 2 || length > 40 || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = code.charAt(i);
            if ((c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds a well-known record type by its code.
     *
     * @param code  the code, not null
     * @return the record type, or empty if the code is not one of the constants
     */
    public static Optional<RecordType> wellKnown(String code) {
        Objects.requireNonNull(code, "code");
        for (RecordType type : WELL_KNOWN) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the well-known record types, in the order a form lists them.
     *
     * @return an unmodifiable list, not null
     */
    public static List<RecordType> wellKnownTypes() {
        return WELL_KNOWN;
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name shown to requesters.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Tells whether the records are medical images.
     *
     * @return true for images
     */
    public boolean isImaging() {
        return imaging;
    }

    /**
     * Tells whether a selection of this type must describe the records in words.
     *
     * @return true for {@link #OTHER_DOCUMENTS}
     */
    public boolean needsDescription() {
        return this.equals(OTHER_DOCUMENTS);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RecordType other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}

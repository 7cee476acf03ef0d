package io.github.medrecords.core.workflow;

import java.util.Objects;

/**
 * A licensed health-care professional who determines a reviewable denial (R1.18) or reviews one
 * (R1.20): the staff directory's identifier, the name the notice gives, and the licence.
 *
 * <p>This is the practice's staff member, not patient data. Two professionals are the same person
 * when their identifiers are equal. Immutable and thread-safe.
 *
 * @param id  the staff directory's identifier, not blank
 * @param name  the name the notice gives, not blank
 * @param licence  the licence, for example "MD, CT 041233", not blank
 */
public record LicensedProfessional(String id, String name, String licence) {

    /**
     * Validates the professional.
     *
     * @throws IllegalArgumentException if a part is blank
     */
    public LicensedProfessional {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(licence, "licence");
        if (id.isBlank() || name.isBlank() || licence.isBlank()) {
            throw new IllegalArgumentException("A licensed professional needs an identifier, a name and a licence");
        }
    }

    /**
     * Obtains a licensed professional.
     *
     * @param id  the staff directory's identifier, not blank
     * @param name  the name the notice gives, not blank
     * @param licence  the licence, not blank
     * @return the professional, not null
     * @throws IllegalArgumentException if a part is blank
     */
    public static LicensedProfessional of(String id, String name, String licence) {
        return new LicensedProfessional(id, name, licence);
    }

    /**
     * Tells whether this is the same person as another professional.
     *
     * @param other  the other professional, not null
     * @return true if the identifiers are equal
     */
    public boolean isSamePersonAs(LicensedProfessional other) {
        return id.equals(other.id());
    }
}

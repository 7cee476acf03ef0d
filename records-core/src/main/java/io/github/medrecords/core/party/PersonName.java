package io.github.medrecords.core.party;

import java.util.Objects;

/**
 * A person's given and family name.
 *
 * <p>Protected health information when it is a patient's: {@link #toString()} reveals none of it.
 * Immutable and thread-safe.
 */
public final class PersonName {

    private final String given;
    private final String family;

    private PersonName(String given, String family) {
        this.given = given;
        this.family = family;
    }

    /**
     * Obtains a name.
     *
     * @param given  the given name, not blank
     * @param family  the family name, not blank
     * @return the name, not null
     * @throws IllegalArgumentException if either part is blank or over 100 characters
     */
    public static PersonName of(String given, String family) {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(family, "family");
        if (given.isBlank() || family.isBlank()) {
            throw new IllegalArgumentException("A name needs a given and a family name");
        }
        if (given.strip().length() > 100 || family.strip().length() > 100) {
            throw new IllegalArgumentException("A name part is longer than 100 characters");
        }
        return new PersonName(given.strip(), family.strip());
    }

    /**
     * Returns the given name.
     *
     * @return the given name, not null
     */
    public String given() {
        return given;
    }

    /**
     * Returns the family name.
     *
     * @return the family name, not null
     */
    public String family() {
        return family;
    }

    /**
     * Returns the name as "given family".
     *
     * @return the full name, not null
     */
    public String fullName() {
        return given + " " + family;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PersonName o && given.equals(o.given) && family.equals(o.family);
    }

    @Override
    public int hashCode() {
        return Objects.hash(given, family);
    }

    /**
     * Returns a redacted form that reveals nothing of the name.
     *
     * @return {@code PersonName[redacted]}
     */
    @Override
    public String toString() {
        return "PersonName[redacted]";
    }
}

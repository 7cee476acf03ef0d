package io.github.medrecords.core.party;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A US postal address.
 *
 * <p>Protected health information when it is a patient's: {@link #toString()} reveals none of it.
 * Immutable and thread-safe.
 */
public final class PostalAddress {

    /** A ZIP code: five digits, optionally a dash and four more. */
    public static final String ZIP_PATTERN = "\\d{5}(-\\d{4})?";

    private static final Pattern ZIP = Pattern.compile(ZIP_PATTERN);

    private final String line1;
    private final String line2;
    private final String city;
    private final UsState state;
    private final String zip;

    private PostalAddress(String line1, String line2, String city, UsState state, String zip) {
        this.line1 = line1;
        this.line2 = line2;
        this.city = city;
        this.state = state;
        this.zip = zip;
    }

    /**
     * Obtains an address.
     *
     * @param line1  street and number, not blank
     * @param line2  apartment, suite or similar, may be null or blank
     * @param city  the city, not blank
     * @param state  the state, not null
     * @param zip  the ZIP code, five digits or ZIP+4, not null
     * @return the address, not null
     * @throws IllegalArgumentException if a part is blank or the ZIP code is malformed
     */
    public static PostalAddress of(String line1, String line2, String city, UsState state, String zip) {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(zip, "zip");
        if (line1.isBlank() || city.isBlank()) {
            throw new IllegalArgumentException("Address needs a street line and a city");
        }
        if (!ZIP.matcher(zip.strip()).matches()) {
            throw new IllegalArgumentException("ZIP code must be five digits or ZIP+4");
        }
        String second = line2 == null || line2.isBlank() ? null : line2.strip();
        return new PostalAddress(line1.strip(), second, city.strip(), state, zip.strip());
    }

    /**
     * Returns the street line.
     *
     * @return the first line, not null
     */
    public String line1() {
        return line1;
    }

    /**
     * Returns the second line, if any.
     *
     * @return the second line, not null
     */
    public Optional<String> line2() {
        return Optional.ofNullable(line2);
    }

    /**
     * Returns the city.
     *
     * @return the city, not null
     */
    public String city() {
        return city;
    }

    /**
     * Returns the state.
     *
     * @return the state, not null
     */
    public UsState state() {
        return state;
    }

    /**
     * Returns the ZIP code.
     *
     * @return the ZIP code, not null
     */
    public String zip() {
        return zip;
    }

    /**
     * Returns the address on one line, as a disclosure log or a letter's header writes it, for example
     * {@code 12 Elm Street, Apt 4, Hartford, CT 06103}. This is patient data: never log it.
     *
     * @return the address on one line, not null
     */
    public String oneLine() {
        return line1 + (line2 == null ? "" : ", " + line2) + ", " + city + ", " + state + " " + zip;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PostalAddress o && line1.equals(o.line1) && Objects.equals(line2, o.line2)
                && city.equals(o.city) && state == o.state && zip.equals(o.zip);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line1, line2, city, state, zip);
    }

    /**
     * Returns a redacted form that reveals nothing of the address.
     *
     * @return {@code PostalAddress[redacted]}
     */
    @Override
    public String toString() {
        return "PostalAddress[redacted]";
    }
}

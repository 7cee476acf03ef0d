package io.github.medrecords.core.request;

import io.github.medrecords.core.party.PhoneNumber;
import io.github.medrecords.core.party.PostalAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A health-care provider's office or facility that receives copies directly.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProviderRecipient {

    /** A National Provider Identifier: ten digits. */
    public static final String NPI_PATTERN = "\\d{10}";

    private static final Pattern NPI = Pattern.compile(NPI_PATTERN);

    private final String name;
    private final String npi;
    private final PostalAddress address;
    private final PhoneNumber fax;

    private ProviderRecipient(String name, String npi, PostalAddress address, PhoneNumber fax) {
        this.name = name;
        this.npi = npi;
        this.address = address;
        this.fax = fax;
    }

    /**
     * Obtains a provider recipient.
     *
     * @param name  the provider's or facility's name, not blank
     * @param npi  the ten-digit NPI, may be null
     * @param address  the office address, not null
     * @param fax  the office fax, may be null
     * @return the recipient, not null
     * @throws IllegalArgumentException if the name is blank or the NPI malformed
     */
    public static ProviderRecipient of(String name, String npi, PostalAddress address, PhoneNumber fax) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Provider recipient needs a name");
        }
        String id = npi == null || npi.isBlank() ? null : npi.strip();
        if (id != null && !NPI.matcher(id).matches()) {
            throw new IllegalArgumentException("NPI must be ten digits");
        }
        return new ProviderRecipient(name.strip(), id, address, fax);
    }

    /**
     * Returns the provider's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the NPI.
     *
     * @return the NPI, empty if not given
     */
    public Optional<String> npi() {
        return Optional.ofNullable(npi);
    }

    /**
     * Returns the office address.
     *
     * @return the address, not null
     */
    public PostalAddress address() {
        return address;
    }

    /**
     * Returns the office fax.
     *
     * @return the fax, empty if not given
     */
    public Optional<PhoneNumber> fax() {
        return Optional.ofNullable(fax);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ProviderRecipient o && name.equals(o.name) && Objects.equals(npi, o.npi)
                && address.equals(o.address) && Objects.equals(fax, o.fax);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, npi, address, fax);
    }

    /**
     * Returns a form that names no one: the recipient together with the request could identify the patient's care.
     *
     * @return {@code ProviderRecipient[redacted]}
     */
    @Override
    public String toString() {
        return "ProviderRecipient[redacted]";
    }
}

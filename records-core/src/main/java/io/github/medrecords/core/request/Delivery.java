package io.github.medrecords.core.request;

import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.PhoneNumber;
import io.github.medrecords.core.party.PostalAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * How copies are delivered and where to: a method and the one {@link Destination} it needs.
 *
 * <p>Built through one factory per method, so an instance that exists has its destination, and the
 * destination's type says which it is. Destinations are protected health information: {@link #toString()}
 * shows only the method, and so does every destination's. Immutable and thread-safe.
 */
public final class Delivery {

    /**
     * Where copies go: one type per kind of destination, each holding exactly what it needs.
     */
    public sealed interface Destination {

        /**
         * Returns where the copies go, on one line, as the accounting of disclosures lists it (R4.3): an
         * address, a fax number or an email address. This is patient data: never log it.
         *
         * @return the destination on one line, empty where the copies stay in the practice's own systems
         */
        Optional<String> oneLine();
    }

    /** The patient portal: the copies stay in the practice's systems for the patient to download. */
    public record Portal() implements Destination {
        @Override
        public Optional<String> oneLine() {
            return Optional.empty();
        }
    }

    /**
     * An email address a secure link is sent to.
     *
     * @param email  the address, not null
     */
    public record SecureLink(EmailAddress email) implements Destination {
        /** Validates the address. */
        public SecureLink {
            Objects.requireNonNull(email, "email");
        }

        @Override
        public Optional<String> oneLine() {
            return Optional.of(email.value());
        }

        @Override
        public String toString() {
            return "SecureLink[redacted]";
        }
    }

    /**
     * A postal address a CD or paper copies are mailed to.
     *
     * @param address  the address, not null
     */
    public record ByMail(PostalAddress address) implements Destination {
        /** Validates the address. */
        public ByMail {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public Optional<String> oneLine() {
            return Optional.of(address.oneLine());
        }

        @Override
        public String toString() {
            return "ByMail[redacted]";
        }
    }

    /**
     * A fax number.
     *
     * @param number  the number, not null
     */
    public record Fax(PhoneNumber number) implements Destination {
        /** Validates the number. */
        public Fax {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public Optional<String> oneLine() {
            return Optional.of("fax " + number.formatted());
        }

        @Override
        public String toString() {
            return "Fax[redacted]";
        }
    }

    /**
     * A health-care provider's office that receives the copies directly.
     *
     * @param provider  the office, not null
     */
    public record ToProvider(ProviderRecipient provider) implements Destination {
        /** Validates the office. */
        public ToProvider {
            Objects.requireNonNull(provider, "provider");
        }

        @Override
        public Optional<String> oneLine() {
            return Optional.of(provider.address().oneLine());
        }

        @Override
        public String toString() {
            return "ToProvider[redacted]";
        }
    }

    /**
     * The app a patient connected to the practice's patient-access API, by its client id.
     *
     * @param clientId  the app's client id as the practice's API registered it, not blank
     */
    public record PatientApp(String clientId) implements Destination {
        /**
         * Validates the client id.
         *
         * @throws IllegalArgumentException if it is not 1-200 letters, digits, dots, dashes, underscores or
         *     colons
         */
        public PatientApp {
            Objects.requireNonNull(clientId, "clientId");
            if (!clientId.matches(CLIENT_ID)) {
                throw new IllegalArgumentException("An app's client id is 1-200 letters, digits, '.', '-', '_' or ':'");
            }
        }

        @Override
        public Optional<String> oneLine() {
            return Optional.of("app " + clientId);
        }
    }

    /** The client ids a patient's app may have: 1-200 letters, digits, dots, dashes, underscores or colons. */
    public static final String CLIENT_ID = "[A-Za-z0-9._:-]{1,200}";

    private static final Delivery PORTAL = new Delivery(DeliveryMethod.PORTAL_DOWNLOAD, new Portal());

    private final DeliveryMethod method;
    private final Destination destination;

    private Delivery(DeliveryMethod method, Destination destination) {
        this.method = method;
        this.destination = destination;
    }

    /**
     * Download from the patient portal.
     *
     * @return the delivery, not null
     */
    public static Delivery portalDownload() {
        return PORTAL;
    }

    /**
     * A secure link sent by email.
     *
     * @param email  where to send the link, not null
     * @return the delivery, not null
     */
    public static Delivery secureLink(EmailAddress email) {
        return new Delivery(DeliveryMethod.SECURE_LINK, new SecureLink(email));
    }

    /**
     * A CD sent by US mail.
     *
     * @param address  where to mail it, not null
     * @return the delivery, not null
     */
    public static Delivery cdByMail(PostalAddress address) {
        return new Delivery(DeliveryMethod.CD_BY_MAIL, new ByMail(address));
    }

    /**
     * Paper copies sent by US mail.
     *
     * @param address  where to mail them, not null
     * @return the delivery, not null
     */
    public static Delivery paperByMail(PostalAddress address) {
        return new Delivery(DeliveryMethod.PAPER_BY_MAIL, new ByMail(address));
    }

    /**
     * A fax.
     *
     * @param faxNumber  where to fax, not null
     * @return the delivery, not null
     */
    public static Delivery fax(PhoneNumber faxNumber) {
        return new Delivery(DeliveryMethod.FAX, new Fax(faxNumber));
    }

    /**
     * Copies sent directly to a provider's office.
     *
     * @param provider  the office, not null
     * @return the delivery, not null
     */
    public static Delivery directToProvider(ProviderRecipient provider) {
        return new Delivery(DeliveryMethod.DIRECT_TO_PROVIDER, new ToProvider(provider));
    }

    /**
     * Sent to the app the patient connected to the practice's patient-access API.
     *
     * @param clientId  the app's client id, not blank
     * @return the delivery, not null
     * @throws IllegalArgumentException if the client id is not one an API registers
     */
    public static Delivery patientApp(String clientId) {
        return new Delivery(DeliveryMethod.PATIENT_APP, new PatientApp(clientId));
    }

    /**
     * Returns the method.
     *
     * @return the method, not null
     */
    public DeliveryMethod method() {
        return method;
    }

    /**
     * Returns where the copies go; its type says which kind of destination it is.
     *
     * @return the destination, not null
     */
    public Destination destination() {
        return destination;
    }

    /**
     * Returns the email address a secure link goes to.
     *
     * @return the address, empty unless the method is a secure link
     */
    public Optional<EmailAddress> email() {
        return destination instanceof SecureLink d ? Optional.of(d.email()) : Optional.empty();
    }

    /**
     * Returns the postal address copies are mailed to.
     *
     * @return the address, empty unless the copies are mailed
     */
    public Optional<PostalAddress> postalAddress() {
        return destination instanceof ByMail d ? Optional.of(d.address()) : Optional.empty();
    }

    /**
     * Returns the fax number.
     *
     * @return the number, empty unless the copies are faxed
     */
    public Optional<PhoneNumber> faxNumber() {
        return destination instanceof Fax d ? Optional.of(d.number()) : Optional.empty();
    }

    /**
     * Returns the provider's office that receives the copies.
     *
     * @return the office, empty unless the copies go directly to a provider
     */
    public Optional<ProviderRecipient> provider() {
        return destination instanceof ToProvider d ? Optional.of(d.provider()) : Optional.empty();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Delivery o && method == o.method && destination.equals(o.destination);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, destination);
    }

    @Override
    public String toString() {
        return "Delivery[" + method + "]";
    }
}

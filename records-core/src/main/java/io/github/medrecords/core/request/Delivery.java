package io.github.medrecords.core.request;

import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.PhoneNumber;
import io.github.medrecords.core.party.PostalAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * How copies are delivered and where to: each method with exactly the destination it needs.
 *
 * <p>Built through one factory per method, so an instance that exists has its destination.
 * Destinations are protected health information: {@link #toString()} shows only the method.
 * Immutable and thread-safe.
 */
public final class Delivery {

    private static final Delivery PORTAL = new Delivery(DeliveryMethod.PORTAL_DOWNLOAD, null, null, null, null);

    private final DeliveryMethod method;
    private final EmailAddress email;
    private final PostalAddress postalAddress;
    private final PhoneNumber faxNumber;
    private final ProviderRecipient provider;

    private Delivery(DeliveryMethod method, EmailAddress email, PostalAddress postalAddress, PhoneNumber faxNumber,
            ProviderRecipient provider) {
        this.method = method;
        this.email = email;
        this.postalAddress = postalAddress;
        this.faxNumber = faxNumber;
        this.provider = provider;
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
        return new Delivery(DeliveryMethod.SECURE_LINK, Objects.requireNonNull(email, "email"), null, null, null);
    }

    /**
     * A CD sent by US mail.
     *
     * @param address  where to mail it, not null
     * @return the delivery, not null
     */
    public static Delivery cdByMail(PostalAddress address) {
        return new Delivery(DeliveryMethod.CD_BY_MAIL, null, Objects.requireNonNull(address, "address"), null, null);
    }

    /**
     * Paper copies sent by US mail.
     *
     * @param address  where to mail them, not null
     * @return the delivery, not null
     */
    public static Delivery paperByMail(PostalAddress address) {
        return new Delivery(DeliveryMethod.PAPER_BY_MAIL, null, Objects.requireNonNull(address, "address"), null, null);
    }

    /**
     * A fax.
     *
     * @param faxNumber  where to fax, not null
     * @return the delivery, not null
     */
    public static Delivery fax(PhoneNumber faxNumber) {
        return new Delivery(DeliveryMethod.FAX, null, null, Objects.requireNonNull(faxNumber, "faxNumber"), null);
    }

    /**
     * Straight to another provider's office.
     *
     * @param provider  the receiving provider, not null
     * @return the delivery, not null
     */
    public static Delivery directToProvider(ProviderRecipient provider) {
        return new Delivery(DeliveryMethod.DIRECT_TO_PROVIDER, null, null, null,
                Objects.requireNonNull(provider, "provider"));
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
     * Returns the email address of a secure link.
     *
     * @return the address, present only for {@link DeliveryMethod#SECURE_LINK}
     */
    public Optional<EmailAddress> email() {
        return Optional.ofNullable(email);
    }

    /**
     * Returns the postal address of a mailed delivery.
     *
     * @return the address, present only for mailed methods
     */
    public Optional<PostalAddress> postalAddress() {
        return Optional.ofNullable(postalAddress);
    }

    /**
     * Returns the fax number of a fax delivery.
     *
     * @return the fax number, present only for {@link DeliveryMethod#FAX}
     */
    public Optional<PhoneNumber> faxNumber() {
        return Optional.ofNullable(faxNumber);
    }

    /**
     * Returns the receiving provider of a direct delivery.
     *
     * @return the provider, present only for {@link DeliveryMethod#DIRECT_TO_PROVIDER}
     */
    public Optional<ProviderRecipient> provider() {
        return Optional.ofNullable(provider);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Delivery o && method == o.method && Objects.equals(email, o.email)
                && Objects.equals(postalAddress, o.postalAddress) && Objects.equals(faxNumber, o.faxNumber)
                && Objects.equals(provider, o.provider);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, email, postalAddress, faxNumber, provider);
    }

    @Override
    public String toString() {
        return "Delivery[" + method + "]";
    }
}

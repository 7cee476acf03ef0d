package io.github.medrecords.core.request;

import io.github.medrecords.core.party.ContactDetails;
import java.util.Objects;
import java.util.Optional;

/**
 * Who asks: a role, and for anyone but the patient a name, the kind of representative or third
 * party, an organization and contact details.
 *
 * <p>The requester's identity can reveal the patient's: {@link #toString()} shows only the role
 * and kind. Immutable and thread-safe.
 */
public final class Requester {

    private static final Requester PATIENT =
            new Requester(RequesterRole.PATIENT, null, null, null, null, ContactDetails.none());

    private final RequesterRole role;
    private final String name;
    private final String organization;
    private final RepresentativeKind representativeKind;
    private final ThirdPartyKind thirdPartyKind;
    private final ContactDetails contact;

    private Requester(RequesterRole role, String name, String organization, RepresentativeKind representativeKind,
            ThirdPartyKind thirdPartyKind, ContactDetails contact) {
        this.role = role;
        this.name = name;
        this.organization = organization;
        this.representativeKind = representativeKind;
        this.thirdPartyKind = thirdPartyKind;
        this.contact = contact;
    }

    /**
     * The patient, asking for their own records; their identity and contact are the patient's.
     *
     * @return the requester, not null
     */
    public static Requester patient() {
        return PATIENT;
    }

    /**
     * A personal representative (R1.2).
     *
     * @param kind  the kind of representative, not null
     * @param name  the representative's name, not blank
     * @param contact  how to reach them, not null
     * @return the requester, not null
     */
    public static Requester personalRepresentative(RepresentativeKind kind, String name, ContactDetails contact) {
        Objects.requireNonNull(kind, "kind");
        return new Requester(RequesterRole.PERSONAL_REPRESENTATIVE, requireName(name), null, kind, null,
                Objects.requireNonNull(contact, "contact"));
    }

    /**
     * A health-care provider asking for continuing care.
     *
     * @param name  the person asking, not blank
     * @param organization  the provider's office or facility, not blank
     * @param contact  how to reach them, not null
     * @return the requester, not null
     */
    public static Requester provider(String name, String organization, ContactDetails contact) {
        return new Requester(RequesterRole.PROVIDER, requireName(name), requireOrganization(organization), null,
                null, Objects.requireNonNull(contact, "contact"));
    }

    /**
     * A third party.
     *
     * @param kind  the kind of third party, not null
     * @param name  the person asking, not blank
     * @param organization  their firm or agency, may be null
     * @param contact  how to reach them, not null
     * @return the requester, not null
     */
    public static Requester thirdParty(ThirdPartyKind kind, String name, String organization, ContactDetails contact) {
        Objects.requireNonNull(kind, "kind");
        String org = organization == null || organization.isBlank() ? null : organization.strip();
        return new Requester(RequesterRole.THIRD_PARTY, requireName(name), org, null, kind,
                Objects.requireNonNull(contact, "contact"));
    }

    private static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Requester needs a name");
        }
        return name.strip();
    }

    private static String requireOrganization(String organization) {
        Objects.requireNonNull(organization, "organization");
        if (organization.isBlank()) {
            throw new IllegalArgumentException("Provider requester needs an organization");
        }
        return organization.strip();
    }

    /**
     * Returns the role.
     *
     * @return the role, not null
     */
    public RequesterRole role() {
        return role;
    }

    /**
     * Returns the requester's name; empty for the patient, whose name is in the patient identity.
     *
     * @return the name
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * Returns the requester's organization.
     *
     * @return the organization, empty if none
     */
    public Optional<String> organization() {
        return Optional.ofNullable(organization);
    }

    /**
     * Returns the kind of personal representative.
     *
     * @return the kind, present only for {@link RequesterRole#PERSONAL_REPRESENTATIVE}
     */
    public Optional<RepresentativeKind> representativeKind() {
        return Optional.ofNullable(representativeKind);
    }

    /**
     * Returns the kind of third party.
     *
     * @return the kind, present only for {@link RequesterRole#THIRD_PARTY}
     */
    public Optional<ThirdPartyKind> thirdPartyKind() {
        return Optional.ofNullable(thirdPartyKind);
    }

    /**
     * Returns how to reach the requester; empty details for the patient, whose contact is in the patient identity.
     *
     * @return the contact details, not null
     */
    public ContactDetails contact() {
        return contact;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Requester o && role == o.role && Objects.equals(name, o.name)
                && Objects.equals(organization, o.organization) && representativeKind == o.representativeKind
                && thirdPartyKind == o.thirdPartyKind && contact.equals(o.contact);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, name, organization, representativeKind, thirdPartyKind, contact);
    }

    @Override
    public String toString() {
        String kind = representativeKind != null ? ", " + representativeKind
                : thirdPartyKind != null ? ", " + thirdPartyKind : "";
        return "Requester[" + role + kind + "]";
    }
}

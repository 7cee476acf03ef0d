package io.github.medrecords.core.authorization;

import io.github.medrecords.core.request.DateRange;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A HIPAA authorization as a records office receives it: the core elements and required statements
 * of 45 CFR 164.508(c) (R3.2, R3.3), what it covers, and what is known about it since (revocation,
 * the expiration event).
 *
 * <p>An authorization is a document someone hands in, so it may be incomplete: the type holds what
 * the document says and {@link #defects(ZonedDateTime)} lists every reason it is invalid at an
 * instant (R3.4). {@link #covers} says whether a valid one covers a particular release.
 *
 * <p>{@link #toString()} reveals no names or dates. Immutable and thread-safe.
 */
public final class Authorization {

    private final String informationDescription;
    private final Set<RecordType> coveredRecordTypes;
    private final DateRange coveredDates;
    private final String disclosingParty;
    private final List<String> recipients;
    private final Set<PurposeKind> purposes;
    private final Expiration expiration;
    private final String signerName;
    private final LocalDate signedOn;
    private final boolean signedByRepresentative;
    private final String representativeAuthority;
    private final boolean rightToRevokeStatement;
    private final boolean conditioningStatement;
    private final boolean redisclosureStatement;
    private final boolean compound;
    private final boolean conditioned;
    private final boolean knownFalse;
    private final Instant revokedAt;
    private final Instant expirationEventOccurredAt;

    private Authorization(Builder b) {
        this.informationDescription = b.informationDescription;
        this.coveredRecordTypes = Set.copyOf(b.coveredRecordTypes);
        this.coveredDates = b.coveredDates;
        this.disclosingParty = b.disclosingParty;
        this.recipients = List.copyOf(b.recipients);
        this.purposes = b.purposes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(b.purposes));
        this.expiration = b.expiration;
        this.signerName = b.signerName;
        this.signedOn = b.signedOn;
        this.signedByRepresentative = b.signedByRepresentative;
        this.representativeAuthority = b.representativeAuthority;
        this.rightToRevokeStatement = b.rightToRevokeStatement;
        this.conditioningStatement = b.conditioningStatement;
        this.redisclosureStatement = b.redisclosureStatement;
        this.compound = b.compound;
        this.conditioned = b.conditioned;
        this.knownFalse = b.knownFalse;
        this.revokedAt = b.revokedAt;
        this.expirationEventOccurredAt = b.expirationEventOccurredAt;
    }

    /**
     * Starts an authorization.
     *
     * @return a builder with nothing filled in, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this authorization's contents.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.informationDescription = informationDescription;
        b.coveredRecordTypes.addAll(coveredRecordTypes);
        b.coveredDates = coveredDates;
        b.disclosingParty = disclosingParty;
        b.recipients.addAll(recipients);
        b.purposes.addAll(purposes);
        b.expiration = expiration;
        b.signerName = signerName;
        b.signedOn = signedOn;
        b.signedByRepresentative = signedByRepresentative;
        b.representativeAuthority = representativeAuthority;
        b.rightToRevokeStatement = rightToRevokeStatement;
        b.conditioningStatement = conditioningStatement;
        b.redisclosureStatement = redisclosureStatement;
        b.compound = compound;
        b.conditioned = conditioned;
        b.knownFalse = knownFalse;
        b.revokedAt = revokedAt;
        b.expirationEventOccurredAt = expirationEventOccurredAt;
        return b;
    }

    /**
     * Returns a copy known to have been revoked at an instant (R3.4(iii)).
     *
     * @param at  when the written revocation was received, not null
     * @return the revoked authorization, not null
     */
    public Authorization withRevocation(Instant at) {
        return toBuilder().revokedAt(Objects.requireNonNull(at, "at")).build();
    }

    /**
     * Returns a copy whose expiration event is known to have occurred at an instant (R3.4(i)).
     *
     * @param at  when the event occurred, not null
     * @return the changed authorization, not null
     */
    public Authorization withExpirationEventOccurred(Instant at) {
        return toBuilder().expirationEventOccurredAt(Objects.requireNonNull(at, "at")).build();
    }

    /**
     * Lists every reason the authorization is invalid at an instant, in the order of
     * {@link AuthorizationDefect}.
     *
     * <p>An expiration date is valid through the end of that day in the zone of {@code at}; a revocation
     * or expiration event counts from the instant it was recorded.
     *
     * @param at  the instant of the check, in the practice's zone, not null
     * @return the defects, empty if the authorization is valid; unmodifiable, not null
     */
    public Set<AuthorizationDefect> defects(ZonedDateTime at) {
        Objects.requireNonNull(at, "at");
        Instant instant = at.toInstant();
        Set<AuthorizationDefect> defects = EnumSet.noneOf(AuthorizationDefect.class);
        if (expiration != null && expiration.date().isPresent()
                && at.toLocalDate().isAfter(expiration.date().get())) {
            defects.add(AuthorizationDefect.EXPIRED);
        }
        if (expirationEventOccurredAt != null && !instant.isBefore(expirationEventOccurredAt)) {
            defects.add(AuthorizationDefect.EXPIRATION_EVENT_OCCURRED);
        }
        if (revokedAt != null && !instant.isBefore(revokedAt)) {
            defects.add(AuthorizationDefect.REVOKED);
        }
        if (isBlank(informationDescription) && coveredRecordTypes.isEmpty()) {
            defects.add(AuthorizationDefect.MISSING_DESCRIPTION_OF_INFORMATION);
        }
        if (isBlank(disclosingParty)) {
            defects.add(AuthorizationDefect.MISSING_DISCLOSING_PARTY);
        }
        if (recipients.isEmpty()) {
            defects.add(AuthorizationDefect.MISSING_RECIPIENT);
        }
        if (purposes.isEmpty()) {
            defects.add(AuthorizationDefect.MISSING_PURPOSE);
        }
        if (expiration == null) {
            defects.add(AuthorizationDefect.MISSING_EXPIRATION);
        }
        if (isBlank(signerName)) {
            defects.add(AuthorizationDefect.UNSIGNED);
        }
        if (signedOn == null) {
            defects.add(AuthorizationDefect.UNDATED);
        }
        if (signedByRepresentative && isBlank(representativeAuthority)) {
            defects.add(AuthorizationDefect.MISSING_REPRESENTATIVE_AUTHORITY);
        }
        if (!rightToRevokeStatement) {
            defects.add(AuthorizationDefect.MISSING_RIGHT_TO_REVOKE_STATEMENT);
        }
        if (!conditioningStatement) {
            defects.add(AuthorizationDefect.MISSING_CONDITIONING_STATEMENT);
        }
        if (!redisclosureStatement) {
            defects.add(AuthorizationDefect.MISSING_REDISCLOSURE_STATEMENT);
        }
        if (compound) {
            defects.add(AuthorizationDefect.COMPOUND);
        }
        if (conditioned) {
            defects.add(AuthorizationDefect.CONDITIONED);
        }
        if (knownFalse) {
            defects.add(AuthorizationDefect.KNOWN_FALSE);
        }
        return Set.copyOf(defects);
    }

    /**
     * Tells whether the authorization is free of defects at an instant.
     *
     * @param at  the instant of the check, not null
     * @return true if {@link #defects(ZonedDateTime)} is empty
     */
    public boolean isValidAt(ZonedDateTime at) {
        return defects(at).isEmpty();
    }

    /**
     * Lists the ways the authorization fails to cover a release. Defects are a separate question:
     * see {@link #defects(ZonedDateTime)}.
     *
     * @param recordTypes  the record types released, not null
     * @param dates  the dates of care released, not null
     * @param recipient  the name of who receives them, not null
     * @param purpose  the purpose of the release, not null
     * @return the gaps, empty if the release is covered; unmodifiable, not null
     */
    public Set<CoverageGap> gaps(Collection<RecordType> recordTypes, DateRange dates, String recipient,
            PurposeKind purpose) {
        Objects.requireNonNull(recordTypes, "recordTypes");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(purpose, "purpose");
        Set<CoverageGap> gaps = EnumSet.noneOf(CoverageGap.class);
        if (!coveredRecordTypes.containsAll(recordTypes)) {
            gaps.add(CoverageGap.RECORDS_NOT_COVERED);
        }
        if (!within(dates, coveredDates)) {
            gaps.add(CoverageGap.DATES_NOT_COVERED);
        }
        String wanted = normalize(recipient);
        if (recipients.stream().map(Authorization::normalize).noneMatch(wanted::equals)) {
            gaps.add(CoverageGap.RECIPIENT_NOT_NAMED);
        }
        if (!purposes.contains(purpose)) {
            gaps.add(CoverageGap.PURPOSE_NOT_COVERED);
        }
        return Set.copyOf(gaps);
    }

    /**
     * Tells whether the authorization covers a release; see {@link #gaps}.
     *
     * @param recordTypes  the record types released, not null
     * @param dates  the dates of care released, not null
     * @param recipient  the name of who receives them, not null
     * @param purpose  the purpose of the release, not null
     * @return true if there are no gaps
     */
    public boolean covers(Collection<RecordType> recordTypes, DateRange dates, String recipient, PurposeKind purpose) {
        return gaps(recordTypes, dates, recipient, purpose).isEmpty();
    }

    private static boolean within(DateRange inner, DateRange outer) {
        boolean lower = outer.from().isEmpty()
                || inner.from().isPresent() && !inner.from().get().isBefore(outer.from().get());
        boolean upper = outer.to().isEmpty()
                || inner.to().isPresent() && !inner.to().get().isAfter(outer.to().get());
        return lower && upper;
    }

    private static String normalize(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Returns the description of the information to be disclosed (R3.2(i)).
     *
     * @return the description, empty if the document has none
     */
    public Optional<String> informationDescription() {
        return Optional.ofNullable(informationDescription);
    }

    /**
     * Returns the record types the authorization covers.
     *
     * @return an unmodifiable set, not null
     */
    public Set<RecordType> coveredRecordTypes() {
        return coveredRecordTypes;
    }

    /**
     * Returns the dates of care the authorization covers.
     *
     * @return the range, {@link DateRange#all()} if unrestricted; not null
     */
    public DateRange coveredDates() {
        return coveredDates;
    }

    /**
     * Returns who may disclose (R3.2(ii)).
     *
     * @return the disclosing party, empty if the document names none
     */
    public Optional<String> disclosingParty() {
        return Optional.ofNullable(disclosingParty);
    }

    /**
     * Returns the named recipients (R3.2(iii)).
     *
     * @return an unmodifiable list, not null
     */
    public List<String> recipients() {
        return recipients;
    }

    /**
     * Returns the purposes (R3.2(iv)).
     *
     * @return an unmodifiable set, not null
     */
    public Set<PurposeKind> purposes() {
        return purposes;
    }

    /**
     * Returns the expiration (R3.2(v)).
     *
     * @return the expiration, empty if the document has none
     */
    public Optional<Expiration> expiration() {
        return Optional.ofNullable(expiration);
    }

    /**
     * Returns the signer's name (R3.2(vi)).
     *
     * @return the name, empty if unsigned
     */
    public Optional<String> signerName() {
        return Optional.ofNullable(signerName);
    }

    /**
     * Returns the date of signing (R3.2(vi)).
     *
     * @return the date, empty if undated
     */
    public Optional<LocalDate> signedOn() {
        return Optional.ofNullable(signedOn);
    }

    /**
     * Tells whether a personal representative signed.
     *
     * @return true if signed by a representative
     */
    public boolean signedByRepresentative() {
        return signedByRepresentative;
    }

    /**
     * Returns when the authorization was revoked.
     *
     * @return the instant, empty if not revoked
     */
    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    /**
     * Returns the representative's authority to act for the patient, as the form describes it.
     *
     * @return the description, empty if none was given
     */
    public Optional<String> representativeAuthority() {
        return Optional.ofNullable(representativeAuthority);
    }

    /**
     * Tells whether the form states the right to revoke it in writing (R3.3).
     *
     * @return true if stated
     */
    public boolean rightToRevokeStatement() {
        return rightToRevokeStatement;
    }

    /**
     * Tells whether the form states whether treatment or payment may be conditioned on signing it (R3.3).
     *
     * @return true if stated
     */
    public boolean conditioningStatement() {
        return conditioningStatement;
    }

    /**
     * Tells whether the form states that the recipient may redisclose the information (R3.3).
     *
     * @return true if stated
     */
    public boolean redisclosureStatement() {
        return redisclosureStatement;
    }

    /**
     * Tells whether the form is combined with another document in a way the law does not allow.
     *
     * @return true if compound
     */
    public boolean compound() {
        return compound;
    }

    /**
     * Tells whether treatment or payment was made conditional on signing the form.
     *
     * @return true if conditioned
     */
    public boolean conditioned() {
        return conditioned;
    }

    /**
     * Tells whether the form contains information known to be false.
     *
     * @return true if known false
     */
    public boolean knownFalse() {
        return knownFalse;
    }

    /**
     * Returns when the event that ends the authorization occurred.
     *
     * @return the instant, empty if it has not been recorded
     */
    public Optional<Instant> expirationEventOccurredAt() {
        return Optional.ofNullable(expirationEventOccurredAt);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Authorization o
                && Objects.equals(informationDescription, o.informationDescription)
                && coveredRecordTypes.equals(o.coveredRecordTypes) && coveredDates.equals(o.coveredDates)
                && Objects.equals(disclosingParty, o.disclosingParty) && recipients.equals(o.recipients)
                && purposes.equals(o.purposes) && Objects.equals(expiration, o.expiration)
                && Objects.equals(signerName, o.signerName) && Objects.equals(signedOn, o.signedOn)
                && signedByRepresentative == o.signedByRepresentative
                && Objects.equals(representativeAuthority, o.representativeAuthority)
                && rightToRevokeStatement == o.rightToRevokeStatement
                && conditioningStatement == o.conditioningStatement
                && redisclosureStatement == o.redisclosureStatement && compound == o.compound
                && conditioned == o.conditioned && knownFalse == o.knownFalse
                && Objects.equals(revokedAt, o.revokedAt)
                && Objects.equals(expirationEventOccurredAt, o.expirationEventOccurredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(informationDescription, coveredRecordTypes, coveredDates, disclosingParty, recipients,
                purposes, expiration, signerName, signedOn, signedByRepresentative, representativeAuthority,
                rightToRevokeStatement, conditioningStatement, redisclosureStatement, compound, conditioned,
                knownFalse, revokedAt, expirationEventOccurredAt);
    }

    @Override
    public String toString() {
        return "Authorization[records=" + coveredRecordTypes + ", purposes=" + purposes + ", recipients="
                + recipients.size() + (revokedAt != null ? ", revoked" : "") + "]";
    }

    /**
     * Builds an {@link Authorization} from what the document says. Not thread-safe.
     */
    public static final class Builder {

        private String informationDescription;
        private final Set<RecordType> coveredRecordTypes = new LinkedHashSet<>();
        private DateRange coveredDates = DateRange.all();
        private String disclosingParty;
        private final List<String> recipients = new ArrayList<>();
        private final Set<PurposeKind> purposes = EnumSet.noneOf(PurposeKind.class);
        private Expiration expiration;
        private String signerName;
        private LocalDate signedOn;
        private boolean signedByRepresentative;
        private String representativeAuthority;
        private boolean rightToRevokeStatement;
        private boolean conditioningStatement;
        private boolean redisclosureStatement;
        private boolean compound;
        private boolean conditioned;
        private boolean knownFalse;
        private Instant revokedAt;
        private Instant expirationEventOccurredAt;

        private Builder() {
        }

        /**
         * Sets the description of the information (R3.2(i)).
         *
         * @param description  the description, may be null
         * @return this builder
         */
        public Builder informationDescription(String description) {
            this.informationDescription = blankToNull(description);
            return this;
        }

        /**
         * Adds record types the authorization covers.
         *
         * @param types  the types, not null
         * @return this builder
         */
        public Builder covers(RecordType... types) {
            for (RecordType type : types) {
                coveredRecordTypes.add(Objects.requireNonNull(type, "type"));
            }
            return this;
        }

        /**
         * Restricts the dates of care covered.
         *
         * @param dates  the dates, not null
         * @return this builder
         */
        public Builder coveredDates(DateRange dates) {
            this.coveredDates = Objects.requireNonNull(dates, "dates");
            return this;
        }

        /**
         * Sets who may disclose (R3.2(ii)).
         *
         * @param party  the disclosing party, may be null
         * @return this builder
         */
        public Builder disclosingParty(String party) {
            this.disclosingParty = blankToNull(party);
            return this;
        }

        /**
         * Adds a named recipient (R3.2(iii)).
         *
         * @param recipient  the recipient, not blank
         * @return this builder
         */
        public Builder recipient(String recipient) {
            String r = blankToNull(Objects.requireNonNull(recipient, "recipient"));
            if (r == null) {
                throw new IllegalArgumentException("A recipient needs a name");
            }
            recipients.add(r);
            return this;
        }

        /**
         * Adds a purpose (R3.2(iv)).
         *
         * @param purpose  the purpose, not null
         * @return this builder
         */
        public Builder purpose(PurposeKind purpose) {
            purposes.add(Objects.requireNonNull(purpose, "purpose"));
            return this;
        }

        /**
         * Sets the expiration (R3.2(v)).
         *
         * @param expiration  the expiration, may be null
         * @return this builder
         */
        public Builder expiration(Expiration expiration) {
            this.expiration = expiration;
            return this;
        }

        /**
         * Sets the signature (R3.2(vi)); either part may be missing on a defective document.
         *
         * @param signerName  the name as signed, may be null
         * @param signedOn  the date, may be null
         * @return this builder
         */
        public Builder signature(String signerName, LocalDate signedOn) {
            this.signerName = blankToNull(signerName);
            this.signedOn = signedOn;
            return this;
        }

        /**
         * Records that a personal representative signed, with the description of their authority.
         *
         * @param authority  the description of the authority, may be null on a defective document
         * @return this builder
         */
        public Builder signedByRepresentative(String authority) {
            this.signedByRepresentative = true;
            this.representativeAuthority = blankToNull(authority);
            return this;
        }

        /**
         * Records which required statements (R3.3) the document contains.
         *
         * @param rightToRevoke  the right to revoke in writing and how
         * @param conditioning  whether treatment or payment may be conditioned on signing
         * @param redisclosure  the potential for redisclosure by the recipient
         * @return this builder
         */
        public Builder statements(boolean rightToRevoke, boolean conditioning, boolean redisclosure) {
            this.rightToRevokeStatement = rightToRevoke;
            this.conditioningStatement = conditioning;
            this.redisclosureStatement = redisclosure;
            return this;
        }

        /**
         * Records that the document is a compound authorization the law does not allow (R3.4(iv)).
         *
         * @param compound  whether it is
         * @return this builder
         */
        public Builder compound(boolean compound) {
            this.compound = compound;
            return this;
        }

        /**
         * Records that treatment or payment was conditioned on signing where not allowed (R3.4(iv)).
         *
         * @param conditioned  whether it was
         * @return this builder
         */
        public Builder conditioned(boolean conditioned) {
            this.conditioned = conditioned;
            return this;
        }

        /**
         * Records that the document contains material information known to be false (R3.4(v)).
         *
         * @param knownFalse  whether it does
         * @return this builder
         */
        public Builder knownFalse(boolean knownFalse) {
            this.knownFalse = knownFalse;
            return this;
        }

        /**
         * Records when the authorization was revoked.
         *
         * @param at  the instant, may be null
         * @return this builder
         */
        public Builder revokedAt(Instant at) {
            this.revokedAt = at;
            return this;
        }

        /**
         * Records when the expiration event occurred.
         *
         * @param at  the instant, may be null
         * @return this builder
         */
        public Builder expirationEventOccurredAt(Instant at) {
            this.expirationEventOccurredAt = at;
            return this;
        }

        /**
         * Builds the authorization; defects are reported by {@link Authorization#defects}, not here.
         *
         * @return the authorization, not null
         */
        public Authorization build() {
            return new Authorization(this);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}

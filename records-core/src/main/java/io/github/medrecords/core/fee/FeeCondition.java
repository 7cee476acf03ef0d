package io.github.medrecords.core.fee;

import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The contexts a fee rule applies to, as data: for each dimension (legal basis, requester role, copy
 * format, how records are kept, delivery, purpose, record types) the values it applies to, empty meaning
 * any; and whether a documented benefit claim is required. A context matches when every dimension does;
 * for record types, when the context copies any of them.
 *
 * <p>Built from {@link #any()} with {@code with...} methods. Immutable and thread-safe.
 */
public final class FeeCondition {

    private static final FeeCondition ANY = new FeeCondition(EnumSet.noneOf(LegalBasis.class),
            EnumSet.noneOf(RequesterRole.class), EnumSet.noneOf(CopyFormat.class), EnumSet.noneOf(RecordKeeping.class),
            EnumSet.noneOf(DeliveryMethod.class), EnumSet.noneOf(PurposeKind.class), Set.of(), false, null,
            EnumSet.noneOf(RequesterKind.class), EnumSet.noneOf(ProviderKind.class), false, EnumSet.noneOf(PurposeKind.class));

    private final EnumSet<LegalBasis> legalBases;
    private final EnumSet<RequesterRole> roles;
    private final EnumSet<CopyFormat> copyFormats;
    private final EnumSet<RecordKeeping> recordKeepings;
    private final EnumSet<DeliveryMethod> deliveryMethods;
    private final EnumSet<PurposeKind> purposes;
    private final Set<RecordType> recordTypes;
    private final boolean documentedClaim;
    private final Boolean attorneyBeforeSuit;
    private final EnumSet<RequesterKind> requesterKinds;
    private final EnumSet<ProviderKind> providerKinds;
    private final boolean firstCopy;
    private final EnumSet<PurposeKind> excludedPurposes;

    private FeeCondition(EnumSet<LegalBasis> legalBases, EnumSet<RequesterRole> roles,
            EnumSet<CopyFormat> copyFormats, EnumSet<RecordKeeping> recordKeepings,
            EnumSet<DeliveryMethod> deliveryMethods, EnumSet<PurposeKind> purposes, Set<RecordType> recordTypes,
            boolean documentedClaim, Boolean attorneyBeforeSuit, EnumSet<RequesterKind> requesterKinds,
            EnumSet<ProviderKind> providerKinds, boolean firstCopy, EnumSet<PurposeKind> excludedPurposes) {
        this.legalBases = legalBases;
        this.roles = roles;
        this.copyFormats = copyFormats;
        this.recordKeepings = recordKeepings;
        this.deliveryMethods = deliveryMethods;
        this.purposes = purposes;
        this.recordTypes = recordTypes;
        this.documentedClaim = documentedClaim;
        this.attorneyBeforeSuit = attorneyBeforeSuit;
        this.requesterKinds = requesterKinds;
        this.providerKinds = providerKinds;
        this.firstCopy = firstCopy;
        this.excludedPurposes = excludedPurposes;
    }

    /**
     * Returns the condition every context matches.
     *
     * @return the condition, not null
     */
    public static FeeCondition any() {
        return ANY;
    }

    /**
     * Returns a copy that applies only to the given legal bases.
     *
     * @param first  a basis, not null
     * @param rest  more bases, not null
     * @return the changed condition, not null
     */
    public FeeCondition withLegalBases(LegalBasis first, LegalBasis... rest) {
        return new FeeCondition(EnumSet.of(first, rest), roles, copyFormats, recordKeepings, deliveryMethods,
                purposes, recordTypes, documentedClaim, attorneyBeforeSuit, requesterKinds, providerKinds, firstCopy, excludedPurposes);
    }

    /**
     * Returns a copy that applies only to the given requester roles.
     *
     * @param first  a role, not null
     * @param rest  more roles, not null
     * @return the changed condition, not null
     */
    public FeeCondition withRoles(RequesterRole first, RequesterRole... rest) {
        return new FeeCondition(legalBases, EnumSet.of(first, rest), copyFormats, recordKeepings, deliveryMethods,
                purposes, recordTypes, documentedClaim, attorneyBeforeSuit, requesterKinds, providerKinds, firstCopy, excludedPurposes);
    }

    /**
     * Returns a copy that applies only to one copy format.
     *
     * @param format  the format, not null
     * @return the changed condition, not null
     */
    public FeeCondition withCopyFormat(CopyFormat format) {
        return new FeeCondition(legalBases, roles, EnumSet.of(format), recordKeepings, deliveryMethods, purposes,
                recordTypes, documentedClaim, attorneyBeforeSuit, requesterKinds, providerKinds, firstCopy,
                excludedPurposes);
    }

    /**
     * Returns a copy that applies only to records kept one way.
     *
     * @param keeping  how the records are kept, not null
     * @return the changed condition, not null
     */
    public FeeCondition withRecordKeeping(RecordKeeping keeping) {
        return new FeeCondition(legalBases, roles, copyFormats, EnumSet.of(keeping), deliveryMethods, purposes,
                recordTypes, documentedClaim, attorneyBeforeSuit, requesterKinds, providerKinds, firstCopy,
                excludedPurposes);
    }

    /**
     * Returns a copy that applies only to the given delivery methods.
     *
     * @param first  a method, not null
     * @param rest  more methods, not null
     * @return the changed condition, not null
     */
    public FeeCondition withDeliveryMethods(DeliveryMethod first, DeliveryMethod... rest) {
        return new FeeCondition(legalBases, roles, copyFormats, recordKeepings, EnumSet.of(first, rest), purposes,
                recordTypes, documentedClaim, attorneyBeforeSuit, requesterKinds, providerKinds, firstCopy,
                excludedPurposes);
    }

    /**
     * Returns a copy that applies only to the given purposes.
     *
     * @param first  a purpose, not null
     * @param rest  more purposes, not null
     * @return the changed condition, not null
     */
    public FeeCondition withPurposes(PurposeKind first, PurposeKind... rest) {
        return new FeeCondition(legalBases, roles, copyFormats, recordKeepings, deliveryMethods,
                EnumSet.of(first, rest), recordTypes, documentedClaim, attorneyBeforeSuit, requesterKinds, providerKinds, firstCopy, excludedPurposes);
    }

    /**
     * Returns a copy that applies only when the context copies any of the given record types.
     *
     * @param first  a record type, not null
     * @param rest  more record types, not null
     * @return the changed condition, not null
     */
    public FeeCondition withRecordTypes(RecordType first, RecordType... rest) {
        Set<RecordType> types = new LinkedHashSet<>();
        types.add(Objects.requireNonNull(first, "first"));
        for (RecordType type : rest) {
            types.add(Objects.requireNonNull(type, "type"));
        }
        return new FeeCondition(legalBases, roles, copyFormats, recordKeepings, deliveryMethods, purposes,
                Collections.unmodifiableSet(types), documentedClaim,
                attorneyBeforeSuit, requesterKinds, providerKinds, firstCopy, excludedPurposes);
    }

    /**
     * Returns a copy that applies only when the benefit claim's documentation is attached (R5.5).
     *
     * @return the changed condition, not null
     */
    public FeeCondition withDocumentedClaim() {
        return new FeeCondition(legalBases, roles, copyFormats, recordKeepings, deliveryMethods, purposes, recordTypes,
                true, attorneyBeforeSuit, requesterKinds, providerKinds, firstCopy, excludedPurposes);
    }

    /**
     * Returns a copy that applies only to records kept in one of the given ways.
     *
     * @param first  a way of keeping records, not null
     * @param rest  more ways, not null
     * @return the changed condition, not null
     */
    public FeeCondition withRecordKeepings(RecordKeeping first, RecordKeeping... rest) {
        return new FeeCondition(legalBases, roles, copyFormats, EnumSet.of(first, rest), deliveryMethods, purposes,
                recordTypes, documentedClaim, attorneyBeforeSuit, requesterKinds, providerKinds, firstCopy,
                excludedPurposes);
    }

    /**
     * Returns a copy that applies only to an attorney's request under the patient's authorization before
     * suit is filed (Cal. Evidence Code 1158), or only to every other request.
     *
     * @param beforeSuit  true for only such requests, false for only the others
     * @return the changed condition, not null
     */
    public FeeCondition withAttorneyBeforeSuit(boolean beforeSuit) {
        return new FeeCondition(legalBases, roles, copyFormats, recordKeepings, deliveryMethods, purposes, recordTypes,
                documentedClaim, beforeSuit, requesterKinds, providerKinds, firstCopy, excludedPurposes);
    }

    /**
     * Returns a copy that applies only to requesters of the given kinds, as a published list names them
     * (an attorney, an insurer, a physician the practice referred to, workers' compensation).
     *
     * @param first  a kind, not null
     * @param rest  more kinds, not null
     * @return the changed condition, not null
     */
    public FeeCondition withRequesterKinds(RequesterKind first, RequesterKind... rest) {
        return new FeeCondition(legalBases, roles, copyFormats, recordKeepings, deliveryMethods, purposes, recordTypes,
                documentedClaim, attorneyBeforeSuit, EnumSet.of(first, rest), providerKinds, firstCopy, excludedPurposes);
    }

    /**
     * Returns a copy that applies only at providers of the given kinds (a state's schedule for hospitals, or
     * for physicians).
     *
     * @param first  a kind, not null
     * @param rest  more kinds, not null
     * @return the changed condition, not null
     */
    public FeeCondition withProviderKinds(ProviderKind first, ProviderKind... rest) {
        return new FeeCondition(legalBases, roles, copyFormats, recordKeepings, deliveryMethods, purposes, recordTypes,
                documentedClaim, attorneyBeforeSuit, requesterKinds, EnumSet.of(first, rest), firstCopy, excludedPurposes);
    }

    /**
     * Returns a copy that applies only to the requester's first copy as the state counts it (Kentucky's first
     * copy free), which the host tells on the context ({@link FeeContext.Builder#firstCopy(boolean)}).
     *
     * @return the changed condition, not null
     */
    public FeeCondition withFirstCopy() {
        return new FeeCondition(legalBases, roles, copyFormats, recordKeepings, deliveryMethods, purposes, recordTypes,
                documentedClaim, attorneyBeforeSuit, requesterKinds, providerKinds, true, excludedPurposes);
    }

    /**
     * Returns a copy that does not apply to requests for some purposes: a schedule a state replaces with a flat
     * fee for benefit claims (Pennsylvania's 6152.1), or switches off for them.
     *
     * @param first  a purpose, not null
     * @param rest  more purposes, not null
     * @return the changed condition, not null
     */
    public FeeCondition withoutPurposes(PurposeKind first, PurposeKind... rest) {
        return new FeeCondition(legalBases, roles, copyFormats, recordKeepings, deliveryMethods, purposes, recordTypes,
                documentedClaim, attorneyBeforeSuit, requesterKinds, providerKinds, firstCopy, EnumSet.of(first, rest));
    }

    /**
     * Tells whether a context matches every dimension of this condition.
     *
     * @param context  the context, not null
     * @return true if the condition applies
     */
    public boolean matches(FeeContext context) {
        return (legalBases.isEmpty() || legalBases.contains(context.legalBasis()))
                && (roles.isEmpty() || roles.contains(context.requesterRole()))
                && (copyFormats.isEmpty() || copyFormats.contains(context.copyFormat()))
                && (recordKeepings.isEmpty() || recordKeepings.contains(context.recordKeeping()))
                && (deliveryMethods.isEmpty() || deliveryMethods.contains(context.deliveryMethod()))
                && (purposes.isEmpty() || purposes.contains(context.purpose()))
                && (!documentedClaim || context.claimDocumented())
                && (attorneyBeforeSuit == null || attorneyBeforeSuit == context.attorneyBeforeSuit())
                && (requesterKinds.isEmpty() || !Collections.disjoint(requesterKinds, context.requesterKinds()))
                && (providerKinds.isEmpty() || providerKinds.contains(context.providerKind()))
                && (!firstCopy || context.firstCopy())
                && !excludedPurposes.contains(context.purpose())
                && (recordTypes.isEmpty() || copiesAny(context.recordTypes()));
    }

    private boolean copiesAny(Set<RecordType> types) {
        for (RecordType type : types) {
            if (recordTypes.contains(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the legal bases the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<LegalBasis> legalBases() {
        return Collections.unmodifiableSet(legalBases);
    }

    /**
     * Returns the requester roles the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<RequesterRole> roles() {
        return Collections.unmodifiableSet(roles);
    }

    /**
     * Returns the copy formats the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<CopyFormat> copyFormats() {
        return Collections.unmodifiableSet(copyFormats);
    }

    /**
     * Returns the ways of keeping records the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<RecordKeeping> recordKeepings() {
        return Collections.unmodifiableSet(recordKeepings);
    }

    /**
     * Returns the delivery methods the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<DeliveryMethod> deliveryMethods() {
        return Collections.unmodifiableSet(deliveryMethods);
    }

    /**
     * Returns the purposes the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<PurposeKind> purposes() {
        return Collections.unmodifiableSet(purposes);
    }

    /**
     * Returns the record types the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<RecordType> recordTypes() {
        return recordTypes;
    }

    /**
     * Tells whether the condition requires a documented benefit claim.
     *
     * @return true if required
     */
    public boolean requiresDocumentedClaim() {
        return documentedClaim;
    }

    /**
     * Tells whether the condition applies only to, or only outside, an attorney's request before suit
     * (Cal. Evidence Code 1158).
     *
     * @return true for only such requests, false for only the others, empty for any
     */
    public Optional<Boolean> attorneyBeforeSuit() {
        return Optional.ofNullable(attorneyBeforeSuit);
    }

    /**
     * Returns the kinds of requester the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<RequesterKind> requesterKinds() {
        return Collections.unmodifiableSet(requesterKinds);
    }

    /**
     * Returns the kinds of provider the condition applies at.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<ProviderKind> providerKinds() {
        return Collections.unmodifiableSet(providerKinds);
    }

    /**
     * Tells whether the condition applies only to the requester's first copy.
     *
     * @return true if only to the first copy
     */
    public boolean requiresFirstCopy() {
        return firstCopy;
    }

    /**
     * Returns the purposes the condition does not apply to.
     *
     * @return an unmodifiable set, empty for none; not null
     */
    public Set<PurposeKind> excludedPurposes() {
        return Collections.unmodifiableSet(excludedPurposes);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FeeCondition o && providerKinds.equals(o.providerKinds) && firstCopy == o.firstCopy
                && excludedPurposes.equals(o.excludedPurposes) && legalBases.equals(o.legalBases) && roles.equals(o.roles)
                && copyFormats.equals(o.copyFormats) && recordKeepings.equals(o.recordKeepings)
                && deliveryMethods.equals(o.deliveryMethods) && purposes.equals(o.purposes)
                && recordTypes.equals(o.recordTypes) && documentedClaim == o.documentedClaim
                && Objects.equals(attorneyBeforeSuit, o.attorneyBeforeSuit) && requesterKinds.equals(o.requesterKinds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(legalBases, roles, copyFormats, recordKeepings, deliveryMethods, purposes,
                recordTypes, documentedClaim, attorneyBeforeSuit, requesterKinds, providerKinds, firstCopy,
                excludedPurposes);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        addPart(parts, "basis", legalBases);
        addPart(parts, "role", roles);
        addPart(parts, "copy", copyFormats);
        addPart(parts, "kept", recordKeepings);
        addPart(parts, "delivery", deliveryMethods);
        addPart(parts, "purpose", purposes);
        addPart(parts, "records", recordTypes);
        addPart(parts, "requester", requesterKinds);
        addPart(parts, "provider", providerKinds);
        addPart(parts, "not for purpose", excludedPurposes);
        if (firstCopy) {
            parts.add("first copy");
        }
        if (documentedClaim) {
            parts.add("documented claim");
        }
        if (attorneyBeforeSuit != null) {
            parts.add(attorneyBeforeSuit ? "attorney before suit" : "not an attorney before suit");
        }
        return parts.isEmpty() ? "any context" : String.join(", ", parts);
    }

    private static void addPart(List<String> parts, String name, Set<?> values) {
        if (!values.isEmpty()) {
            parts.add(name + " " + values);
        }
    }
}

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
import java.util.function.Consumer;

/**
 * The contexts a fee rule applies to, as data: for each dimension (legal basis, requester role, copy
 * format, how records are kept, delivery, purpose, record types) the values it applies to, empty meaning
 * any; and whether a documented benefit claim is required. A context matches when every dimension does;
 * for record types, when the context copies any of them.
 *
 * <p>Built from {@link #any()} with {@code with...} methods. Immutable and thread-safe.
 */
public final class FeeCondition {

    private static final FeeCondition ANY = new FeeCondition(new Parts());

    /** The values by dimension; a changed copy is filled before it is frozen here, never after. */
    private final Parts parts;

    /**
     * A condition's values by dimension, empty meaning any: the one place that lists the dimensions, so that a
     * {@code with...} method copies them all and changes one.
     */
    private static final class Parts {
        private EnumSet<LegalBasis> legalBases = EnumSet.noneOf(LegalBasis.class);
        private EnumSet<RequesterRole> roles = EnumSet.noneOf(RequesterRole.class);
        private EnumSet<CopyFormat> copyFormats = EnumSet.noneOf(CopyFormat.class);
        private EnumSet<RecordKeeping> recordKeepings = EnumSet.noneOf(RecordKeeping.class);
        private EnumSet<DeliveryMethod> deliveryMethods = EnumSet.noneOf(DeliveryMethod.class);
        private EnumSet<PurposeKind> purposes = EnumSet.noneOf(PurposeKind.class);
        private Set<RecordType> recordTypes = Set.of();
        private boolean documentedClaim;
        private Boolean attorneyBeforeSuit;
        private EnumSet<RequesterKind> requesterKinds = EnumSet.noneOf(RequesterKind.class);
        private EnumSet<ProviderKind> providerKinds = EnumSet.noneOf(ProviderKind.class);
        private boolean firstCopy;
        private EnumSet<PurposeKind> excludedPurposes = EnumSet.noneOf(PurposeKind.class);

        private Parts copy() {
            Parts copy = new Parts();
            copy.legalBases = legalBases;
            copy.roles = roles;
            copy.copyFormats = copyFormats;
            copy.recordKeepings = recordKeepings;
            copy.deliveryMethods = deliveryMethods;
            copy.purposes = purposes;
            copy.recordTypes = recordTypes;
            copy.documentedClaim = documentedClaim;
            copy.attorneyBeforeSuit = attorneyBeforeSuit;
            copy.requesterKinds = requesterKinds;
            copy.providerKinds = providerKinds;
            copy.firstCopy = firstCopy;
            copy.excludedPurposes = excludedPurposes;
            return copy;
        }
    }

    private FeeCondition(Parts parts) {
        this.parts = parts;
    }

    /** Returns a copy of this condition with the values that {@code change} sets. */
    private FeeCondition with(Consumer<Parts> change) {
        Parts changed = parts.copy();
        change.accept(changed);
        return new FeeCondition(changed);
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
        return with(p -> p.legalBases = EnumSet.of(first, rest));
    }

    /**
     * Returns a copy that applies only to the given requester roles.
     *
     * @param first  a role, not null
     * @param rest  more roles, not null
     * @return the changed condition, not null
     */
    public FeeCondition withRoles(RequesterRole first, RequesterRole... rest) {
        return with(p -> p.roles = EnumSet.of(first, rest));
    }

    /**
     * Returns a copy that applies only to one copy format.
     *
     * @param format  the format, not null
     * @return the changed condition, not null
     */
    public FeeCondition withCopyFormat(CopyFormat format) {
        return with(p -> p.copyFormats = EnumSet.of(format));
    }

    /**
     * Returns a copy that applies only to records kept one way.
     *
     * @param keeping  how the records are kept, not null
     * @return the changed condition, not null
     */
    public FeeCondition withRecordKeeping(RecordKeeping keeping) {
        return with(p -> p.recordKeepings = EnumSet.of(keeping));
    }

    /**
     * Returns a copy that applies only to the given delivery methods.
     *
     * @param first  a method, not null
     * @param rest  more methods, not null
     * @return the changed condition, not null
     */
    public FeeCondition withDeliveryMethods(DeliveryMethod first, DeliveryMethod... rest) {
        return with(p -> p.deliveryMethods = EnumSet.of(first, rest));
    }

    /**
     * Returns a copy that applies only to the given purposes.
     *
     * @param first  a purpose, not null
     * @param rest  more purposes, not null
     * @return the changed condition, not null
     */
    public FeeCondition withPurposes(PurposeKind first, PurposeKind... rest) {
        return with(p -> p.purposes = EnumSet.of(first, rest));
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
        Set<RecordType> unmodifiable = Collections.unmodifiableSet(types);
        return with(p -> p.recordTypes = unmodifiable);
    }

    /**
     * Returns a copy that applies only when the benefit claim's documentation is attached (R5.5).
     *
     * @return the changed condition, not null
     */
    public FeeCondition withDocumentedClaim() {
        return with(p -> p.documentedClaim = true);
    }

    /**
     * Returns a copy that applies only to records kept in one of the given ways.
     *
     * @param first  a way of keeping records, not null
     * @param rest  more ways, not null
     * @return the changed condition, not null
     */
    public FeeCondition withRecordKeepings(RecordKeeping first, RecordKeeping... rest) {
        return with(p -> p.recordKeepings = EnumSet.of(first, rest));
    }

    /**
     * Returns a copy that applies only to an attorney's request under the patient's authorization before
     * suit is filed (Cal. Evidence Code 1158), or only to every other request.
     *
     * @param beforeSuit  true for only such requests, false for only the others
     * @return the changed condition, not null
     */
    public FeeCondition withAttorneyBeforeSuit(boolean beforeSuit) {
        return with(p -> p.attorneyBeforeSuit = beforeSuit);
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
        return with(p -> p.requesterKinds = EnumSet.of(first, rest));
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
        return with(p -> p.providerKinds = EnumSet.of(first, rest));
    }

    /**
     * Returns a copy that applies only to the requester's first copy as the state counts it (Kentucky's first
     * copy free), which the host tells on the context ({@link FeeContext.Builder#firstCopy(boolean)}).
     *
     * @return the changed condition, not null
     */
    public FeeCondition withFirstCopy() {
        return with(p -> p.firstCopy = true);
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
        return with(p -> p.excludedPurposes = EnumSet.of(first, rest));
    }

    /**
     * Tells whether a context matches every dimension of this condition.
     *
     * @param context  the context, not null
     * @return true if the condition applies
     */
    public boolean matches(FeeContext context) {
        return (parts.legalBases.isEmpty() || parts.legalBases.contains(context.legalBasis()))
                && (parts.roles.isEmpty() || parts.roles.contains(context.requesterRole()))
                && (parts.copyFormats.isEmpty() || parts.copyFormats.contains(context.copyFormat()))
                && (parts.recordKeepings.isEmpty() || parts.recordKeepings.contains(context.recordKeeping()))
                && (parts.deliveryMethods.isEmpty() || parts.deliveryMethods.contains(context.deliveryMethod()))
                && (parts.purposes.isEmpty() || parts.purposes.contains(context.purpose()))
                && (!parts.documentedClaim || context.claimDocumented())
                && (parts.attorneyBeforeSuit == null || parts.attorneyBeforeSuit == context.attorneyBeforeSuit())
                && (parts.requesterKinds.isEmpty()
                        || !Collections.disjoint(parts.requesterKinds, context.requesterKinds()))
                && (parts.providerKinds.isEmpty() || parts.providerKinds.contains(context.providerKind()))
                && (!parts.firstCopy || context.firstCopy())
                && !parts.excludedPurposes.contains(context.purpose())
                && (parts.recordTypes.isEmpty() || copiesAny(context.recordTypes()));
    }

    private boolean copiesAny(Set<RecordType> types) {
        for (RecordType type : types) {
            if (parts.recordTypes.contains(type)) {
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
        return Collections.unmodifiableSet(parts.legalBases);
    }

    /**
     * Returns the requester roles the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<RequesterRole> roles() {
        return Collections.unmodifiableSet(parts.roles);
    }

    /**
     * Returns the copy formats the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<CopyFormat> copyFormats() {
        return Collections.unmodifiableSet(parts.copyFormats);
    }

    /**
     * Returns the ways of keeping records the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<RecordKeeping> recordKeepings() {
        return Collections.unmodifiableSet(parts.recordKeepings);
    }

    /**
     * Returns the delivery methods the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<DeliveryMethod> deliveryMethods() {
        return Collections.unmodifiableSet(parts.deliveryMethods);
    }

    /**
     * Returns the purposes the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<PurposeKind> purposes() {
        return Collections.unmodifiableSet(parts.purposes);
    }

    /**
     * Returns the record types the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<RecordType> recordTypes() {
        return parts.recordTypes;
    }

    /**
     * Tells whether the condition requires a documented benefit claim.
     *
     * @return true if required
     */
    public boolean requiresDocumentedClaim() {
        return parts.documentedClaim;
    }

    /**
     * Tells whether the condition applies only to, or only outside, an attorney's request before suit
     * (Cal. Evidence Code 1158).
     *
     * @return true for only such requests, false for only the others, empty for any
     */
    public Optional<Boolean> attorneyBeforeSuit() {
        return Optional.ofNullable(parts.attorneyBeforeSuit);
    }

    /**
     * Returns the kinds of requester the condition applies to.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<RequesterKind> requesterKinds() {
        return Collections.unmodifiableSet(parts.requesterKinds);
    }

    /**
     * Returns the kinds of provider the condition applies at.
     *
     * @return an unmodifiable set, empty for any; not null
     */
    public Set<ProviderKind> providerKinds() {
        return Collections.unmodifiableSet(parts.providerKinds);
    }

    /**
     * Tells whether the condition applies only to the requester's first copy.
     *
     * @return true if only to the first copy
     */
    public boolean requiresFirstCopy() {
        return parts.firstCopy;
    }

    /**
     * Returns the purposes the condition does not apply to.
     *
     * @return an unmodifiable set, empty for none; not null
     */
    public Set<PurposeKind> excludedPurposes() {
        return Collections.unmodifiableSet(parts.excludedPurposes);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof FeeCondition other)) {
            return false;
        }
        Parts o = other.parts;
        return parts.providerKinds.equals(o.providerKinds) && parts.firstCopy == o.firstCopy
                && parts.excludedPurposes.equals(o.excludedPurposes) && parts.legalBases.equals(o.legalBases)
                && parts.roles.equals(o.roles) && parts.copyFormats.equals(o.copyFormats)
                && parts.recordKeepings.equals(o.recordKeepings) && parts.deliveryMethods.equals(o.deliveryMethods)
                && parts.purposes.equals(o.purposes) && parts.recordTypes.equals(o.recordTypes)
                && parts.documentedClaim == o.documentedClaim
                && Objects.equals(parts.attorneyBeforeSuit, o.attorneyBeforeSuit)
                && parts.requesterKinds.equals(o.requesterKinds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parts.legalBases, parts.roles, parts.copyFormats, parts.recordKeepings,
                parts.deliveryMethods, parts.purposes, parts.recordTypes, parts.documentedClaim,
                parts.attorneyBeforeSuit, parts.requesterKinds, parts.providerKinds, parts.firstCopy,
                parts.excludedPurposes);
    }

    @Override
    public String toString() {
        List<String> words = new ArrayList<>();
        addPart(words, "basis", parts.legalBases);
        addPart(words, "role", parts.roles);
        addPart(words, "copy", parts.copyFormats);
        addPart(words, "kept", parts.recordKeepings);
        addPart(words, "delivery", parts.deliveryMethods);
        addPart(words, "purpose", parts.purposes);
        addPart(words, "records", parts.recordTypes);
        addPart(words, "requester", parts.requesterKinds);
        addPart(words, "provider", parts.providerKinds);
        addPart(words, "not for purpose", parts.excludedPurposes);
        if (parts.firstCopy) {
            words.add("first copy");
        }
        if (parts.documentedClaim) {
            words.add("documented claim");
        }
        if (parts.attorneyBeforeSuit != null) {
            words.add(parts.attorneyBeforeSuit ? "attorney before suit" : "not an attorney before suit");
        }
        return words.isEmpty() ? "any context" : String.join(", ", words);
    }

    private static void addPart(List<String> parts, String name, Set<?> values) {
        if (!values.isEmpty()) {
            parts.add(name + " " + values);
        }
    }
}

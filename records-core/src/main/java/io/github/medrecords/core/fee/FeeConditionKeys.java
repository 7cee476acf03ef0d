package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.KeyedText.Entry;
import io.github.medrecords.core.law.KeyedText;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Reads the {@code when.*} keys that say which requests a rule governs, the one vocabulary of price-list files
 * and state law files: basis, role, copy, keeping, delivery, purpose, record types, documented claim, requester,
 * attorney before suit, provider and first copy.
 */
final class FeeConditionKeys {

    /** The condition keys, after the rule's id. */
    static final java.util.Set<String> KEYS = java.util.Set.of("when.basis", "when.role", "when.copy", "when.keeping",
            "when.delivery", "when.purpose", "when.record-types", "when.documented-claim", "when.requester",
            "when.attorney-before-suit", "when.provider", "when.first-copy", "when.not-purpose");

    /**
     * An original mammogram (New York's PHL 18(2)(e)); here, not in {@link LegalLimits}, so that reading a price list
     * does not load the built-in law.
     */
    static final RecordType MAMMOGRAM = RecordType.of("MAMMOGRAM", "Original mammogram", true);

    private FeeConditionKeys() {
    }

    /**
     * Reads a rule's condition; problems are recorded in the text.
     */
    static FeeCondition read(KeyedText text, String id, Map<String, Entry> keys) {
        FeeCondition condition = FeeCondition.any();
        Entry e;
        if ((e = keys.get("when.basis")) != null) {
            List<LegalBasis> values = text.enums(e, LegalBasis::valueOf, "legal basis");
            if (!values.isEmpty()) {
                condition = condition.withLegalBases(values.get(0), rest(values, LegalBasis[]::new));
            }
        }
        if ((e = keys.get("when.role")) != null) {
            List<RequesterRole> values = text.enums(e, RequesterRole::valueOf, "requester role");
            if (!values.isEmpty()) {
                condition = condition.withRoles(values.get(0), rest(values, RequesterRole[]::new));
            }
        }
        if ((e = keys.get("when.copy")) != null) {
            CopyFormat value = text.enumValue(e, CopyFormat::valueOf, "copy format");
            if (value != null) {
                condition = condition.withCopyFormat(value);
            }
        }
        if ((e = keys.get("when.keeping")) != null) {
            List<RecordKeeping> values = text.enums(e, RecordKeeping::valueOf, "record keeping");
            if (!values.isEmpty()) {
                condition = condition.withRecordKeepings(values.get(0), rest(values, RecordKeeping[]::new));
            }
        }
        if ((e = keys.get("when.delivery")) != null) {
            List<DeliveryMethod> values = text.enums(e, DeliveryMethod::valueOf, "delivery method");
            if (!values.isEmpty()) {
                condition = condition.withDeliveryMethods(values.get(0), rest(values, DeliveryMethod[]::new));
            }
        }
        if ((e = keys.get("when.purpose")) != null) {
            List<PurposeKind> values = text.enums(e, PurposeKind::valueOf, "purpose");
            if (!values.isEmpty()) {
                condition = condition.withPurposes(values.get(0), rest(values, PurposeKind[]::new));
            }
        }
        if ((e = keys.get("when.record-types")) != null) {
            List<RecordType> types = new ArrayList<>();
            for (String code : text.list(e)) {
                RecordType type = recordType(text, e, code);
                if (type != null) {
                    types.add(type);
                }
            }
            if (!types.isEmpty()) {
                condition = condition.withRecordTypes(types.get(0), rest(types, RecordType[]::new));
            }
        }
        if ((e = keys.get("when.documented-claim")) != null) {
            Boolean value = text.bool(e);
            if (Boolean.TRUE.equals(value)) {
                condition = condition.withDocumentedClaim();
            } else if (value != null) {
                text.problem(e.line(), "rule " + id + ": when.documented-claim can only be true; leave it out for any");
            }
        }
        if ((e = keys.get("when.requester")) != null) {
            List<RequesterKind> values = text.enums(e, RequesterKind::valueOf, "requester kind (attorney, insurer,"
                    + " referred-physician, workers-compensation)");
            if (!values.isEmpty()) {
                condition = condition.withRequesterKinds(values.get(0), rest(values, RequesterKind[]::new));
            }
        }
        if ((e = keys.get("when.attorney-before-suit")) != null) {
            Boolean value = text.bool(e);
            if (value != null) {
                condition = condition.withAttorneyBeforeSuit(value);
            }
        }
        if ((e = keys.get("when.provider")) != null) {
            List<ProviderKind> values = text.enums(e, ProviderKind::valueOf, "provider kind (physician, hospital)");
            if (!values.isEmpty()) {
                condition = condition.withProviderKinds(values.get(0), rest(values, ProviderKind[]::new));
            }
        }
        if ((e = keys.get("when.not-purpose")) != null) {
            List<PurposeKind> values = text.enums(e, PurposeKind::valueOf, "purpose");
            if (!values.isEmpty()) {
                condition = condition.withoutPurposes(values.get(0), rest(values, PurposeKind[]::new));
            }
        }
        if ((e = keys.get("when.first-copy")) != null) {
            Boolean value = text.bool(e);
            if (Boolean.TRUE.equals(value)) {
                condition = condition.withFirstCopy();
            } else if (value != null) {
                text.problem(e.line(), "rule " + id + ": when.first-copy can only be true; leave it out for any");
            }
        }
        return condition;
    }

static RecordType recordType(KeyedText text, Entry e, String code) {
        if (code.equals(MAMMOGRAM.code())) {
            return MAMMOGRAM;
        }
        Optional<RecordType> type = RecordType.wellKnown(code);
        if (type.isEmpty()) {
            text.problem(e.line(), "'" + code + "' is not a record type; expected one of "
                    + RecordType.wellKnownTypes() + " or " + MAMMOGRAM);
        }
        return type.orElse(null);
    }

    private static <T> T[] rest(List<T> values, IntFunction<T[]> array) {
        return values.subList(1, values.size()).toArray(array.apply(0));
    }
}

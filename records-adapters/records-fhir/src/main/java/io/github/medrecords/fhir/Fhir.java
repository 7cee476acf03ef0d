package io.github.medrecords.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import io.github.medrecords.core.intake.FieldViolation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Small helpers the mappers share: codings, dates without a zone, contained resources, text that may be
 * absent, and the problems a mapping from FHIR finds.
 */
final class Fhir {

    private Fhir() {
    }

    static Coding coding(String system, String code, String display) {
        return new Coding(system, code, display);
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(coding(system, code, display));
    }

    static DateType date(LocalDate date) {
        return date == null ? null : new DateType(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    }

    static DateTimeType dateTime(LocalDate date) {
        if (date == null) {
            return null;
        }
        DateTimeType t = new DateTimeType();
        t.setValueAsString(date.toString());
        return t;
    }

    static LocalDate localDate(BaseDateTimeType t) {
        if (t == null || t.getValueAsString() == null) {
            return null;
        }
        String text = t.getValueAsString();
        if (t.getPrecision() == TemporalPrecisionEnum.DAY && text.length() == 10) {
            return LocalDate.parse(text);
        }
        if (t.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            return null;
        }
        Date value = t.getValue();
        return t.getTimeZone() == null ? value.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
                : value.toInstant().atZone(t.getTimeZone().toZoneId()).toLocalDate();
    }

    /** Text that may be null or blank: absent text keeps its place with HL7's data-absent-reason. */
    static StringType placeholderOrText(String text) {
        StringType s = new StringType();
        if (text == null || text.isBlank()) {
            s.addExtension(FhirCodes.DATA_ABSENT_REASON, new CodeType("unknown"));
        } else {
            s.setValue(text);
        }
        return s;
    }

    static String text(StringType s) {
        return s == null ? null : s.getValue();
    }

    static String localId(String reference) {
        if (reference == null) {
            return null;
        }
        return reference.startsWith("#") ? reference.substring(1) : null;
    }

    /** The contained resource a local reference points to, of the type asked for. */
    static <T extends Resource> Optional<T> contained(DomainResource container, Reference reference, Class<T> type) {
        if (reference == null) {
            return Optional.empty();
        }
        if (type.isInstance(reference.getResource())) {
            return Optional.of(type.cast(reference.getResource()));
        }
        String id = localId(reference.getReference());
        if (id == null) {
            return Optional.empty();
        }
        for (Resource r : container.getContained()) {
            String rid = r.getIdElement().getIdPart();
            if (rid != null && (rid.equals(id) || rid.equals("#" + id)) && type.isInstance(r)) {
                return Optional.of(type.cast(r));
            }
        }
        return Optional.empty();
    }

    static Optional<String> code(CodeableConcept concept, String system) {
        if (concept == null) {
            return Optional.empty();
        }
        return concept.getCoding().stream().filter(c -> system.equals(c.getSystem()) && c.getCode() != null)
                .map(Coding::getCode).findFirst();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String code, String field, Problems problems) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            problems.add(field, Problems.CODE_UNKNOWN);
            return null;
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, CodeableConcept concept, String system, String field,
            Problems problems) {
        if (concept == null || !concept.hasCoding()) {
            return null;
        }
        Optional<String> code = code(concept, system);
        if (code.isEmpty()) {
            problems.add(field, Problems.CODE_UNKNOWN);
            return null;
        }
        return enumOf(type, code.get(), field, problems);
    }

    /** Problems a mapping from FHIR finds, reported beside the intake's. */
    static final class Problems {

        static final String CODE_UNKNOWN = "medrecords.fhir.code.unknown";
        static final String INPUT_REPEATED = "medrecords.fhir.input.repeated";
        static final String REFERENCE_UNRESOLVED = "medrecords.fhir.reference.unresolved";
        static final String VALUE_WRONG_TYPE = "medrecords.fhir.value.wrongType";
        static final String CONSENT_UNSIGNED = "medrecords.fhir.consent.unsigned";
        static final String CONSENT_KIND_MISMATCH = "medrecords.fhir.consent.kindMismatch";
        static final String PATIENT_CONTRADICTS = "medrecords.fhir.patient.contradicts";
        static final String RESOURCE_UNREADABLE = "medrecords.fhir.resource.unreadable";
        static final String RESOURCE_WRONG_TYPE = "medrecords.fhir.resource.wrongType";

        private final List<FieldViolation> found = new ArrayList<>();

        void add(String field, String code) {
            found.add(new FieldViolation(field, code, message(code)));
        }

        List<FieldViolation> list() {
            return List.copyOf(found);
        }

        static String message(String code) {
            return switch (code) {
                case CODE_UNKNOWN -> "This code is not one we know.";
                case INPUT_REPEATED -> "This is given more than once, with different values; give it once.";
                case REFERENCE_UNRESOLVED -> "This points to nothing the Task contains.";
                case VALUE_WRONG_TYPE -> "This value has the wrong type.";
                case CONSENT_UNSIGNED -> "The consent must say who signed it and when: "
                        + io.github.medrecords.core.authorization.AuthorizationDefect.UNSIGNED.description()
                        + " (" + io.github.medrecords.core.authorization.AuthorizationDefect.UNSIGNED.ruleId() + ")";
                case CONSENT_KIND_MISMATCH -> "This consent is of the other kind (authorization or directive).";
                case PATIENT_CONTRADICTS -> "The Task names another patient than the one this consent is about.";
                case RESOURCE_UNREADABLE -> "This is not a FHIR R4 resource we can read.";
                case RESOURCE_WRONG_TYPE -> "A records request is posted as a Task.";
                default -> throw new IllegalArgumentException("No message for " + code);
            };
        }
    }
}

package io.github.medrecords.fhir;

import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.workflow.DisclosureEntry;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Reference;

/**
 * A disclosure-log entry as an AuditEvent in the manner of IHE BALP's privacy disclosure at the source: type
 * DICOM 110106 (Export), subtype ISO 21089 {@code disclose}, action {@code R}, outcome success, recorded at the
 * disclosure; purposeOfEvent the legal basis (with the v3 purpose of use where one fits) and the purpose in words;
 * agents the practice (110153 Source Role ID, requestor) and the recipient (110152 Destination Role ID, with their
 * address as a contained Location); entities the patient (by key; Person, Patient) and what was disclosed (the
 * request's Task by number; System Object, Report; the description). Search them by {@code entity} or
 * {@code patient} and the accounting of disclosures is a FHIR search. Stateless and thread-safe.
 */
public final class AuditEventMapper {

    static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
    static final String SOURCE_TYPE = "http://terminology.hl7.org/CodeSystem/security-source-type";

    /**
     * Creates the mapper.
     */
    public AuditEventMapper() {
    }

    /**
     * Maps an entry.
     *
     * @param entry  the entry, not null
     * @return the AuditEvent, with the entry's id, not null
     */
    public AuditEvent toAuditEvent(DisclosureEntry entry) {
        Objects.requireNonNull(entry, "entry");
        AuditEvent a = new AuditEvent();
        a.setId(entry.id().toString());
        a.setType(Fhir.coding(FhirCodes.DICOM, "110106", "Export"));
        a.addSubtype(Fhir.coding(FhirCodes.ISO_21089, "disclose", "Disclose Record Lifecycle Event"));
        a.setAction(AuditEvent.AuditEventAction.R);
        a.setRecorded(Date.from(entry.disclosedAt()));
        a.setPeriod(new org.hl7.fhir.r4.model.Period().setStart(Date.from(entry.disclosedAt()))
                .setEnd(Date.from(entry.disclosedAt())));
        a.setOutcome(AuditEvent.AuditEventOutcome._0);
        CodeableConcept purpose = Fhir.concept(FhirCodes.LEGAL_BASIS, entry.basis().name(), null);
        purposeOfUse(entry.basis()).ifPresent(code -> purpose.addCoding(Fhir.coding(FhirCodes.V3_ACT_REASON, code,
                null)));
        purpose.setText(entry.purpose());
        a.addPurposeOfEvent(purpose);
        Reference practice = References.practice(entry.practiceId()).setDisplay(entry.disclosedBy());
        a.addAgent().setType(Fhir.concept(FhirCodes.DICOM, "110153", "Source Role ID")).setWho(practice.copy())
                .setRequestor(true);
        AuditEvent.AuditEventAgentComponent recipient = a.addAgent()
                .setType(Fhir.concept(FhirCodes.DICOM, "110152", "Destination Role ID"))
                .setWho(new Reference().setDisplay(entry.recipientName())).setRequestor(false);
        entry.recipientAddress().ifPresent(address -> {
            Location where = new Location();
            where.setId("recipient-address");
            where.getAddress().setText(address);
            a.addContained(where);
            recipient.setLocation(new Reference("#recipient-address"));
        });
        a.getSource().setSite(entry.practiceId().value()).setObserver(practice.copy())
                .addType(Fhir.coding(SOURCE_TYPE, "4", "Application Server"));
        a.addEntity().setWhat(References.patient(entry.patient()))
                .setType(Fhir.coding(ENTITY_TYPE, "1", "Person")).setRole(Fhir.coding(OBJECT_ROLE, "1", "Patient"));
        AuditEvent.AuditEventEntityComponent data = a.addEntity()
                .setType(Fhir.coding(ENTITY_TYPE, "2", "System Object"))
                .setRole(Fhir.coding(OBJECT_ROLE, "3", "Report")).setDescription(entry.description());
        entry.requestNumber().ifPresent(n -> data.setWhat(References.task(n)));
        return a;
    }

    /** The HL7 v3 purpose of use that matches a legal basis, where one does. */
    static Optional<String> purposeOfUse(LegalBasis basis) {
        return Optional.ofNullable(switch (basis) {
            case INDIVIDUAL_ACCESS, THIRD_PARTY_DIRECTIVE -> "PATRQT";
            case TREATMENT -> "TREAT";
            case PUBLIC_HEALTH -> "PUBHLTH";
            case HEALTH_OVERSIGHT -> "HOPERAT";
            case COURT_ORDER_OR_SUBPOENA -> "HLEGAL";
            case AUTHORIZATION -> null;
        });
    }
}

package io.github.medrecords.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.intake.RecordSelectionForm;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.port.DisclosureLog;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.testkit.intake.SubmissionShape;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request worked to its release through the service, then every resource the mappers make of it, each
 * validated against base R4.
 */
class ReleaseMappingTest {

    private static final Actor CLERK = Actor.staff("clerk-7");
    private static final String STUDY = "1.2.840.113619.2.55.3.604688119";
    private static final Fixture FIXTURE = new Fixture();
    private static RequestCase released;
    private static RequestCase courtOrder;

    @BeforeAll
    static void release() {
        RecordsRequestSubmission form = FIXTURE.forms.valid(SubmissionShape.PATIENT_PORTAL);
        RecordSelectionForm xray = new RecordSelectionForm();
        xray.setType(RecordType.XRAY_IMAGES.code());
        xray.setFrom(Fixture.TODAY.minusYears(2));
        xray.setTo(Fixture.TODAY.minusYears(1));
        xray.setCopies(1);
        List<RecordSelectionForm> records = new ArrayList<>(List.of(xray));
        records.addAll(form.getRecords());
        form.setRecords(records);
        released = work(FIXTURE.service.submit(Fixture.PRACTICE.id(), form, Actor.requester("portal")),
                RecordKeeping.ELECTRONIC);
        courtOrder = work(FIXTURE.service.submit(Fixture.PRACTICE.id(), FIXTURE.forms.valid(SubmissionShape.COURT_ORDER),
                CLERK), RecordKeeping.PAPER);
    }

    private static RequestCase work(RequestCase c, RecordKeeping keeping) {
        c = FIXTURE.service.verifyIdentity(c.id(), VerificationMethod.PHOTO_ID_COPY, CLERK);
        List<SelectionFulfilment> done = new ArrayList<>();
        for (int i = 0; i < c.request().selections().size(); i++) {
            done.add(SelectionFulfilment.ofPages(i, 3, keeping));
        }
        c = FIXTURE.service.recordFulfilment(c.id(), done, Money.ZERO, CLERK);
        if (c.status() == RequestStatus.QUOTED) {
            c = FIXTURE.service.issueInvoice(c.id(), CLERK);
            c = FIXTURE.service.recordPayment(c.id(), c.invoice().orElseThrow().number(), c.amountDue(),
                    PaymentMethod.CARD, "ch_1", CLERK);
        }
        return FIXTURE.service.release(c.id(), CLERK);
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private static List<DocumentReference> documents() {
        return new DocumentReferenceMapper((request, index) -> index == 0 ? Optional.of(STUDY) : Optional.empty())
                .released(released);
    }

    @Test
    void describesEachReleasedSelectionAsADocumentReferenceWithTheImagesStudy() {
        List<DocumentReference> docs = documents();

        assertThat(docs).hasSize(released.request().selections().size());
        DocumentReference images = docs.get(0);
        assertThat(images.getType().getCodingFirstRep().getCode()).isEqualTo("XRAY_IMAGES");
        assertThat(images.getContext().getRelatedFirstRep().getType()).isEqualTo("ImagingStudy");
        assertThat(images.getContext().getRelatedFirstRep().getIdentifier().getValue()).isEqualTo("urn:oid:" + STUDY);
        assertThat(images.getSubject().getIdentifier().getValue()).isEqualTo(released.patientKey().value());
        assertThat(images.getDate().toInstant()).isEqualTo(released.release().orElseThrow().at());
        assertThat(docs.get(1).getContext().getRelated()).isEmpty();
        assertThat(docs).extracting(d -> d.getIdElement().getIdPart()).doesNotHaveDuplicates()
                .isEqualTo(documents().stream().map(d -> d.getIdElement().getIdPart()).toList());
        docs.forEach(ReleaseMappingTest::assertValid);
    }

    @Test
    void describesNothingReleasedBeforeTheRelease() {
        RequestCase open = FIXTURE.service.submit(Fixture.PRACTICE.id(),
                FIXTURE.forms.valid(SubmissionShape.PATIENT_PORTAL), CLERK);

        assertThat(new DocumentReferenceMapper(ImagingStudies.NONE).released(open)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new ProvenanceMapper().toProvenance(open, List.of()));
    }

    @Test
    void showsTheReleasedRequestAsACompletedTaskWithItsItemsAsOutputs() {
        List<DocumentReference> docs = documents();
        Task task = new TaskMapper().toTask(released, docs);

        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("RELEASED");
        assertThat(task.getAuthoredOn().toInstant()).isEqualTo(released.receivedAt());
        assertThat(task.getRestriction().getPeriod().getEndElement().getValueAsString())
                .isEqualTo(released.dueDate().orElseThrow().legalDate().toString());
        assertThat(task.getOwner().getIdentifier().getValue()).isEqualTo(Fixture.PRACTICE.id().value());
        assertThat(task.getOutput()).extracting(o -> ((Reference) o.getValue()).getReference())
                .containsExactlyElementsOf(docs.stream().map(d -> "DocumentReference/" + d.getIdElement().getIdPart())
                        .toList());
        assertThat(task.getIdentifier()).anyMatch(i -> i.getValue().equals(released.number().value()));
        assertValid(task);
    }

    @Test
    void recordsWhoReleasedWhatAsAProvenance() {
        List<DocumentReference> docs = documents();
        Provenance p = new ProvenanceMapper().toProvenance(released, docs);

        assertThat(p.getTarget()).extracting(Reference::getReference).first().isEqualTo("Task/" + released.id().value());
        assertThat(p.getTarget()).hasSize(docs.size() + 1);
        assertThat(p.getRecorded().toInstant()).isEqualTo(released.release().orElseThrow().at());
        assertThat(p.getAgentFirstRep().getWho().getIdentifier().getValue()).isEqualTo("clerk-7");
        assertThat(p.getAgentFirstRep().getWho().getType()).isEqualTo("Practitioner");
        assertThat(p.getActivity().getCodingFirstRep().getCode()).isEqualTo("disclose");
        assertValid(p);
    }

    @Test
    void writesEachDisclosureTheAccountingListsAsABalpExportAuditEvent() {
        DisclosureLog log = FIXTURE.store;
        List<DisclosureEntry> entries = log.entriesFor(Fixture.PRACTICE.id(), courtOrder.patientKey(), Instant.EPOCH,
                FIXTURE.now.get().plusSeconds(1));
        assertThat(entries).isNotEmpty();

        for (DisclosureEntry e : entries) {
            AuditEvent a = new AuditEventMapper().toAuditEvent(e);
            assertThat(a.getIdElement().getIdPart()).isEqualTo(e.id().toString());
            assertThat(a.getType().getSystem()).isEqualTo(FhirCodes.DICOM);
            assertThat(a.getType().getCode()).isEqualTo("110106");
            assertThat(a.getSubtypeFirstRep().getCode()).isEqualTo("disclose");
            assertThat(a.getSubtypeFirstRep().getSystem()).isEqualTo(FhirCodes.ISO_21089);
            assertThat(a.getPurposeOfEventFirstRep().getCoding()).extracting(c -> c.getCode())
                    .contains("COURT_ORDER_OR_SUBPOENA", "HLEGAL");
            assertThat(a.getPurposeOfEventFirstRep().getText()).isEqualTo(e.purpose());
            assertThat(a.getAgent()).extracting(g -> g.getType().getCodingFirstRep().getCode())
                    .containsExactly("110153", "110152");
            assertThat(a.getAgent().get(1).getWho().getDisplay()).isEqualTo(e.recipientName());
            assertThat(a.getEntityFirstRep().getWhat().getIdentifier().getValue()).isEqualTo(e.patient().value());
            assertThat(a.getEntity().get(1).getWhat().getIdentifier().getValue())
                    .isEqualTo(courtOrder.number().value());
            assertThat(a.getEntity().get(1).getDescription()).isEqualTo(e.description());
            assertThat(a.getRecorded().toInstant()).isEqualTo(e.disclosedAt());
            assertValid(a);
        }
    }

    @Test
    void writesTheStoredAuthorizationAsAConsentForReleaseOfInformation() {
        RequestCase attorney = FIXTURE.service.submit(Fixture.PRACTICE.id(),
                FIXTURE.forms.valid(SubmissionShape.ATTORNEY_AUTHORIZATION), CLERK);
        var authorization = attorney.authorization().orElseThrow();
        Consent c = new ConsentMapper().toConsent(authorization, References.patient(attorney.patientKey()));

        assertThat(c.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
        assertThat(c.getCategory()).anyMatch(cc -> cc.getCodingFirstRep().getSystem().equals(FhirCodes.LOINC)
                && cc.getCodingFirstRep().getCode().equals("64292-6"));
        assertThat(c.getPerformerFirstRep().getDisplay()).isEqualTo(authorization.signerName().orElseThrow());
        assertThat(c.getDateTimeElement().getValueAsString())
                .isEqualTo(authorization.signedOn().orElseThrow().toString());
        assertThat(c.getProvision().getActor()).filteredOn(a -> a.getRole().getCodingFirstRep().getCode().equals("IRCP"))
                .extracting(a -> a.getReference().getDisplay()).containsExactlyElementsOf(authorization.recipients());
        assertThat(c.getProvision().getCode()).extracting(cc -> cc.getCodingFirstRep().getCode())
                .containsExactlyInAnyOrderElementsOf(authorization.coveredRecordTypes().stream()
                        .map(RecordType::code).toList());
        assertThat(c.getProvision().getPurpose()).extracting(p -> p.getCode())
                .containsExactlyInAnyOrderElementsOf(authorization.purposes().stream().map(Enum::name).toList());
        authorization.expiration().flatMap(e -> e.date()).ifPresent(d ->
                assertThat(c.getProvision().getPeriod().getEndElement().getValueAsString()).isEqualTo(d.toString()));
        assertValid(c);

        Consent revoked = new ConsentMapper().toConsent(authorization.withRevocation(FIXTURE.now.get()),
                References.patient(attorney.patientKey()));
        assertThat(revoked.getStatus()).isEqualTo(Consent.ConsentState.INACTIVE);
        assertValid(revoked);
    }

    @Test
    void writesTheDirectiveAsAConsentNamingItsRecipient() {
        RequestCase directed = FIXTURE.service.submit(Fixture.PRACTICE.id(),
                FIXTURE.forms.valid(SubmissionShape.PATIENT_DIRECTIVE), CLERK);
        var directive = directed.request().directive().orElseThrow();
        Consent c = new ConsentMapper().toConsent(directive, References.patient(directed.patientKey()));

        assertThat(c.getPolicyFirstRep().getUri()).endsWith("164.524");
        assertThat(c.getProvision().getActorFirstRep().getReference().getDisplay())
                .isEqualTo(directive.recipientName());
        assertThat(c.getDateTimeElement().getValueAsString()).isEqualTo(directive.signature().signedOn().toString());
        assertValid(c);
    }

    static void assertValid(IBaseResource resource) {
        var messages = R4Validation.validate(resource).getMessages();
        assertThat(R4Validation.errors(resource)).as(() -> resource.fhirType() + R4Validation.describe(messages))
                .isEmpty();
        System.out.println("VALIDATION " + resource.fhirType() + " errors=0 warnings="
                + R4Validation.warnings(resource).size() + " messages=" + messages.size());
    }
}

package io.github.medrecords.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.intake.FieldViolation;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.testkit.intake.SubmissionShape;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The facade in process, over the seed practice's services on an in-memory store. */
class FhirRecordsApiTest {

    private static final IParser JSON = R4Validation.CONTEXT.newJsonParser();
    private static final Actor APP = Actor.requester("fhir-app");
    private static final Actor CLERK = Actor.staff("clerk-7");

    private final Fixture fixture = new Fixture();
    private final FhirRecordsApi api = fixture.api(ImagingStudies.NONE);
    private final TaskMapper tasks = new TaskMapper();

    @AfterEach
    void close() {
        fixture.close();
    }

    private static PatientKey keyOf(RecordsRequestSubmission form) {
        return PatientKey.of(io.github.medrecords.core.request.PatientIdentity.of(
                io.github.medrecords.core.party.PersonName.of(form.getPatient().getGivenName(),
                        form.getPatient().getFamilyName()), form.getPatient().getDateOfBirth(), null,
                io.github.medrecords.core.party.ContactDetails.none()));
    }

    @Test
    void createsARequestFromAPostedTaskThatThePatientThenReadsAndFinds() {
        RecordsRequestSubmission form = fixture.forms.valid(SubmissionShape.PATIENT_SECURE_LINK);
        PatientKey patient = keyOf(form);

        FhirResponse created = api.createTask(Fixture.PRACTICE.id(), JSON.encodeResourceToString(tasks.toTask(form)),
                APP);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Task task = JSON.parseResource(Task.class, created.body());
        assertThat(created.location()).contains("Task/" + task.getIdElement().getIdPart());
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.INPROGRESS);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("IN_PROCESS");
        assertThat(fixture.store.findByPatient(Fixture.PRACTICE.id(), patient).requests()).hasSize(1);
        ReleaseMappingTest.assertValid(task);

        FhirResponse read = api.readTask(Fixture.PRACTICE.id(), patient, task.getIdElement().getIdPart());
        assertThat(read.status()).isEqualTo(200);
        assertThat(JSON.parseResource(Task.class, read.body()).getIdentifier()).extracting(i -> i.getValue())
                .contains(form.getIdempotencyKey());

        FhirResponse found = api.searchTasks(Fixture.PRACTICE.id(), patient);
        Bundle bundle = JSON.parseResource(Bundle.class, found.body());
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getEntry()).singleElement()
                .satisfies(e -> assertThat(e.getResource().getIdElement().getIdPart())
                        .isEqualTo(task.getIdElement().getIdPart()));
        ReleaseMappingTest.assertValid(bundle);
    }

    @Test
    void readsAnotherPatientsTaskAsNotFound() {
        RecordsRequestSubmission form = fixture.forms.valid(SubmissionShape.PATIENT_PORTAL);
        FhirResponse created = api.createTask(Fixture.PRACTICE.id(), JSON.encodeResourceToString(tasks.toTask(form)),
                APP);
        String id = created.location().orElseThrow().substring("Task/".length());
        PatientKey stranger = new PatientKey("0".repeat(64));

        assertThat(api.readTask(Fixture.PRACTICE.id(), stranger, id).status()).isEqualTo(404);
        assertThat(api.readTask(Fixture.PRACTICE.id(), keyOf(form), "not-a-uuid").status()).isEqualTo(404);
        assertThat(JSON.parseResource(Bundle.class, api.searchTasks(Fixture.PRACTICE.id(), stranger).body())
                .getEntry()).isEmpty();
    }

    @Test
    void answersEveryProblemOfABadTaskInOneOutcomeAndSavesNothing() {
        RecordsRequestSubmission form = fixture.forms.valid(SubmissionShape.ATTORNEY_AUTHORIZATION);
        Task task = tasks.toTask(form);
        // Missing: the legal basis.
        task.getInput().removeIf(in -> in.getType().getCodingFirstRep().getCode().equals("legal-basis"));
        // Contradictory: a second delivery method that differs from the first.
        task.addInput().setType(new CodeableConcept(new org.hl7.fhir.r4.model.Coding(FhirCodes.TASK_INPUT,
                "delivery-method", null))).setValue(new CodeableConcept(new org.hl7.fhir.r4.model.Coding(
                FhirCodes.DELIVERY_METHOD, "FAX", null)));
        // Unknown: a record type the practice does not offer.
        task.getInput().stream().filter(in -> in.getType().getCodingFirstRep().getCode().equals("data-code"))
                .findFirst().orElseThrow().setValue(new CodeableConcept(new org.hl7.fhir.r4.model.Coding(
                        FhirCodes.RECORD_TYPE, "DENTAL_MOLDS", null)));
        // Unsigned: the authorization's Consent has neither signer nor date.
        Consent consent = (Consent) task.getContained().stream().filter(r -> r instanceof Consent).findFirst()
                .orElseThrow();
        consent.getPerformer().clear();
        consent.setDateTimeElement(null);

        FhirResponse answer = api.createTask(Fixture.PRACTICE.id(), JSON.encodeResourceToString(task), APP);

        assertThat(answer.status()).isEqualTo(422);
        OperationOutcome outcome = JSON.parseResource(OperationOutcome.class, answer.body());
        assertThat(outcome.getIssue()).extracting(i -> i.getDetails().getCodingFirstRep().getCode() + " @ "
                + i.getExpression().get(0).getValue()).containsExactlyInAnyOrder(
                "medrecords.fhir.consent.unsigned @ " + OperationOutcomes.expression("authorization.signedOn"),
                "medrecords.fhir.consent.unsigned @ " + OperationOutcomes.expression("authorization.signerName"),
                "medrecords.fhir.input.repeated @ " + OperationOutcomes.expression("delivery.method"),
                "medrecords.legalBasis.required @ " + OperationOutcomes.expression("legalBasis"),
                "medrecords.records.type.unknown @ " + OperationOutcomes.expression("records[0].type"));
        assertThat(outcome.getIssue()).allSatisfy(i -> {
            assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
            assertThat(i.getDetails().getText()).isNotBlank();
        });
        assertThat(OperationOutcomes.expression("records[0].type"))
                .isEqualTo("Task.input.where(type.coding.code='data-code')[0].value.coding");
        assertThat(fixture.store.findByPatient(Fixture.PRACTICE.id(), keyOf(form)).requests()).isEmpty();
        ReleaseMappingTest.assertValid(outcome);
    }

    @Test
    void reportsTheIntakesOwnProblemsForAFormThatFailsItUnchanged() {
        RecordsRequestSubmission form = fixture.forms.invalid(
                io.github.medrecords.testkit.intake.Corruption.COPIES_ABOVE_PRACTICE_MAXIMUM).submission();
        List<FieldViolation> intake = fixture.intake.check(Fixture.PRACTICE, form);

        FhirResponse answer = api.createTask(Fixture.PRACTICE.id(), JSON.encodeResourceToString(tasks.toTask(form)),
                APP);

        assertThat(answer.status()).isEqualTo(422);
        OperationOutcome outcome = JSON.parseResource(OperationOutcome.class, answer.body());
        assertThat(outcome.getIssue()).extracting(i -> i.getDetails().getCodingFirstRep().getCode())
                .containsExactlyElementsOf(intake.stream().map(FieldViolation::code).toList());
        assertThat(outcome.getIssue()).extracting(i -> i.getDetails().getText())
                .containsExactlyElementsOf(intake.stream().map(FieldViolation::message).toList());
    }

    @Test
    void reportsARecordTypeOfAnotherCodeSystemOnceAsUnknown() {
        RecordsRequestSubmission form = fixture.forms.valid(SubmissionShape.PATIENT_PORTAL);
        Task task = tasks.toTask(form);
        task.getInput().stream().filter(in -> in.getType().getCodingFirstRep().getCode().equals("data-code"))
                .findFirst().orElseThrow().setValue(new CodeableConcept(new org.hl7.fhir.r4.model.Coding(
                        FhirCodes.LOINC, "18748-4", "Diagnostic imaging study")));

        FhirResponse answer = api.createTask(Fixture.PRACTICE.id(), JSON.encodeResourceToString(task), APP);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(JSON.parseResource(OperationOutcome.class, answer.body()).getIssue()).singleElement()
                .satisfies(i -> {
                    assertThat(i.getDetails().getCodingFirstRep().getCode()).isEqualTo("medrecords.fhir.code.unknown");
                    assertThat(i.getCode()).isEqualTo(OperationOutcome.IssueType.CODEINVALID);
                    assertThat(i.getExpression().get(0).getValue())
                            .isEqualTo(OperationOutcomes.expression("records[0].type"));
                });
        assertThat(fixture.store.findByPatient(Fixture.PRACTICE.id(), keyOf(form)).requests()).isEmpty();
    }

    @Test
    void refusesABodyThatIsNoTask() {
        assertThat(api.createTask(Fixture.PRACTICE.id(), "{not json", APP).status()).isEqualTo(400);
        FhirResponse patient = api.createTask(Fixture.PRACTICE.id(), JSON.encodeResourceToString(new Patient()), APP);
        assertThat(patient.status()).isEqualTo(400);
        assertThat(JSON.parseResource(OperationOutcome.class, patient.body()).getIssueFirstRep().getDetails()
                .getCodingFirstRep().getCode()).isEqualTo("medrecords.fhir.resource.wrongType");
    }

    @Test
    void findsThePatientsAccountingOfDisclosuresAsAuditEvents() {
        RecordsRequestSubmission form = fixture.forms.valid(SubmissionShape.COURT_ORDER);
        RequestCase c = fixture.service.submit(Fixture.PRACTICE.id(), form, CLERK);
        c = fixture.service.verifyIdentity(c.id(), VerificationMethod.DOCUMENTS_OF_AUTHORITY, CLERK);
        List<SelectionFulfilment> pages = java.util.stream.IntStream.range(0, c.request().selections().size())
                .mapToObj(i -> SelectionFulfilment.ofPages(i, 3, RecordKeeping.PAPER)).toList();
        c = fixture.service.recordFulfilment(c.id(), pages, Money.ZERO, CLERK);
        c = fixture.service.issueInvoice(c.id(), CLERK);
        c = fixture.service.recordPayment(c.id(), c.invoice().orElseThrow().number(), c.amountDue(),
                PaymentMethod.CHECK, "chk-1", CLERK);
        RequestCase released = fixture.service.release(c.id(), CLERK);
        PatientKey patient = released.patientKey();
        fixture.now.set(fixture.now.get().plusSeconds(60));

        Bundle bundle = JSON.parseResource(Bundle.class,
                api.searchAuditEvents(Fixture.PRACTICE.id(), patient).body());

        int listed = fixture.accounting.accountingFor(Fixture.PRACTICE.id(), patient, List.of()).entries()
                .size();
        assertThat(listed).isPositive();
        assertThat(bundle.getTotal()).isEqualTo(listed);
        assertThat(bundle.getEntry()).allSatisfy(e -> {
            AuditEvent a = (AuditEvent) e.getResource();
            assertThat(a.getType().getCode()).isEqualTo("110106");
            assertThat(a.getEntityFirstRep().getWhat().getIdentifier().getValue()).isEqualTo(patient.value());
        });
        ReleaseMappingTest.assertValid(bundle);
        assertThat(JSON.parseResource(Bundle.class, api.searchAuditEvents(Fixture.PRACTICE.id(),
                new PatientKey("0".repeat(64))).body()).getEntry()).isEmpty();
        assertThat(bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart())
                .collect(Collectors.toSet())).hasSize(listed);
    }

    @Test
    void createsATaskForTheSessionsPatientOnlyAndRefusesAnotherPatientsWithoutSaving() {
        RecordsRequestSubmission form = fixture.forms.valid(SubmissionShape.PATIENT_SECURE_LINK);
        String json = JSON.encodeResourceToString(tasks.toTask(form));
        PatientKey stranger = new PatientKey("0".repeat(64));

        FhirResponse refused = api.createTask(Fixture.PRACTICE.id(), stranger, json, APP);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(JSON.parseResource(OperationOutcome.class, refused.body()).getIssueFirstRep().getCode())
                .isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
        assertThat(fixture.store.findByPatient(Fixture.PRACTICE.id(), keyOf(form)).requests()).isEmpty();

        FhirResponse created = api.createTask(Fixture.PRACTICE.id(), keyOf(form), json, APP);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(fixture.store.findByPatient(Fixture.PRACTICE.id(), keyOf(form)).requests()).hasSize(1);
    }

    @Test
    void carriesADeliveryToThePatientsAppThroughTheTaskAndBack() {
        RecordsRequestSubmission form = fixture.forms.valid(SubmissionShape.PATIENT_SECURE_LINK);
        form.getDelivery().setEmail(null);
        form.getDelivery().setMethod(io.github.medrecords.core.request.DeliveryMethod.PATIENT_APP);
        form.getDelivery().setApp("org.example.health-app");
        Task task = tasks.toTask(form);
        ReleaseMappingTest.assertValid(task);

        assertThat(tasks.fromTask(task).submission().getDelivery().getApp()).isEqualTo("org.example.health-app");
        FhirResponse created = api.createTask(Fixture.PRACTICE.id(), keyOf(form), JSON.encodeResourceToString(task),
                APP);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Task stored = JSON.parseResource(Task.class, created.body());
        assertThat(tasks.fromTask(stored).submission().getDelivery().getApp()).isEqualTo("org.example.health-app");
    }
}

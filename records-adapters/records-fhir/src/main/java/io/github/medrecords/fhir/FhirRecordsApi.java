package io.github.medrecords.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import io.github.medrecords.core.intake.FieldViolation;
import io.github.medrecords.core.intake.InvalidRequestException;
import io.github.medrecords.core.intake.PatientForm;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.service.AccountingService;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/**
 * The four interactions of a portal's FHIR endpoint, without a web framework: create a Task from JSON, read a
 * Task, search the Tasks of a patient, search the AuditEvents of a patient (the accounting of disclosures). The
 * portal authenticates the caller and passes the practice and the patient key of the session; this class answers
 * with a status and a FHIR JSON body.
 *
 * <p>A posted Task goes through the same intake as a form: every problem, the mapping's and the intake's, comes
 * back in one OperationOutcome (422) and nothing is saved. A Task of another patient reads as not found (404).
 * Thread-safe if the services are.
 */
public final class FhirRecordsApi {

    private final RequestService requests;
    private final RequestRepository repository;
    private final AccountingService accounting;
    private final String base;
    private final FhirContext context;
    private final TaskMapper tasks = new TaskMapper();
    private final DocumentReferenceMapper documents;
    private final AuditEventMapper auditEvents = new AuditEventMapper();

    /**
     * Creates the facade.
     *
     * @param requests  the request service, not null
     * @param repository  the repository the service uses, for a patient's requests, not null
     * @param accounting  the accounting service, not null
     * @param imaging  where released images' studies are, not null
     * @param baseUrl  the endpoint's absolute base address, for example {@code https://portal.example/fhir}, which
     *         search results' {@code fullUrl}s start with; not null
     * @throws IllegalArgumentException if the base address is not an absolute http(s) URL
     */
    public FhirRecordsApi(RequestService requests, RequestRepository repository, AccountingService accounting,
            ImagingStudies imaging, String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("The FHIR base must be an absolute http(s) URL: " + baseUrl);
        }
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.requests = Objects.requireNonNull(requests, "requests");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.accounting = Objects.requireNonNull(accounting, "accounting");
        this.documents = new DocumentReferenceMapper(imaging);
        this.context = FhirContext.forR4Cached();
    }

    /**
     * Creates a request from a posted Task.
     *
     * @param practice  the practice the endpoint serves, not null
     * @param json  the Task as FHIR JSON, not null
     * @param actor  who posts (the portal's requester actor), not null
     * @return 201 with the stored Task and its location; 400 if the body is no FHIR Task; 422 with every problem
     */
    public FhirResponse createTask(PracticeId practice, String json, Actor actor) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(actor, "actor");
        return create(practice, Optional.empty(), json, actor);
    }

    /**
     * Creates a request from a posted Task, for the patient of the caller's session only: a valid Task about
     * another patient is refused (403) and nothing is saved.
     *
     * @param practice  the practice the endpoint serves, not null
     * @param patient  the session's patient key, not null
     * @param json  the Task as FHIR JSON, not null
     * @param actor  who posts (the portal's requester actor), not null
     * @return 201 with the stored Task and its location; 400 if the body is no FHIR Task; 403 if the Task is about
     *         another patient; 422 with every problem
     */
    public FhirResponse createTask(PracticeId practice, PatientKey patient, String json, Actor actor) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(actor, "actor");
        return create(practice, Optional.of(patient), json, actor);
    }

    private FhirResponse create(PracticeId practice, Optional<PatientKey> patient, String json, Actor actor) {
        IBaseResource parsed;
        try {
            parsed = parser().parseResource(json);
        } catch (DataFormatException | ClassCastException e) {
            return respond(400, OperationOutcomes.of(OperationOutcome.IssueType.STRUCTURE,
                    Fhir.Problems.RESOURCE_UNREADABLE, Fhir.Problems.message(Fhir.Problems.RESOURCE_UNREADABLE)));
        }
        if (!(parsed instanceof Task task)) {
            return respond(400, OperationOutcomes.of(OperationOutcome.IssueType.NOTSUPPORTED,
                    Fhir.Problems.RESOURCE_WRONG_TYPE, Fhir.Problems.message(Fhir.Problems.RESOURCE_WRONG_TYPE)));
        }
        TaskSubmission read = tasks.fromTask(task);
        if (read.problems().isEmpty()) {
            if (patient.isPresent() && patientOf(read.submission()).filter(k -> !k.equals(patient.get())).isPresent()) {
                return respond(403, OperationOutcomes.of(OperationOutcome.IssueType.FORBIDDEN,
                        "medrecords.fhir.otherPatient", "A Task may only be created for the patient of this session."));
            }
            try {
                RequestCase saved = requests.submit(practice, read.submission(), actor);
                return new FhirResponse(201, encode(tasks.toTask(saved, List.of())),
                        Optional.of("Task/" + saved.id().value()));
            } catch (InvalidRequestException e) {
                return respond(422, OperationOutcomes.of(e.getViolations()));
            }
        }
        List<FieldViolation> intake = List.of();
        try {
            requests.preview(practice, read.submission());
        } catch (InvalidRequestException e) {
            intake = e.getViolations();
        }
        return respond(422, OperationOutcomes.of(merge(read.problems(), intake)));
    }

    /**
     * Reads a request of the patient as a Task.
     *
     * @param practice  the practice, not null
     * @param patient  the session's patient key, not null
     * @param id  the Task's id, as in its address, not null
     * @return 200 with the Task, or 404 if there is none of this patient
     */
    public FhirResponse readTask(PracticeId practice, PatientKey patient, String id) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(id, "id");
        Optional<RequestCase> found;
        try {
            found = requests.find(RequestId.parse(id));
        } catch (IllegalArgumentException e) {
            found = Optional.empty();
        }
        Optional<RequestCase> theirs = found.filter(r -> r.practiceId().equals(practice)
                && r.patientKey().equals(patient));
        if (theirs.isEmpty()) {
            return respond(404, OperationOutcomes.of(OperationOutcome.IssueType.NOTFOUND, "medrecords.fhir.notFound",
                    "There is no such request."));
        }
        return new FhirResponse(200, encode(task(theirs.get())), Optional.empty());
    }

    /**
     * Searches the patient's requests, newest first ({@code GET Task?patient=…}).
     *
     * @param practice  the practice, not null
     * @param patient  the session's patient key, not null
     * @return 200 with a searchset Bundle of Tasks
     */
    public FhirResponse searchTasks(PracticeId practice, PatientKey patient) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(patient, "patient");
        List<Resource> found = repository.findByPatient(practice, patient).requests().stream()
                .sorted(Comparator.comparing(RequestCase::receivedAt).reversed()).map(r -> (Resource) task(r))
                .toList();
        return new FhirResponse(200, encode(bundle(found)), Optional.empty());
    }

    /**
     * Searches the disclosures the patient's accounting lists, oldest first ({@code GET AuditEvent?patient=…}).
     *
     * @param practice  the practice, not null
     * @param patient  the session's patient key, not null
     * @return 200 with a searchset Bundle of AuditEvents
     */
    public FhirResponse searchAuditEvents(PracticeId practice, PatientKey patient) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(patient, "patient");
        List<Resource> found = new ArrayList<>();
        for (DisclosureEntry e : accounting.accountingFor(practice, patient, List.of()).entries()) {
            AuditEvent event = auditEvents.toAuditEvent(e);
            found.add(event);
        }
        return new FhirResponse(200, encode(bundle(found)), Optional.empty());
    }

    /** The key of the Task's patient, as the store will derive it; empty if the intake will refuse the patient. */
    private static Optional<PatientKey> patientOf(RecordsRequestSubmission s) {
        PatientForm p = s.getPatient();
        if (p == null || p.getGivenName() == null || p.getFamilyName() == null || p.getDateOfBirth() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PatientKey.of(PatientIdentity.of(PersonName.of(p.getGivenName(), p.getFamilyName()),
                    p.getDateOfBirth(), null, ContactDetails.none())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Task task(RequestCase r) {
        List<DocumentReference> released = documents.released(r);
        return tasks.toTask(r, released);
    }

    /** Both lists; an intake problem on a field the mapping already explains is left out. */
    static List<FieldViolation> merge(List<FieldViolation> mapping, List<FieldViolation> intake) {
        Set<String> explained = mapping.stream().map(FieldViolation::field).collect(Collectors.toSet());
        List<FieldViolation> all = new ArrayList<>(mapping);
        intake.stream().filter(v -> !explained.contains(v.field())).forEach(all::add);
        all.sort(null);
        return all;
    }

    private Bundle bundle(List<Resource> resources) {
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.SEARCHSET);
        b.setTotal(resources.size());
        for (Resource r : resources) {
            b.addEntry().setFullUrl(base + "/" + r.fhirType() + "/" + r.getIdElement().getIdPart()).setResource(r)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return b;
    }

    private FhirResponse respond(int status, OperationOutcome outcome) {
        return new FhirResponse(status, encode(outcome), Optional.empty());
    }

    private String encode(IBaseResource resource) {
        return parser().encodeResourceToString(resource);
    }

    private IParser parser() {
        return context.newJsonParser();
    }

    @Override
    public String toString() {
        return "FhirRecordsApi[FHIR R4]";
    }
}

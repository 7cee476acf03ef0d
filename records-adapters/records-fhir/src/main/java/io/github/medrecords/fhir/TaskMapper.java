package io.github.medrecords.fhir;

import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestStatus;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/**
 * A records request as a FHIR R4 Task in the manner of a Da Vinci CDex data request, both ways.
 *
 * <p>The Task: {@code code} HRex {@code data-request-code}, {@code intent} order; the patient, the requester
 * (the patient, a RelatedPerson, or a PractitionerRole for a provider), the supporting documents
 * (DocumentReference), the delivery provider (Organization) and the authorization or directive (Consent) as
 * contained resources; {@code reasonCode} the purpose; one {@code input} of type HRex {@code data-code} per
 * selection (the record type, its description as text, its dates and copies as extensions); inputs of medrecords'
 * types for the legal basis, the delivery and the identity attestation. A stored request adds its id and number,
 * {@code status} and {@code businessStatus} from its status, {@code authoredOn} (received), {@code
 * restriction.period.end} (the legal due date), {@code owner} (the practice) and one {@code output} per released
 * item. Stateless and thread-safe.
 */
public final class TaskMapper {

    private final SubmissionTasks forms = new SubmissionTasks();

    /**
     * Creates the mapper.
     */
    public TaskMapper() {
    }

    /**
     * Writes a portal's form as the Task an app would post ({@code status} requested).
     *
     * @param submission  the form, valid or not, not null
     * @return the Task, not null
     */
    public Task toTask(RecordsRequestSubmission submission) {
        Objects.requireNonNull(submission, "submission");
        return forms.toTask(submission);
    }

    /**
     * Reads a posted Task as a portal's form, for the intake to check like any other.
     *
     * @param task  the Task, not null
     * @return the form and the problems found in reading it, not null
     */
    public TaskSubmission fromTask(Task task) {
        Objects.requireNonNull(task, "task");
        return forms.fromTask(task);
    }

    /**
     * Writes a stored request as a Task an app follows.
     *
     * @param request  the request, not null
     * @param released  its released items, from {@link DocumentReferenceMapper#released}, not null
     * @return the Task, with the request's id, not null
     */
    public Task toTask(RequestCase request, List<DocumentReference> released) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(released, "released");
        RequestCase.Snapshot snapshot = request.snapshot();
        Task t = forms.toTask(DomainForms.submission(request.request(), request.authorization(),
                snapshot.idempotencyKey()));
        if (request.authorization().flatMap(a -> a.revokedAt()).isPresent()) {
            for (Resource r : t.getContained()) {
                if (r instanceof Consent c && SubmissionTasks.AUTHORIZATION.equals(c.getIdElement().getIdPart())) {
                    c.setStatus(Consent.ConsentState.INACTIVE);
                }
            }
        }
        t.setId(request.id().value().toString());
        t.addIdentifier().setSystem(FhirCodes.REQUEST_NUMBER).setValue(request.number().value());
        t.setStatus(status(request.status()));
        t.setBusinessStatus(Fhir.concept(FhirCodes.REQUEST_STATUS, request.status().name(),
                request.status().plainWords()));
        t.setAuthoredOn(Date.from(request.receivedAt()));
        request.dueDate().ifPresent(due -> t.getRestriction()
                .setPeriod(new Period().setEndElement(Fhir.dateTime(due.legalDate()))));
        t.setOwner(References.practice(request.practiceId()));
        for (DocumentReference d : released) {
            t.addOutput().setType(Fhir.concept(FhirCodes.HREX_TEMP, "data-value", "data value"))
                    .setValue(new Reference("DocumentReference/" + d.getIdElement().getIdPart()));
        }
        return t;
    }

    /**
     * The Task status that a request's status shows as; {@code businessStatus} carries the status itself.
     *
     * @param status  the request's status, not null
     * @return the Task status, not null
     */
    public static Task.TaskStatus status(RequestStatus status) {
        return switch (status) {
            case AWAITING_AUTHORIZATION, INVOICED -> Task.TaskStatus.ONHOLD;
            case IN_PROCESS, QUOTED, HANDED_OFF -> Task.TaskStatus.INPROGRESS;
            case READY_FOR_RELEASE -> Task.TaskStatus.READY;
            case RELEASED, NO_RECORDS -> Task.TaskStatus.COMPLETED;
            case DENIED -> Task.TaskStatus.REJECTED;
            case CANCELLED, WITHDRAWN -> Task.TaskStatus.CANCELLED;
        };
    }
}

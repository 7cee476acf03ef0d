package io.github.medrecords.fhir;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import java.util.Objects;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Logical references to the library's parties and requests, by identifier, so that no resource names the
 * patient beyond what it must: the patient by the practice's patient key, the practice by its id, staff by the
 * id the workflow records.
 */
public final class References {

    private References() {
    }

    /**
     * A patient by the key under which the practice finds their requests and disclosures.
     *
     * @param patient  the key, not null
     * @return the reference, not null
     */
    public static Reference patient(PatientKey patient) {
        Objects.requireNonNull(patient, "patient");
        return new Reference().setType("Patient")
                .setIdentifier(new Identifier().setSystem(FhirCodes.PATIENT_KEY).setValue(patient.value()));
    }

    /**
     * A practice by its id.
     *
     * @param practice  the practice, not null
     * @return the reference, not null
     */
    public static Reference practice(PracticeId practice) {
        Objects.requireNonNull(practice, "practice");
        return new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(FhirCodes.PRACTICE).setValue(practice.value()));
    }

    /**
     * A request's Task, by its id.
     *
     * @param id  the request's id, not null
     * @return the reference, not null
     */
    public static Reference task(RequestId id) {
        Objects.requireNonNull(id, "id");
        return new Reference("Task/" + id.value());
    }

    /**
     * A request's Task, by its number.
     *
     * @param number  the request's number, not null
     * @return the reference, not null
     */
    public static Reference task(RequestNumber number) {
        Objects.requireNonNull(number, "number");
        return new Reference().setType("Task")
                .setIdentifier(new Identifier().setSystem(FhirCodes.REQUEST_NUMBER).setValue(number.value()));
    }

    /**
     * Who acted: a staff member as a Practitioner, the system as a Device, a requester as a RelatedPerson.
     *
     * @param actor  the actor, not null
     * @return the reference, not null
     */
    public static Reference actor(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        String type = switch (actor.kind()) {
            case STAFF -> "Practitioner";
            case SYSTEM -> "Device";
            default -> "RelatedPerson";
        };
        return new Reference().setType(type)
                .setIdentifier(new Identifier().setSystem(FhirCodes.ACTOR).setValue(actor.id()));
    }
}

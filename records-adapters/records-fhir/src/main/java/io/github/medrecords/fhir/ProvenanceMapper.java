package io.github.medrecords.fhir;

import io.github.medrecords.core.workflow.Release;
import io.github.medrecords.core.workflow.RequestCase;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;

/**
 * Who released what: a Provenance whose targets are the request's Task and the released items'
 * DocumentReferences; occurred and recorded at the release; activity ISO 21089 {@code disclose}; reason the
 * legal basis; agents the staff member who released (performer, on behalf of the practice) and the practice
 * (custodian). Stateless and thread-safe.
 */
public final class ProvenanceMapper {

    static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

    /**
     * Creates the mapper.
     */
    public ProvenanceMapper() {
    }

    /**
     * Maps a release.
     *
     * @param request  a released request, not null
     * @param released  its released items, from {@link DocumentReferenceMapper#released}, not null
     * @return the Provenance, not null
     * @throws IllegalArgumentException if the request was not released
     */
    public Provenance toProvenance(RequestCase request, List<DocumentReference> released) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(released, "released");
        Release release = request.release().orElseThrow(() -> new IllegalArgumentException(
                "Request " + request.number() + " has not been released"));
        Provenance p = new Provenance();
        p.setId(java.util.UUID.nameUUIDFromBytes(("release/" + request.id().value())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        p.addTarget(References.task(request.id()));
        released.forEach(d -> p.addTarget(new Reference("DocumentReference/" + d.getIdElement().getIdPart())));
        p.setOccurred(new org.hl7.fhir.r4.model.DateTimeType(Date.from(release.at())));
        p.setRecorded(Date.from(release.at()));
        p.setActivity(Fhir.concept(FhirCodes.ISO_21089, "disclose", "Disclose Record Lifecycle Event"));
        p.addReason(Fhir.concept(FhirCodes.LEGAL_BASIS, request.request().legalBasis().name(), null));
        Reference practice = References.practice(request.practiceId());
        p.addAgent().setType(Fhir.concept(PARTICIPANT_TYPE, "performer", "Performer"))
                .setWho(References.actor(release.by())).setOnBehalfOf(practice.copy());
        p.addAgent().setType(Fhir.concept(PARTICIPANT_TYPE, "custodian", "Custodian")).setWho(practice.copy());
        return p;
    }
}

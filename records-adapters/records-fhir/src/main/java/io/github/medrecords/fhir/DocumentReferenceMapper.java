package io.github.medrecords.fhir;

import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.workflow.Release;
import io.github.medrecords.core.workflow.RequestCase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * The items a release sent, one DocumentReference per selection that was not withheld: the record type as
 * {@code type}, the patient by key as {@code subject}, the release time as {@code date}, the practice as
 * {@code custodian}, the records' dates as {@code context.period}, and for images the ImagingStudy as
 * {@code context.related} where the practice knows it. No record contents and no free text. Stateless and
 * thread-safe if the {@link ImagingStudies} is.
 */
public final class DocumentReferenceMapper {

    /** The identifier system of a released item: the request's number, a slash, the selection's index. */
    public static final String RELEASED_ITEM = FhirCodes.BASE + "/NamingSystem/released-item";

    private final ImagingStudies imaging;

    /**
     * Creates the mapper.
     *
     * @param imaging  where images' studies are, {@link ImagingStudies#NONE} if nowhere known, not null
     */
    public DocumentReferenceMapper(ImagingStudies imaging) {
        this.imaging = Objects.requireNonNull(imaging, "imaging");
    }

    /**
     * Maps the items a request released; empty until it is released.
     *
     * @param request  the request, not null
     * @return the DocumentReferences in selection order, with stable ids; not null
     */
    public List<DocumentReference> released(RequestCase request) {
        Objects.requireNonNull(request, "request");
        Optional<Release> release = request.release();
        List<DocumentReference> out = new ArrayList<>();
        if (release.isEmpty()) {
            return out;
        }
        List<RecordSelection> selections = request.request().selections();
        for (int i = 0; i < selections.size(); i++) {
            if (request.withheldSelections().contains(i)) {
                continue;
            }
            RecordSelection s = selections.get(i);
            DocumentReference d = new DocumentReference();
            d.setId(id(request, i));
            d.setMasterIdentifier(new Identifier().setSystem(RELEASED_ITEM).setValue(request.number().value() + "/" + i));
            d.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
            d.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
            d.setType(Fhir.concept(FhirCodes.RECORD_TYPE, s.type().code(), s.type().label()));
            d.setSubject(References.patient(request.patientKey()));
            d.setDate(Date.from(release.get().at()));
            d.setCustodian(References.practice(request.practiceId()));
            d.addContent().getAttachment().setTitle(s.type().label());
            DocumentReference.DocumentReferenceContextComponent context = d.getContext();
            if (s.dates().from().isPresent() || s.dates().to().isPresent()) {
                context.setPeriod(new Period().setStartElement(Fhir.dateTime(s.dates().from().orElse(null)))
                        .setEndElement(Fhir.dateTime(s.dates().to().orElse(null))));
            }
            if (s.type().isImaging()) {
                int index = i;
                imaging.studyInstanceUid(request, i).ifPresent(uid -> context.addRelated(new Reference()
                        .setType("ImagingStudy").setIdentifier(new Identifier().setSystem(FhirCodes.DICOM_UID)
                                .setValue("urn:oid:" + uid)).setDisplay("Study of selection " + index)));
            }
            out.add(d);
        }
        return out;
    }

    /**
     * The stable id of a released item's DocumentReference.
     *
     * @param request  the request, not null
     * @param selectionIndex  the selection's index
     * @return a UUID derived from the request's id and the index, not null
     */
    public static String id(RequestCase request, int selectionIndex) {
        return UUID.nameUUIDFromBytes((request.id().value() + "/" + selectionIndex).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}

package io.github.medrecords.fhir;

import io.github.medrecords.core.workflow.RequestCase;
import java.util.Optional;

/**
 * Where the images of a released selection are, when the practice knows: the DICOM study instance UID its
 * PACS holds them under. Implementations must be thread-safe if the mapper is shared.
 */
@FunctionalInterface
public interface ImagingStudies {

    /** Knows no study: released images carry no ImagingStudy reference. */
    ImagingStudies NONE = (request, selectionIndex) -> Optional.empty();

    /**
     * Finds the study of a selection.
     *
     * @param request  the released request, not null
     * @param selectionIndex  the selection's index in the request
     * @return the study instance UID (digits and dots), or empty when unknown; not null
     */
    Optional<String> studyInstanceUid(RequestCase request, int selectionIndex);
}

package io.github.medrecords.portal;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** FHIR R4 JSON for the endpoint's own answers (401, 403, 413), the way {@code FhirRecordsApi} writes its own. */
final class FhirJson {

    private FhirJson() {
    }

    static String encode(IBaseResource resource) {
        return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(resource);
    }
}

package io.github.medrecords.fhir;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link FhirRecordsApi} answers, for a portal to send as an HTTP response: the status code, the FHIR JSON
 * body (a resource, a search Bundle or an OperationOutcome) with media type {@value #MEDIA_TYPE}, and the new
 * resource's relative address after a create. Immutable and thread-safe; {@code toString()} leaves the body out.
 *
 * @param status  the HTTP status: 200, 201, 400, 403, 404 or 422
 * @param body  the JSON body, not null
 * @param location  the created resource's address, for example {@code Task/3f…}, for a 201
 */
public record FhirResponse(int status, String body, Optional<String> location) {

    /** The media type of every body. */
    public static final String MEDIA_TYPE = "application/fhir+json";

    /**
     * Validates the parts.
     */
    public FhirResponse {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(location, "location");
    }

    @Override
    public String toString() {
        return "FhirResponse[" + status + location.map(l -> ", " + l).orElse("") + "]";
    }
}

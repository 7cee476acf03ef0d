package io.github.medrecords.core.intake;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.request.RecordsRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * What a valid submission becomes: the request, the authorization that came with it, and the
 * portal's idempotency key.
 *
 * <p>Immutable and thread-safe.
 *
 * @param request  the request, not null
 * @param authorization  the authorization submitted with it, if any; whether it is valid is checked at release
 * @param idempotencyKey  the portal's key for the submission, if any
 */
public record AcceptedSubmission(RecordsRequest request, Optional<Authorization> authorization,
        Optional<String> idempotencyKey) {

    /**
     * Validates the parts.
     */
    public AcceptedSubmission {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}

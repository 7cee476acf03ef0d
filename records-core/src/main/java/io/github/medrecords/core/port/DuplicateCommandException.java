package io.github.medrecords.core.port;

import io.github.medrecords.core.workflow.RequestId;
import java.util.Objects;

/**
 * Thrown when a change to a request is saved with a command idempotency key already recorded for
 * that request; nothing is written. The caller loads the request, to which the command was already
 * applied.
 */
public class DuplicateCommandException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final RequestId requestId;
    private final String idempotencyKey;

    /**
     * Creates the exception.
     *
     * @param requestId  the request, not null
     * @param idempotencyKey  the command's key, not null
     * @param cause  the store's own exception, may be null
     */
    public DuplicateCommandException(RequestId requestId, String idempotencyKey, Throwable cause) {
        super("A command with idempotency key '" + Objects.requireNonNull(idempotencyKey, "idempotencyKey")
                + "' was already applied to request " + Objects.requireNonNull(requestId, "requestId"), cause);
        this.requestId = requestId;
        this.idempotencyKey = idempotencyKey;
    }

    /**
     * Returns the request.
     *
     * @return the request's id, not null
     */
    public RequestId getRequestId() {
        return requestId;
    }

    /**
     * Returns the key.
     *
     * @return the command's idempotency key, not null
     */
    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}

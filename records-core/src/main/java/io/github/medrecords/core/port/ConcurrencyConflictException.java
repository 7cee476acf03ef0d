package io.github.medrecords.core.port;

import io.github.medrecords.core.workflow.RequestId;

/**
 * Thrown when a request is saved with a version that is no longer the stored one: someone else
 * changed it first. Nothing is written; reload and try again.
 */
public class ConcurrencyConflictException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final transient RequestId requestId;
    private final long expectedVersion;

    /**
     * Creates the exception.
     *
     * @param requestId  the request, not null
     * @param expectedVersion  the version the save expected
     * @param cause  the store's own exception, may be null
     */
    public ConcurrencyConflictException(RequestId requestId, long expectedVersion, Throwable cause) {
        super("Request " + requestId + " is no longer at version " + expectedVersion + "; reload and retry", cause);
        this.requestId = requestId;
        this.expectedVersion = expectedVersion;
    }

    /**
     * Returns the request.
     *
     * @return the id, not null
     */
    public RequestId getRequestId() {
        return requestId;
    }

    /**
     * Returns the version the save expected.
     *
     * @return the version
     */
    public long getExpectedVersion() {
        return expectedVersion;
    }
}

package io.github.medrecords.core.port;

/**
 * Thrown when a new request is saved with an idempotency key its practice already used; nothing
 * is written. The caller loads the request already saved under that key.
 */
public class DuplicateSubmissionException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String idempotencyKey;

    /**
     * Creates the exception.
     *
     * @param idempotencyKey  the key, not null
     * @param cause  the store's own exception, may be null
     */
    public DuplicateSubmissionException(String idempotencyKey, Throwable cause) {
        super("A request was already submitted with idempotency key '" + idempotencyKey + "'", cause);
        this.idempotencyKey = idempotencyKey;
    }

    /**
     * Returns the key.
     *
     * @return the idempotency key, not null
     */
    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}

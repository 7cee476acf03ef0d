package io.github.medrecords.core.port;

import io.github.medrecords.core.MedrecordsException;

/**
 * Thrown by a storage adapter when the store fails (connection lost, timeout, constraint broken);
 * the cause is attached and nothing half-written remains.
 */
public class StorageException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  what failed, without patient data, not null
     * @param cause  the store's own exception, may be null
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}

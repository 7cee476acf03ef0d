package io.github.medrecords.core.port;

import io.github.medrecords.core.MedrecordsException;
import java.time.Duration;
import java.util.Optional;

/**
 * Thrown by a sender when a message could not be sent, saying whether a retry may succeed and, where
 * the receiver said so, when to retry.
 */
public class NotificationException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;
    private final transient Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param message  what failed, without patient data, not null
     * @param retryable  whether a later attempt may succeed
     * @param retryAfter  how long the receiver asked to wait, may be null
     * @param cause  the underlying failure, may be null
     */
    public NotificationException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /**
     * Tells whether a later attempt may succeed.
     *
     * @return true for transient failures
     */
    public boolean isRetryable() {
        return retryable;
    }

    /**
     * Returns how long the receiver asked to wait.
     *
     * @return the delay, empty if the receiver said nothing
     */
    public Optional<Duration> getRetryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

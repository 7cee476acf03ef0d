package io.github.medrecords.core.port;

import java.util.Objects;

/**
 * Thrown when one stored request is asked for and cannot be read back; the request's id and the reason
 * are in {@link #unreadable()}, and every other request stays readable.
 */
public class UnreadableRequestException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final transient UnreadableRequest unreadable;

    /**
     * Creates the exception.
     *
     * @param unreadable  the request and why it cannot be read, not null
     * @param cause  the decoder's own exception, may be null
     */
    public UnreadableRequestException(UnreadableRequest unreadable, Throwable cause) {
        super("The stored request " + Objects.requireNonNull(unreadable, "unreadable").id() + " ("
                + unreadable.number() + ") cannot be read: " + unreadable.reason(), cause);
        this.unreadable = unreadable;
    }

    /**
     * Returns the request that cannot be read and why.
     *
     * @return the unreadable request, not null
     */
    public UnreadableRequest unreadable() {
        return unreadable;
    }
}

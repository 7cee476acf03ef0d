package io.github.medrecords.core;

/**
 * The unchecked root of every exception this library throws on purpose.
 *
 * <p>Subclasses name the rule they enforce and expose the offending values through getters.
 * Messages are one sentence, quote the bad value where it is not patient data, and never
 * contain protected health information.
 */
public class MedrecordsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message  one sentence without patient data, not null
     */
    public MedrecordsException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message  one sentence without patient data, not null
     * @param cause  the underlying failure, may be null
     */
    public MedrecordsException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.github.medrecords.core.notification;

import io.github.medrecords.core.port.NotificationException;
import java.util.List;

/**
 * Thrown when a message's payload breaks the notification contract ({@link PayloadSchema}): a key the
 * event needs is missing, a value is not of its key's type, or a key is not in the contract. A retry
 * cannot help, so the relay dead-letters the message at once with this exception's message as the
 * reason.
 *
 * <p>The message and {@link #problems()} name keys and expected types only, never a value, so they carry
 * no patient data.
 */
public class InvalidPayloadException extends NotificationException {

    private static final long serialVersionUID = 1L;

    /** The rule the exception enforces. */
    public static final String RULE = "notification payload contract (PayloadSchema)";

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param what  the event and channel the payload was for, without patient data, not null
     * @param problems  every problem found, not empty, not null
     */
    public InvalidPayloadException(String what, List<String> problems) {
        super("Invalid payload for " + what + ": " + String.join("; ", problems), false, null, null);
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns every problem found, each naming a key and never a value.
     *
     * @return the problems, not empty, not null
     */
    public List<String> problems() {
        return problems;
    }

    /**
     * Returns the rule the exception enforces.
     *
     * @return the rule, not null
     */
    public String getRule() {
        return RULE;
    }
}

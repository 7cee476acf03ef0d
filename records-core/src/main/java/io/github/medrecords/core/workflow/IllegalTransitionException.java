package io.github.medrecords.core.workflow;

import io.github.medrecords.core.MedrecordsException;

/**
 * Thrown when a command is not allowed in a request's current status; the request is unchanged.
 */
public class IllegalTransitionException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    private final String command;
    private final RequestStatus status;
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param command  the command refused, not null
     * @param status  the request's status, not null
     * @param rule  the rule that refuses it, not null
     */
    public IllegalTransitionException(String command, RequestStatus status, String rule) {
        super("Cannot " + command + " while the request is " + status + ": " + rule);
        this.command = command;
        this.status = status;
        this.rule = rule;
    }

    /**
     * Returns the command refused.
     *
     * @return the command, not null
     */
    public String getCommand() {
        return command;
    }

    /**
     * Returns the request's status.
     *
     * @return the status, not null
     */
    public RequestStatus getStatus() {
        return status;
    }

    /**
     * Returns the rule that refuses the command.
     *
     * @return the rule, not null
     */
    public String getRule() {
        return rule;
    }
}

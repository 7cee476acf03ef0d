package io.github.medrecords.core.timeframe;

import io.github.medrecords.core.MedrecordsException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when an extension of a legal deadline is not allowed: a second one, one given after the
 * original deadline, one longer than the rule allows, or one where no applicable rule allows any
 * (R1.9, R4.5, R5.6).
 *
 * <p>The message names the rule and the refusal but no dates; the dates are available through the
 * getters.
 */
public final class ExtensionRefusedException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    /**
     * Why an extension was refused.
     */
    public enum Refusal {
        /** An extension was already given; the rule allows one (R1.9, R4.5). */
        SECOND_EXTENSION,
        /** The extension was given after the original deadline had passed (R1.9). */
        AFTER_ORIGINAL_DEADLINE,
        /** The new date is later than the original deadline plus the most the rule allows. */
        BEYOND_MAXIMUM,
        /** The new date is not after the original deadline, so it extends nothing. */
        NOT_LATER_THAN_ORIGINAL,
        /** No rule that applies to the request allows an extension (for example R5.6). */
        NOT_PERMITTED
    }

    /** Why the extension was refused. */
    private final Refusal refusal;
    /** The law-book id of the refusing rule. */
    private final String ruleId;
    /** The deadline before the extension. */
    private final LocalDate originalDeadline;
    /** The new date asked for. */
    private final LocalDate requestedDate;
    /** The date the extension was given. */
    private final LocalDate givenOn;

    /**
     * Creates the exception.
     *
     * @param refusal  why the extension was refused, not null
     * @param ruleId  the law-book id of the rule that refuses it, not null
     * @param originalDeadline  the deadline before extension, not null
     * @param requestedDate  the new date asked for, not null
     * @param givenOn  the date the extension was given, not null
     */
    public ExtensionRefusedException(Refusal refusal, String ruleId, LocalDate originalDeadline,
            LocalDate requestedDate, LocalDate givenOn) {
        super("Extension refused under " + Objects.requireNonNull(ruleId, "ruleId") + ": "
                + Objects.requireNonNull(refusal, "refusal"));
        this.refusal = refusal;
        this.ruleId = ruleId;
        this.originalDeadline = Objects.requireNonNull(originalDeadline, "originalDeadline");
        this.requestedDate = Objects.requireNonNull(requestedDate, "requestedDate");
        this.givenOn = Objects.requireNonNull(givenOn, "givenOn");
    }

    /**
     * Returns why the extension was refused.
     *
     * @return the refusal, not null
     */
    public Refusal refusal() {
        return refusal;
    }

    /**
     * Returns the law-book id of the rule that refuses the extension, for example {@code R1.9}.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the deadline before the extension.
     *
     * @return the date, not null
     */
    public LocalDate originalDeadline() {
        return originalDeadline;
    }

    /**
     * Returns the new date the extension asked for.
     *
     * @return the date, not null
     */
    public LocalDate requestedDate() {
        return requestedDate;
    }

    /**
     * Returns the date the extension was given.
     *
     * @return the date, not null
     */
    public LocalDate givenOn() {
        return givenOn;
    }
}

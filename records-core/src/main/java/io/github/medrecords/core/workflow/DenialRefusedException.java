package io.github.medrecords.core.workflow;

import io.github.medrecords.core.MedrecordsException;
import java.util.Objects;

/**
 * Thrown when a denial or its review is not allowed (R1.17-R1.20); the request is unchanged.
 */
public class DenialRefusedException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    /**
     * Why a denial or review was refused.
     */
    public enum Refusal {
        /** A reviewable ground needs a named licensed professional's determination (R1.18, R1.19). */
        PROFESSIONAL_DETERMINATION_REQUIRED("R1.18"),
        /** An unreviewable ground takes no professional's determination (R1.17). */
        NO_DETERMINATION_FOR_UNREVIEWABLE_GROUND("R1.17"),
        /** The request has already been denied. */
        ALREADY_DENIED("R1.21"),
        /** There is no denial to review. */
        NOTHING_TO_REVIEW("R1.20"),
        /** The denial's ground gives no right to a review (R1.17). */
        NOT_REVIEWABLE("R1.17"),
        /** The denial has already been reviewed. */
        ALREADY_REVIEWED("R1.20"),
        /** The reviewer took part in the denial (R1.20). */
        REVIEWER_TOOK_PART("R1.20");

        private final String ruleId;

        Refusal(String ruleId) {
            this.ruleId = ruleId;
        }

        /**
         * Returns the rule behind the refusal.
         *
         * @return a law-book id, not null
         */
        public String ruleId() {
            return ruleId;
        }
    }

    private final Refusal refusal;
    private final RequestStatus status;

    /**
     * Creates the exception.
     *
     * @param refusal  why, not null
     * @param status  the request's status, not null
     */
    public DenialRefusedException(Refusal refusal, RequestStatus status) {
        super("Denial or review refused under " + Objects.requireNonNull(refusal, "refusal").ruleId() + ": " + refusal
                + " while the request is " + Objects.requireNonNull(status, "status"));
        this.refusal = refusal;
        this.status = status;
    }

    /**
     * Returns why the denial or review was refused.
     *
     * @return the refusal, not null
     */
    public Refusal getRefusal() {
        return refusal;
    }

    /**
     * Returns the rule that refuses it.
     *
     * @return a law-book id, not null
     */
    public String getRuleId() {
        return refusal.ruleId();
    }

    /**
     * Returns the request's status.
     *
     * @return the status, not null
     */
    public RequestStatus getStatus() {
        return status;
    }
}

package io.github.medrecords.core.timeframe;

/**
 * Whether a deadline rule is law or only proposed.
 */
public enum RuleStatus {
    /** Final law, in force for the dates the rule gives. */
    IN_FORCE,
    /** Proposed only (for example the 2021 HIPAA NPRM, R1.11): applied only when a practice opts in. */
    PROPOSED
}

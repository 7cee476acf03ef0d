package io.github.medrecords.core.timeframe;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule's deadline for one request: the original date, the extended date if an extension moved
 * it, and the working target, the last business day on or before the legal date (R8.6: a
 * calendar-day deadline that lands on a weekend or holiday does not move later).
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleDeadline {

    private final DeadlineRule rule;
    private final LocalDate originalDate;
    private final LocalDate extendedDate;
    private final LocalDate workingTarget;

    private RuleDeadline(DeadlineRule rule, LocalDate originalDate, LocalDate extendedDate, LocalDate workingTarget) {
        this.rule = rule;
        this.originalDate = originalDate;
        this.extendedDate = extendedDate;
        this.workingTarget = workingTarget;
    }

    /**
     * Returns a rule's deadline.
     *
     * @param rule  the rule, not null
     * @param originalDate  the deadline before any extension, not null
     * @param extendedDate  the extended deadline, or null if not extended
     * @param workingTarget  the last business day on or before the legal date, not null
     * @return the deadline, not null
     * @throws IllegalArgumentException if the extended date is not after the original or the working
     *     target is after the legal date
     */
    public static RuleDeadline of(DeadlineRule rule, LocalDate originalDate, LocalDate extendedDate,
            LocalDate workingTarget) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(originalDate, "originalDate");
        Objects.requireNonNull(workingTarget, "workingTarget");
        if (extendedDate != null && !extendedDate.isAfter(originalDate)) {
            throw new IllegalArgumentException("An extended deadline must be after the original one");
        }
        LocalDate legal = extendedDate == null ? originalDate : extendedDate;
        if (workingTarget.isAfter(legal)) {
            throw new IllegalArgumentException("A working target cannot be after the legal deadline (R8.6)");
        }
        return new RuleDeadline(rule, originalDate, extendedDate, workingTarget);
    }

    /**
     * Returns the rule.
     *
     * @return the rule, not null
     */
    public DeadlineRule rule() {
        return rule;
    }

    /**
     * Returns the deadline before any extension.
     *
     * @return the date, not null
     */
    public LocalDate originalDate() {
        return originalDate;
    }

    /**
     * Returns the extended deadline, if an extension moved this rule's deadline.
     *
     * @return the date, not null
     */
    public Optional<LocalDate> extendedDate() {
        return Optional.ofNullable(extendedDate);
    }

    /**
     * Tells whether an extension moved this rule's deadline.
     *
     * @return true if extended
     */
    public boolean isExtended() {
        return extendedDate != null;
    }

    /**
     * Returns the legal deadline: the extended date if any, else the original.
     *
     * @return the date, not null
     */
    public LocalDate legalDate() {
        return extendedDate == null ? originalDate : extendedDate;
    }

    /**
     * Returns the working target: the last business day on or before the legal date.
     *
     * @return the date, not null
     */
    public LocalDate workingTarget() {
        return workingTarget;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RuleDeadline other && rule.equals(other.rule)
                && originalDate.equals(other.originalDate) && Objects.equals(extendedDate, other.extendedDate)
                && workingTarget.equals(other.workingTarget);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, originalDate, extendedDate, workingTarget);
    }

    @Override
    public String toString() {
        return "RuleDeadline[" + rule.key() + ", legal " + legalDate() + ", target " + workingTarget
                + (extendedDate == null ? "" : ", extended") + "]";
    }
}

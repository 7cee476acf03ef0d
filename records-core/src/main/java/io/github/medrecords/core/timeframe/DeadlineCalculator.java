package io.github.medrecords.core.timeframe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a request's legal due date from its date of receipt: every applicable rule's deadline
 * in calendar days (or business days where the rule says so), the earliest binding. The practice's
 * cut-off time and closures never move a legal deadline; closures only pull the working target
 * earlier (R8.6).
 *
 * <p>Immutable and thread-safe.
 */
public final class DeadlineCalculator {

    private final DeadlineRules rules;
    private final BusinessCalendar calendar;
    private final BusinessCalendar legalCalendar;

    private DeadlineCalculator(DeadlineRules rules, BusinessCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
        this.legalCalendar = calendar.withoutClosures();
    }

    /**
     * Returns a calculator.
     *
     * @param rules  the rules to apply, not null
     * @param calendar  the practice's business calendar, for working targets, not null
     * @return the calculator, not null
     */
    public static DeadlineCalculator of(DeadlineRules rules, BusinessCalendar calendar) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(calendar, "calendar");
        return new DeadlineCalculator(rules, calendar);
    }

    /**
     * Returns the due date of a request, or empty if no rule sets a legal deadline for it (for
     * example a disclosure for treatment outside any state rule).
     *
     * @param query  the request's facts, not null
     * @return the due date, not null
     */
    public Optional<DueDate> dueDate(DeadlineQuery query) {
        Objects.requireNonNull(query, "query");
        List<DeadlineRule> applicable = rules.applicableTo(query);
        if (applicable.isEmpty()) {
            return Optional.empty();
        }
        List<RuleDeadline> deadlines = new ArrayList<>();
        for (DeadlineRule rule : applicable) {
            LocalDate date = rule.deadlineFor(query.receivedOn(), legalCalendar);
            deadlines.add(RuleDeadline.of(rule, date, null, calendar.lastBusinessDayOnOrBefore(date)));
        }
        return Optional.of(DueDate.of(query, deadlines, calendar));
    }

    /**
     * Returns the rules applied.
     *
     * @return the rules, not null
     */
    public DeadlineRules rules() {
        return rules;
    }

    /**
     * Returns the practice's business calendar.
     *
     * @return the calendar, not null
     */
    public BusinessCalendar calendar() {
        return calendar;
    }

    @Override
    public String toString() {
        return "DeadlineCalculator[" + rules + "]";
    }
}

package io.github.medrecords.core.timeframe;

import io.github.medrecords.core.timeframe.ExtensionRefusedException.Refusal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request's legal due date: every applicable rule's deadline, the binding one (the earliest), the
 * rules that meeting it also satisfies, and the one extension if given.
 *
 * <p>Where an extension is allowed by one rule but not by another that applies (HIPAA R1.9 with
 * Connecticut R5.6), the extension moves only the rules that allow it; {@link
 * #extensionMovesBindingDate()} then says false and {@link #extensionLimitedBy()} names the rule.
 * Immutable and thread-safe.
 */
public final class DueDate {

    /** Earliest legal date first; on a tie the stricter rule (less room to extend) binds. */
    private static final Comparator<RuleDeadline> EARLIEST_FIRST = Comparator.comparing(RuleDeadline::legalDate)
            .thenComparingInt(d -> d.isExtended() ? 0 : d.rule().extensionDays());

    private final DeadlineQuery query;
    private final List<RuleDeadline> deadlines;
    private final Extension extension;
    private final BusinessCalendar calendar;

    private DueDate(DeadlineQuery query, List<RuleDeadline> deadlines, Extension extension,
            BusinessCalendar calendar) {
        List<RuleDeadline> sorted = new ArrayList<>(deadlines);
        sorted.sort(EARLIEST_FIRST);
        this.query = query;
        this.deadlines = List.copyOf(sorted);
        this.extension = extension;
        this.calendar = calendar;
    }

    /**
     * Rebuilds a due date from its parts, for storage adapters that saved them: the query, the
     * deadline under every applicable rule (in any order; the earliest binds), the extension already
     * given and the calendar that later extensions are counted in. The dates are taken as they are;
     * nothing is recomputed.
     *
     * @param query  the question the due date answered, not null
     * @param deadlines  the deadline under each applicable rule, at least one, not null
     * @param extension  the extension already given, empty if none, not null
     * @param calendar  the practice's business calendar, not null
     * @return the due date, not null
     * @throws IllegalArgumentException if there is no deadline
     */
    public static DueDate of(DeadlineQuery query, List<RuleDeadline> deadlines, Optional<Extension> extension,
            BusinessCalendar calendar) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(calendar, "calendar");
        deadlines.forEach(d -> Objects.requireNonNull(d, "deadline"));
        if (deadlines.isEmpty()) {
            throw new IllegalArgumentException("A due date needs at least one rule's deadline");
        }
        return new DueDate(query, deadlines, extension.orElse(null), calendar);
    }

    /**
     * Returns the business calendar that extensions are counted in: the practice's, with its closures.
     *
     * @return the calendar, not null
     */
    public BusinessCalendar calendar() {
        return calendar;
    }

    static DueDate of(DeadlineQuery query, List<RuleDeadline> deadlines, BusinessCalendar calendar) {
        return new DueDate(query, deadlines, null, calendar);
    }

    /**
     * Returns the deadline that binds: the earliest legal date of all applicable rules.
     *
     * @return the binding deadline, not null
     */
    public RuleDeadline binding() {
        return deadlines.get(0);
    }

    /**
     * Returns the rule that sets the binding deadline.
     *
     * @return the rule, not null
     */
    public DeadlineRule bindingRule() {
        return binding().rule();
    }

    /**
     * Returns the binding legal date: the last day the law allows.
     *
     * @return the date, not null
     */
    public LocalDate legalDate() {
        return binding().legalDate();
    }

    /**
     * Returns the working target: the last business day on or before the binding legal date (R8.6).
     *
     * @return the date, not null
     */
    public LocalDate workingTarget() {
        return binding().workingTarget();
    }

    /**
     * Returns the other applicable rules, which meeting the binding deadline also satisfies.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<DeadlineRule> alsoSatisfied() {
        return deadlines.stream().skip(1).map(RuleDeadline::rule).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns every applicable rule's deadline, earliest first.
     *
     * @return an unmodifiable list, not empty, not null
     */
    public List<RuleDeadline> deadlines() {
        return deadlines;
    }

    /**
     * Returns the facts the deadlines were computed from.
     *
     * @return the query, not null
     */
    public DeadlineQuery query() {
        return query;
    }

    /**
     * Returns the extension, if one was given.
     *
     * @return the extension, not null
     */
    public Optional<Extension> extension() {
        return Optional.ofNullable(extension);
    }

    /**
     * Tells whether an extension was given and moved the binding date.
     *
     * @return true if the binding deadline is an extended one
     */
    public boolean extensionMovesBindingDate() {
        return extension != null && binding().isExtended();
    }

    /**
     * Returns the rule that keeps an extension from moving the binding date (for example
     * Connecticut's 30 days without extension, R5.6), if an extension was given and did not move it.
     *
     * @return the limiting rule, not null
     */
    public Optional<DeadlineRule> extensionLimitedBy() {
        return extension != null && !binding().isExtended() ? Optional.of(bindingRule()) : Optional.empty();
    }

    /**
     * Returns a copy with the one extension applied to every rule that allows one and whose own date is
     * earlier than the new date (R1.9, R4.5, R1.11); a rule whose date is already on or after it keeps it.
     *
     * @param newExtension  the extension, not null
     * @return the changed due date, not null
     * @throws ExtensionRefusedException if an extension was already given, none of the rules allows
     *     one, or for a rule that allows one it is given after that rule's original deadline, does
     *     not move the date later, or goes beyond the most days the rule allows
     * @throws IllegalArgumentException if the extension is given before the request was received
     */
    public DueDate withExtension(Extension newExtension) {
        Objects.requireNonNull(newExtension, "newExtension");
        if (newExtension.givenOn().isBefore(query.receivedOn())) {
            throw new IllegalArgumentException("An extension cannot be given before the request is received");
        }
        List<RuleDeadline> extendable = deadlines.stream().filter(d -> d.rule().allowsExtension())
                .collect(Collectors.toList());
        if (extension != null) {
            RuleDeadline first = extendable.get(0);
            throw refused(Refusal.SECOND_EXTENSION, first, newExtension);
        }
        if (extendable.isEmpty()) {
            throw new ExtensionRefusedException(Refusal.NOT_PERMITTED, bindingRule().ruleId(),
                    binding().originalDate(), newExtension.newDate(), newExtension.givenOn());
        }
        // The new date moves every extendable rule whose original date is earlier; a rule whose own date is
        // already on or after it (HIPAA's 30 days beside the proposed rule's 15, R1.11) needs no extension.
        List<RuleDeadline> moved = extendable.stream().filter(d -> newExtension.newDate().isAfter(d.originalDate()))
                .collect(Collectors.toList());
        if (moved.isEmpty()) {
            RuleDeadline earliest = extendable.stream().min(Comparator.comparing(RuleDeadline::originalDate))
                    .orElseThrow();
            throw refused(Refusal.NOT_LATER_THAN_ORIGINAL, earliest, newExtension);
        }
        for (RuleDeadline d : moved) {
            if (newExtension.givenOn().isAfter(d.originalDate())) {
                throw refused(Refusal.AFTER_ORIGINAL_DEADLINE, d, newExtension);
            }
            if (newExtension.newDate().isAfter(d.originalDate().plusDays(d.rule().extensionDays()))) {
                throw refused(Refusal.BEYOND_MAXIMUM, d, newExtension);
            }
        }
        List<RuleDeadline> changed = new ArrayList<>();
        for (RuleDeadline d : deadlines) {
            changed.add(moved.contains(d)
                    ? RuleDeadline.of(d.rule(), d.originalDate(), newExtension.newDate(),
                            calendar.lastBusinessDayOnOrBefore(newExtension.newDate()))
                    : d);
        }
        return new DueDate(query, changed, newExtension, calendar);
    }

    private static ExtensionRefusedException refused(Refusal refusal, RuleDeadline d, Extension e) {
        return new ExtensionRefusedException(refusal, d.rule().extensionRuleId().orElseThrow(),
                d.originalDate(), e.newDate(), e.givenOn());
    }

    /**
     * Explains the due date in one paragraph for staff: the legal date and its rule, the working
     * target, the rules also satisfied and what an extension did. Contains no patient data.
     *
     * @return the explanation, not null
     */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        DeadlineRule rule = bindingRule();
        sb.append("Due by ").append(legalDate()).append(" under ").append(rule.title())
                .append(" (").append(rule.citation().source()).append(", ").append(rule.ruleId()).append(")");
        if (rule.status() == RuleStatus.PROPOSED) {
            sb.append(" [PROPOSED, not law]");
        }
        sb.append("; working target ").append(workingTarget()).append(" (R8.6)");
        List<DeadlineRule> others = alsoSatisfied();
        if (!others.isEmpty()) {
            sb.append("; also satisfies ").append(others.stream()
                    .map(r -> r.title() + " (" + r.ruleId() + ")").collect(Collectors.joining(", ")));
        }
        if (extension != null) {
            if (extensionMovesBindingDate()) {
                sb.append("; extended to ").append(extension.newDate());
            } else {
                sb.append("; the extension to ").append(extension.newDate())
                        .append(" does not move the binding date: ").append(rule.ruleId())
                        .append(" allows no extension");
            }
        }
        return sb.append('.').toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DueDate other && query.equals(other.query) && deadlines.equals(other.deadlines)
                && Objects.equals(extension, other.extension) && calendar.equals(other.calendar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, deadlines, extension);
    }

    @Override
    public String toString() {
        return "DueDate[" + bindingRule().key() + ", legal " + legalDate() + ", target " + workingTarget() + "]";
    }
}

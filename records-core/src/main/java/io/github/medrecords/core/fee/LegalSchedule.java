package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.InForce;
import io.github.medrecords.core.party.UsState;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of one jurisdiction's fee law: its limits and the days it is in force. A change in the
 * law is a new schedule with a new effective date (R5.13), and a quote uses the schedules in force on
 * the day its request was received.
 *
 * <p>Immutable and thread-safe.
 */
public final class LegalSchedule {

    private final String name;
    private final UsState jurisdiction;
    private final InForce inForce;
    private final List<LegalLimit> limits;

    private LegalSchedule(String name, UsState jurisdiction, InForce inForce, List<LegalLimit> limits) {
        this.name = name;
        this.jurisdiction = jurisdiction;
        this.inForce = inForce;
        this.limits = List.copyOf(limits);
    }

    /**
     * Obtains a federal schedule (HIPAA), which applies in every jurisdiction.
     *
     * @param name  the schedule's name, not blank
     * @param effectiveFrom  the first day in force, null if in force since before the library's history
     * @param effectiveUntil  the first day no longer in force, null if still in force
     * @param limits  the limits, not null
     * @return the schedule, not null
     * @throws IllegalArgumentException if the name is blank or the dates are out of order
     */
    public static LegalSchedule federal(String name, LocalDate effectiveFrom, LocalDate effectiveUntil,
            List<LegalLimit> limits) {
        return create(name, null, effectiveFrom, effectiveUntil, limits);
    }

    /**
     * Obtains a state schedule, which applies where the state's law applies.
     *
     * @param name  the schedule's name, not blank
     * @param state  the state, not null
     * @param effectiveFrom  the first day in force, null if in force since before the library's history
     * @param effectiveUntil  the first day no longer in force, null if still in force
     * @param limits  the limits, not null
     * @return the schedule, not null
     * @throws IllegalArgumentException if the name is blank or the dates are out of order
     */
    public static LegalSchedule state(String name, UsState state, LocalDate effectiveFrom, LocalDate effectiveUntil,
            List<LegalLimit> limits) {
        return create(name, Objects.requireNonNull(state, "state"), effectiveFrom, effectiveUntil, limits);
    }

    /**
     * Obtains a state schedule in force on some days.
     *
     * @param name  the schedule's name, not blank
     * @param state  the state, not null
     * @param inForce  the days it is in force, not null
     * @param limits  the limits, not null
     * @return the schedule, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static LegalSchedule state(String name, UsState state, InForce inForce, List<LegalLimit> limits) {
        Objects.requireNonNull(inForce, "inForce");
        return create(name, Objects.requireNonNull(state, "state"), inForce.first().orElse(null),
                inForce.end().orElse(null), limits);
    }

    private static LegalSchedule create(String name, UsState state, LocalDate from, LocalDate until,
            List<LegalLimit> limits) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(limits, "limits");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A legal schedule needs a name");
        }
        InForce days;
        try {
            days = InForce.between(from, until);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Schedule " + name + " is in force from " + from + " until " + until, e);
        }
        return new LegalSchedule(name.strip(), state, days, limits);
    }

    /**
     * Returns the schedule's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the state whose law this is.
     *
     * @return the state, empty for federal law
     */
    public Optional<UsState> jurisdiction() {
        return Optional.ofNullable(jurisdiction);
    }

    /**
     * Returns the first day in force.
     *
     * @return the date, empty if in force since before the library's history
     */
    public Optional<LocalDate> effectiveFrom() {
        return inForce.first();
    }

    /**
     * Returns the first day no longer in force.
     *
     * @return the date, empty if still in force
     */
    public Optional<LocalDate> effectiveUntil() {
        return inForce.end();
    }

    /**
     * Returns the days the schedule is in force.
     *
     * @return the days, not null
     */
    public InForce inForce() {
        return inForce;
    }

    /**
     * Returns the limits.
     *
     * @return an unmodifiable list, not null
     */
    public List<LegalLimit> limits() {
        return limits;
    }

    /**
     * Tells whether the schedule is in force on a day.
     *
     * @param day  the day, not null
     * @return true if in force
     */
    public boolean isInForceOn(LocalDate day) {
        return inForce.contains(day);
    }

    /**
     * Tells whether the schedule governs a context: in force on the day the request was received, and
     * federal or of a state in the context's jurisdictions.
     *
     * @param context  the context, not null
     * @return true if it governs
     */
    public boolean governs(FeeContext context) {
        return (jurisdiction == null || context.jurisdictions().contains(jurisdiction))
                && isInForceOn(context.receivedOn());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LegalSchedule o && name.equals(o.name) && jurisdiction == o.jurisdiction
                && inForce.equals(o.inForce) && limits.equals(o.limits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, jurisdiction, inForce, limits);
    }

    @Override
    public String toString() {
        return "LegalSchedule[" + name + ", " + (jurisdiction == null ? "federal" : jurisdiction) + ", "
                + inForce + ", " + limits.size() + " limits]";
    }
}

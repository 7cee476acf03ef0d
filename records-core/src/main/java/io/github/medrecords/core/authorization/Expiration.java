package io.github.medrecords.core.authorization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an authorization ends: on a date, or at an event that relates to the individual or the
 * purpose (R3.2(v)).
 *
 * <p>Immutable and thread-safe.
 */
public final class Expiration {

    private final LocalDate date;
    private final String event;

    private Expiration(LocalDate date, String event) {
        this.date = date;
        this.event = event;
    }

    /**
     * Expires at the end of a date.
     *
     * @param date  the last day the authorization is valid, not null
     * @return the expiration, not null
     */
    public static Expiration onDate(LocalDate date) {
        return new Expiration(Objects.requireNonNull(date, "date"), null);
    }

    /**
     * Expires when an event occurs, for example "end of the claim".
     *
     * @param event  the event, not blank
     * @return the expiration, not null
     * @throws IllegalArgumentException if the event is blank
     */
    public static Expiration onEvent(String event) {
        Objects.requireNonNull(event, "event");
        if (event.isBlank()) {
            throw new IllegalArgumentException("An expiration event needs words");
        }
        return new Expiration(null, event.strip());
    }

    /**
     * Returns the date, for a date expiration.
     *
     * @return the date, empty for an event expiration
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * Returns the event, for an event expiration.
     *
     * @return the event, empty for a date expiration
     */
    public Optional<String> event() {
        return Optional.ofNullable(event);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Expiration o && Objects.equals(date, o.date) && Objects.equals(event, o.event);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, event);
    }

    @Override
    public String toString() {
        return date != null ? "Expiration[date]" : "Expiration[event]";
    }
}

package io.github.medrecords.core.notification;

/**
 * What one run of a {@link NotificationRelay} did with the messages it claimed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claimed  messages claimed from the outbox, from 0
 * @param delivered  messages sent and marked delivered, from 0
 * @param retried  messages that failed and were scheduled for another attempt, from 0
 * @param deadLettered  messages that failed for the last time or for good and are now dead letters, from 0
 * @param skipped  messages left alone: the lease ran out before sending, another relay had taken the
 *     message by the time it was marked, or the relay was stopping; from 0
 */
public record RelayReport(int claimed, int delivered, int retried, int deadLettered, int skipped) {

    /** A run that found nothing to do. */
    public static final RelayReport EMPTY = new RelayReport(0, 0, 0, 0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public RelayReport {
        if (claimed < 0 || delivered < 0 || retried < 0 || deadLettered < 0 || skipped < 0) {
            throw new IllegalArgumentException("A relay report counts from 0");
        }
    }

    /**
     * Adds another run's counts to these.
     *
     * @param other  the other run, not null
     * @return the sums, not null
     */
    public RelayReport plus(RelayReport other) {
        return new RelayReport(claimed + other.claimed, delivered + other.delivered, retried + other.retried,
                deadLettered + other.deadLettered, skipped + other.skipped);
    }
}

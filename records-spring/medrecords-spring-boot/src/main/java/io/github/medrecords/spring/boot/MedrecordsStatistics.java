package io.github.medrecords.spring.boot;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.workflow.RequestStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts from the store for health and metrics, read without loading a single request. The starter
 * provides one for the JDBC store; an application with a store of its own defines a bean of this type to
 * get the health indicator and the store's metrics.
 *
 * <h2>Implementation requirements</h2>
 * Thread-safe; cheap enough to be called on every health check; throws an unchecked exception when the
 * store cannot be read.
 */
public interface MedrecordsStatistics {

    /**
     * Counts the outbox.
     *
     * @return the backlog, not null
     */
    OutboxBacklog outbox();

    /**
     * Counts a practice's requests by status.
     *
     * @param practice  the practice, not null
     * @return the count per status, every status present, not null
     */
    Map<RequestStatus, Long> requestsByStatus(PracticeId practice);

    /**
     * Counts a practice's open requests whose binding legal date is before a day.
     *
     * @param practice  the practice, not null
     * @param today  the practice's today, not null
     * @return the number of overdue requests, from 0
     */
    long overdue(PracticeId practice, LocalDate today);

    /**
     * The outbox's state: how many messages wait to be sent, how many were given up, and since when the
     * oldest waits.
     *
     * @param pending  messages waiting to be sent, from 0
     * @param deadLetters  messages given up after their last attempt, from 0
     * @param oldestPending  when the oldest waiting message was written, empty when none waits
     */
    record OutboxBacklog(long pending, long deadLetters, Optional<Instant> oldestPending) {

        /**
         * Validates the backlog.
         *
         * @throws IllegalArgumentException if a count is negative
         */
        public OutboxBacklog {
            Objects.requireNonNull(oldestPending, "oldestPending");
            if (pending < 0 || deadLetters < 0) {
                throw new IllegalArgumentException("Counts cannot be negative");
            }
        }
    }
}

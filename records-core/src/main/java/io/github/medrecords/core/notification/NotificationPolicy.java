package io.github.medrecords.core.notification;

import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.workflow.DomainEvent;
import io.github.medrecords.core.workflow.RequestCase;
import java.util.List;

/**
 * Decides which notifications an event causes: to whom, on which channel, with which fields.
 *
 * <h2>Implementation requirements</h2>
 * Pure and thread-safe; puts into a message only what its channel needs (the minimum necessary).
 */
@FunctionalInterface
public interface NotificationPolicy {

    /**
     * Returns the outbox messages an event causes.
     *
     * @param event  the event, not null
     * @param request  the request after the change that raised it, not null
     * @param practice  the practice, not null
     * @return the messages, not null, may be empty
     */
    List<OutboxMessage> messagesFor(DomainEvent event, RequestCase request, PracticeProfile practice);

    /**
     * Returns a policy that sends nothing.
     *
     * @return the policy, not null
     */
    static NotificationPolicy none() {
        return (event, request, practice) -> List.of();
    }
}

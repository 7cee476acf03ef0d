package io.github.medrecords.core.notification;

import io.github.medrecords.core.port.DeliveryState;
import io.github.medrecords.core.port.MessageId;
import io.github.medrecords.core.port.NotificationOutbox;
import io.github.medrecords.core.port.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small outbox that follows the port's lease rules, for the relay's unit tests in the core (the
 * relay is also tested on records-memory's outbox).
 */
final class FakeOutbox implements NotificationOutbox {

    private final Map<MessageId, OutboxMessage> messages = new LinkedHashMap<>();

    synchronized void add(OutboxMessage message) {
        messages.put(message.id(), message);
    }

    @Override
    public synchronized List<OutboxMessage> claim(String relayId, int max, Instant now, Duration lease) {
        List<OutboxMessage> claimed = new ArrayList<>();
        messages.values().stream()
                .filter(m -> m.state() == DeliveryState.PENDING && !m.nextAttemptAt().isAfter(now))
                .filter(m -> m.leaseUntil().map(u -> !u.isAfter(now)).orElse(true))
                .sorted(Comparator.comparing(OutboxMessage::createdAt))
                .limit(max)
                .forEach(m -> claimed.add(m));
        List<OutboxMessage> leased = new ArrayList<>();
        for (OutboxMessage m : claimed) {
            OutboxMessage l = copy(m, m.state(), m.attempts(), m.nextAttemptAt(), Optional.of(relayId),
                    Optional.of(now.plus(lease)), m.lastError());
            messages.put(m.id(), l);
            leased.add(l);
        }
        return leased;
    }

    private boolean holds(OutboxMessage m, String relayId, Instant at) {
        return m != null && m.state() == DeliveryState.PENDING && m.leaseOwner().equals(Optional.of(relayId))
                && m.leaseUntil().map(u -> u.isAfter(at)).orElse(false);
    }

    @Override
    public synchronized boolean markDelivered(MessageId id, String relayId, Instant at) {
        OutboxMessage m = messages.get(id);
        if (!holds(m, relayId, at)) {
            return false;
        }
        messages.put(id, copy(m, DeliveryState.DELIVERED, m.attempts() + 1, m.nextAttemptAt(), Optional.empty(),
                Optional.empty(), m.lastError()));
        return true;
    }

    @Override
    public synchronized boolean markFailed(MessageId id, String relayId, Instant at, String error,
            Instant nextAttemptAt) {
        OutboxMessage m = messages.get(id);
        if (!holds(m, relayId, at)) {
            return false;
        }
        messages.put(id, copy(m, DeliveryState.PENDING, m.attempts() + 1, nextAttemptAt, Optional.empty(),
                Optional.empty(), Optional.of(error)));
        return true;
    }

    @Override
    public synchronized boolean deadLetter(MessageId id, String relayId, Instant at, String error) {
        OutboxMessage m = messages.get(id);
        if (!holds(m, relayId, at)) {
            return false;
        }
        messages.put(id, copy(m, DeliveryState.DEAD, m.attempts() + 1, m.nextAttemptAt(), Optional.empty(),
                Optional.empty(), Optional.of(error)));
        return true;
    }

    @Override
    public synchronized List<OutboxMessage> deadLetters(int max) {
        return messages.values().stream().filter(m -> m.state() == DeliveryState.DEAD).limit(max).toList();
    }

    @Override
    public synchronized boolean requeue(MessageId id, Instant at) {
        OutboxMessage m = messages.get(id);
        if (m == null || m.state() != DeliveryState.DEAD) {
            return false;
        }
        messages.put(id, copy(m, DeliveryState.PENDING, 0, at, Optional.empty(), Optional.empty(), m.lastError()));
        return true;
    }

    @Override
    public synchronized Optional<OutboxMessage> find(MessageId id) {
        return Optional.ofNullable(messages.get(id));
    }

    private static OutboxMessage copy(OutboxMessage m, DeliveryState state, int attempts, Instant next,
            Optional<String> owner, Optional<Instant> until, Optional<String> error) {
        return new OutboxMessage(m.id(), m.idempotencyKey(), m.practiceId(), m.requestNumber(), m.event(),
                m.channel(), m.recipient(), m.payload(), m.createdAt(), state, attempts, next, owner, until, error);
    }
}

package io.github.medrecords.core.notification;

import io.github.medrecords.core.port.MessageId;
import io.github.medrecords.core.port.NotificationOutbox;
import io.github.medrecords.core.port.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An outbox that forwards every call, for tests that break one of them. */
class ForwardingOutbox implements NotificationOutbox {

    private final NotificationOutbox delegate;

    ForwardingOutbox(NotificationOutbox delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<OutboxMessage> claim(String relayId, int max, Instant now, Duration lease) {
        return delegate.claim(relayId, max, now, lease);
    }

    @Override
    public boolean markDelivered(MessageId id, String relayId, Instant at) {
        return delegate.markDelivered(id, relayId, at);
    }

    @Override
    public boolean markFailed(MessageId id, String relayId, Instant at, String error, Instant nextAttemptAt) {
        return delegate.markFailed(id, relayId, at, error, nextAttemptAt);
    }

    @Override
    public boolean deadLetter(MessageId id, String relayId, Instant at, String error) {
        return delegate.deadLetter(id, relayId, at, error);
    }

    @Override
    public List<OutboxMessage> deadLetters(int max) {
        return delegate.deadLetters(max);
    }

    @Override
    public boolean requeue(MessageId id, Instant at) {
        return delegate.requeue(id, at);
    }

    @Override
    public Optional<OutboxMessage> find(MessageId id) {
        return delegate.find(id);
    }
}

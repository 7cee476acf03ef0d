package io.github.medrecords.spring.boot;

import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.port.OutboxMessage;
import java.util.List;
import java.util.Objects;

/**
 * A sender that tells the listeners of each attempt and otherwise does exactly what the sender it wraps
 * does, rethrowing its failure unchanged.
 */
final class ListenedNotificationSender implements NotificationSender {

    private final NotificationSender delegate;
    private final List<NotificationSendListener> listeners;

    ListenedNotificationSender(NotificationSender delegate, List<NotificationSendListener> listeners) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public Channel channel() {
        return delegate.channel();
    }

    @Override
    public void send(OutboxMessage message) {
        try {
            delegate.send(message);
        } catch (RuntimeException e) {
            listeners.forEach(l -> l.failed(message, e));
            throw e;
        }
        listeners.forEach(l -> l.sent(message));
    }

    @Override
    public String toString() {
        return "Listened[" + delegate + "]";
    }
}

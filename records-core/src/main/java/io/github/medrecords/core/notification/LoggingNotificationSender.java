package io.github.medrecords.core.notification;

import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.port.OutboxMessage;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default sender: logs that a message would go out, through SLF4J, naming the request,
 * the event and the channel and nothing about the patient or the recipient.
 *
 * <p>Immutable and thread-safe.
 */
public final class LoggingNotificationSender implements NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotificationSender.class);

    private final Channel channel;

    private LoggingNotificationSender(Channel channel) {
        this.channel = channel;
    }

    /**
     * Returns a logging sender for a channel.
     *
     * @param channel  the channel, not null
     * @return the sender, not null
     */
    public static LoggingNotificationSender forChannel(Channel channel) {
        return new LoggingNotificationSender(Objects.requireNonNull(channel, "channel"));
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public void send(OutboxMessage message) {
        Objects.requireNonNull(message, "message");
        LOG.info("{} {} for request {} of {} (key {})", channel, message.event(), message.requestNumber(),
                message.practiceId(), message.idempotencyKey());
    }
}

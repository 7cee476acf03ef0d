package io.github.medrecords.core.notification;

import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.port.OutboxMessage;
import java.util.Objects;

/**
 * Sends {@link Channel#LETTER} messages: where the requester gave no email address, the invoice and
 * notices go out on paper. An implementation renders the letter (the mail adapter's
 * {@code LetterRenderer} uses the email templates) and hands it to a printer, a mailing service or a
 * staff work queue; the mailing address is in the payload's {@code mailingAddress} field.
 *
 * <p>The {@link NotificationRelay} hands every letter message to its letter sender, {@link #logging()}
 * unless the host configures another.
 *
 * <h2>Implementation requirements</h2>
 * As for {@link NotificationSender}: throws {@link io.github.medrecords.core.port.NotificationException}
 * saying whether a retry may succeed, logs no patient data, thread-safe.
 */
@FunctionalInterface
public interface LetterSender extends NotificationSender {

    /**
     * Returns {@link Channel#LETTER}.
     *
     * @return the letter channel, not null
     */
    @Override
    default Channel channel() {
        return Channel.LETTER;
    }

    /**
     * Returns the embedded default: logs that a letter would go out, naming the request and the event
     * only, and prints nothing.
     *
     * @return the sender, not null
     */
    static LetterSender logging() {
        LoggingNotificationSender log = LoggingNotificationSender.forChannel(Channel.LETTER);
        return message -> log.send(Objects.requireNonNull(message, "message"));
    }
}

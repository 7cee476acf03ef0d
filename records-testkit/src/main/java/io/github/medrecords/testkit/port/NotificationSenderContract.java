package io.github.medrecords.testkit.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.NotificationException;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestNumber;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link NotificationSender} must pass. An adapter's test extends this class and
 * implements the factories and {@link #receivedIdempotencyKeys()}, usually against a receiver
 * running in-process (an SMTP server, an HTTP server).
 *
 * <p>It checks the port's implementation requirements: the sender serves one channel; a message is
 * delivered with its idempotency key, the same key on every attempt; a failed send throws {@link
 * NotificationException} (never another exception) whose message carries neither the recipient nor
 * the payload; a null message is refused.
 */
public abstract class NotificationSenderContract {

    /**
     * For subclasses.
     */
    protected NotificationSenderContract() {
    }

    /**
     * Creates a sender whose receiver accepts messages; called once per test.
     *
     * @return the sender, not null
     */
    protected abstract NotificationSender createSender();

    /**
     * Creates a sender of the same channel that cannot deliver (its receiver refuses, fails or cannot
     * be reached).
     *
     * @return the sender, not null
     */
    protected abstract NotificationSender createFailingSender();

    /**
     * Returns a recipient the channel accepts: an email address, a webhook name.
     *
     * @return the recipient, not blank
     */
    protected abstract String recipient();

    /**
     * Returns the idempotency keys the receiver of the last sender from {@link #createSender()} got,
     * in order, one per delivery.
     *
     * @return the keys, not null
     */
    protected abstract List<String> receivedIdempotencyKeys();

    /**
     * Makes a message for a channel; subclasses may override to add what their templates need.
     *
     * @param channel  the channel, not null
     * @return a pending message with a new key, not null
     */
    protected OutboxMessage message(Channel channel) {
        RequestNumber number = RequestNumber.of(2026, 42);
        return OutboxMessage.pending("contract-" + UUID.randomUUID(), PracticeId.of("ct-orthopaedics"), number,
                EventType.SUBMITTED, channel, recipient(), Map.of("requestNumber", number.value(), "status",
                        "IN_PROCESS", "portalLink", "https://portal.example/requests/" + number.value()),
                Instant.parse("2026-03-02T15:00:00Z"));
    }

    @Test
    public void servesOneChannel() {
        NotificationSender sender = createSender();

        assertThat(sender.channel()).isNotNull().isEqualTo(sender.channel());
        assertThat(createFailingSender().channel()).isEqualTo(sender.channel());
    }

    @Test
    public void deliversAMessageWithItsIdempotencyKey() {
        NotificationSender sender = createSender();
        OutboxMessage message = message(sender.channel());

        sender.send(message);

        assertThat(receivedIdempotencyKeys()).containsExactly(message.idempotencyKey());
    }

    @Test
    public void sendsTheSameKeyOnEveryAttempt() {
        NotificationSender sender = createSender();
        OutboxMessage message = message(sender.channel());

        sender.send(message);
        sender.send(message);

        assertThat(receivedIdempotencyKeys()).containsExactly(message.idempotencyKey(), message.idempotencyKey());
    }

    @Test
    public void throwsANotificationExceptionWithoutRecipientOrPayloadOnFailure() {
        NotificationSender sender = createFailingSender();
        OutboxMessage message = message(sender.channel());

        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender.send(message))
                .satisfies(e -> {
                    assertThat(String.valueOf(e.getMessage())).doesNotContain(message.recipient());
                    // The request number and status may be named; the rest of the payload may not.
                    message.payload().entrySet().stream()
                            .filter(p -> !p.getKey().equals("requestNumber") && !p.getKey().equals("status"))
                            .forEach(p -> assertThat(String.valueOf(e.getMessage())).doesNotContain(p.getValue()));
                });
    }

    @Test
    public void refusesANullMessage() {
        NotificationSender sender = createSender();

        assertThatNullPointerException().isThrownBy(() -> sender.send(null));
    }
}

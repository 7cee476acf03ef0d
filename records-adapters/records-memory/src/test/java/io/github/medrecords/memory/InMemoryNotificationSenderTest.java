package io.github.medrecords.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.NotificationException;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.Transition;
import io.github.medrecords.testkit.port.RequestCases;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryNotificationSenderTest {

    private static final RequestCases CASES = RequestCases.of(7L);
    private static final Transition SUBMITTED = CASES.submit(RequestNumber.of(2026, 1),
            Instant.parse("2026-03-02T15:00:00Z"));
    private static final OutboxMessage MESSAGE = CASES.messages(SUBMITTED).get(0);

    @Test
    void failsTheNextSendsThenSucceedsRecordingEveryAttempt() {
        InMemoryNotificationSender sender = InMemoryNotificationSender.of(Channel.WEBHOOK).failNext(2);

        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender.send(MESSAGE))
                .satisfies(e -> assertThat(e.isRetryable()).isTrue());
        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender.send(MESSAGE));
        sender.send(MESSAGE);

        assertThat(sender.attempts()).containsExactly(MESSAGE, MESSAGE, MESSAGE);
        assertThat(sender.sent()).containsExactly(MESSAGE);
    }

    @Test
    void failsWithAFinalErrorWhenToldSo() {
        InMemoryNotificationSender sender = InMemoryNotificationSender.of(Channel.WEBHOOK).failNext(1, false);

        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender.send(MESSAGE))
                .satisfies(e -> assertThat(e.isRetryable()).isFalse());
        assertThat(sender.sent()).isEmpty();
    }

    @Test
    void refusesAMessageOfAnotherChannel() {
        InMemoryNotificationSender sender = InMemoryNotificationSender.of(Channel.EMAIL);

        assertThatIllegalArgumentException().isThrownBy(() -> sender.send(MESSAGE));
        assertThat(sender.attempts()).isEmpty();
    }

    @Test
    void forgetsWhatItSentOnClear() {
        InMemoryNotificationSender sender = InMemoryNotificationSender.of(Channel.WEBHOOK);
        sender.send(MESSAGE);

        sender.clear();

        assertThat(sender.sent()).isEmpty();
        assertThat(sender.attempts()).isEmpty();
        assertThat(sender.toString()).doesNotContain(MESSAGE.recipient());
    }
}

package io.github.medrecords.memory;

import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.testkit.port.NotificationSenderContract;
import java.util.List;

class InMemoryNotificationSenderContractTest extends NotificationSenderContract {

    private InMemoryNotificationSender last;

    @Override
    protected NotificationSender createSender() {
        last = InMemoryNotificationSender.of(Channel.EMAIL);
        return last;
    }

    @Override
    protected NotificationSender createFailingSender() {
        return InMemoryNotificationSender.of(Channel.EMAIL).failNext(Integer.MAX_VALUE);
    }

    @Override
    protected String recipient() {
        return "patient@example.com";
    }

    @Override
    protected List<String> receivedIdempotencyKeys() {
        return last.sent().stream().map(OutboxMessage::idempotencyKey).toList();
    }
}

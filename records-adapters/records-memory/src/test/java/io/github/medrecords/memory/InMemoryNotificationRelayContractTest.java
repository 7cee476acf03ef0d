package io.github.medrecords.memory;

import io.github.medrecords.testkit.port.NotificationRelayContract;
import io.github.medrecords.testkit.port.StoragePorts;

/**
 * The notification relay on the in-memory outbox.
 */
class InMemoryNotificationRelayContractTest extends NotificationRelayContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(InMemoryStore.create());
    }
}

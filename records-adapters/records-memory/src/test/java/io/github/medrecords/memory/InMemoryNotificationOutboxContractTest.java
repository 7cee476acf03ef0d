package io.github.medrecords.memory;

import io.github.medrecords.testkit.port.NotificationOutboxContract;
import io.github.medrecords.testkit.port.StoragePorts;

class InMemoryNotificationOutboxContractTest extends NotificationOutboxContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(InMemoryStore.create());
    }
}

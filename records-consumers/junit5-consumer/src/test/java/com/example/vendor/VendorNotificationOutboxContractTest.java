package com.example.vendor;

import io.github.medrecords.memory.InMemoryStore;
import io.github.medrecords.testkit.port.NotificationOutboxContract;
import io.github.medrecords.testkit.port.StoragePorts;

/** A vendor runs the test kit's NotificationOutbox contract against an adapter, here the in-memory one, on JUnit 5. */
class VendorNotificationOutboxContractTest extends NotificationOutboxContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(InMemoryStore.create());
    }
}

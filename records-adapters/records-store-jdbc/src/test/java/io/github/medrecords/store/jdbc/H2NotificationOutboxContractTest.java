package io.github.medrecords.store.jdbc;

import io.github.medrecords.testkit.port.NotificationOutboxContract;
import io.github.medrecords.testkit.port.StoragePorts;

/**
 * The NotificationOutbox contract on H2, a fresh in-memory database per test.
 */
class H2NotificationOutboxContractTest extends NotificationOutboxContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(Databases.store(Databases.freshH2()));
    }
}

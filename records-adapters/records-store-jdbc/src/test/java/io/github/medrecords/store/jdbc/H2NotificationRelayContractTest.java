package io.github.medrecords.store.jdbc;

import io.github.medrecords.testkit.port.NotificationRelayContract;
import io.github.medrecords.testkit.port.StoragePorts;

/**
 * The notification relay on the JDBC outbox, on H2.
 */
class H2NotificationRelayContractTest extends NotificationRelayContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(Databases.store(Databases.freshH2()));
    }
}

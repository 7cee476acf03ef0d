package io.github.medrecords.store.jdbc;

import io.github.medrecords.testkit.port.NotificationOutboxContract;
import io.github.medrecords.testkit.port.StoragePorts;

/**
 * The NotificationOutbox contract on embedded PostgreSQL, a fresh schema per test.
 */
class PostgresNotificationOutboxContractIT extends NotificationOutboxContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(Databases.store(Databases.freshPostgresSchema()));
    }
}

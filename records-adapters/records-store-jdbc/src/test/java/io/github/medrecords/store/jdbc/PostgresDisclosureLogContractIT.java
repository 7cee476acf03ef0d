package io.github.medrecords.store.jdbc;

import io.github.medrecords.testkit.port.DisclosureLogContract;
import io.github.medrecords.testkit.port.StoragePorts;

/**
 * The DisclosureLog contract on embedded PostgreSQL, a fresh schema per test.
 */
class PostgresDisclosureLogContractIT extends DisclosureLogContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(Databases.store(Databases.freshPostgresSchema()));
    }
}

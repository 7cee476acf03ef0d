package io.github.medrecords.store.jdbc;

import io.github.medrecords.testkit.port.RequestRepositoryContract;
import io.github.medrecords.testkit.port.StoragePorts;

/**
 * The RequestRepository contract on embedded PostgreSQL, a fresh schema per test.
 */
class PostgresRequestRepositoryContractIT extends RequestRepositoryContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(Databases.store(Databases.freshPostgresSchema()));
    }
}

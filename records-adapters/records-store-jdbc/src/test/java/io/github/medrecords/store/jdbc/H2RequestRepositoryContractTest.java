package io.github.medrecords.store.jdbc;

import io.github.medrecords.testkit.port.RequestRepositoryContract;
import io.github.medrecords.testkit.port.StoragePorts;

/**
 * The RequestRepository contract on H2, a fresh in-memory database per test.
 */
class H2RequestRepositoryContractTest extends RequestRepositoryContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(Databases.store(Databases.freshH2()));
    }
}

package io.github.medrecords.store.jdbc;

import io.github.medrecords.testkit.port.DisclosureLogContract;
import io.github.medrecords.testkit.port.StoragePorts;

/**
 * The DisclosureLog contract on H2, a fresh in-memory database per test.
 */
class H2DisclosureLogContractTest extends DisclosureLogContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(Databases.store(Databases.freshH2()));
    }
}

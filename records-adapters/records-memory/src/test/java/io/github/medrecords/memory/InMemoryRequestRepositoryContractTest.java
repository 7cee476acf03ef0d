package io.github.medrecords.memory;

import io.github.medrecords.testkit.port.RequestRepositoryContract;
import io.github.medrecords.testkit.port.StoragePorts;

class InMemoryRequestRepositoryContractTest extends RequestRepositoryContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(InMemoryStore.create());
    }
}

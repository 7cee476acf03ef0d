package io.github.medrecords.memory;

import io.github.medrecords.testkit.port.DisclosureLogContract;
import io.github.medrecords.testkit.port.StoragePorts;

class InMemoryDisclosureLogContractTest extends DisclosureLogContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(InMemoryStore.create());
    }
}

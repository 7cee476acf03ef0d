package com.example.vendor;

import io.github.medrecords.memory.InMemoryStore;
import io.github.medrecords.testkit.port.DisclosureLogContract;
import io.github.medrecords.testkit.port.StoragePorts;

/** A vendor runs the test kit's DisclosureLog contract against an adapter, here the in-memory one, on JUnit 5. */
class VendorDisclosureLogContractTest extends DisclosureLogContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(InMemoryStore.create());
    }
}

package io.github.medrecords.memory;

import io.github.medrecords.core.port.ForwardingRequestRepository;
import io.github.medrecords.testkit.port.RequestRepositoryContract;
import io.github.medrecords.testkit.port.StoragePorts;

/**
 * The test kit's forwarding repository keeps every promise of the store it forwards to, so a test's
 * decorator built on it changes only what it overrides.
 */
class ForwardingRequestRepositoryContractTest extends RequestRepositoryContract {

    @Override
    protected StoragePorts createStorage() {
        InMemoryStore store = InMemoryStore.create();
        return StoragePorts.of(new ForwardingRequestRepository(store) { }, store, store);
    }
}

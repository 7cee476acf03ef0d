package io.github.medrecords.memory;

import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.testkit.port.RequestRoundTripContract;
import io.github.medrecords.testkit.port.StoragePorts;

/**
 * The round-trip property on the in-memory store.
 */
class InMemoryRequestRoundTripContractTest extends RequestRoundTripContract {

    @Override
    protected StoragePorts createStorage(PracticeDirectory practices) {
        return StoragePorts.of(InMemoryStore.create());
    }
}

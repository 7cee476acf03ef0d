package io.github.medrecords.memory;

import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.testkit.port.ConcurrentSubmitContract;

/**
 * Concurrent submits of one patient on the in-memory store.
 */
class InMemoryConcurrentSubmitContractTest extends ConcurrentSubmitContract {

    @Override
    protected RequestRepository createRepository(PracticeDirectory practices) {
        return InMemoryStore.create();
    }
}

package io.github.medrecords.memory;

import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.testkit.port.IdempotentCommandContract;

/**
 * Staff commands with an idempotency key on the in-memory store.
 */
class InMemoryIdempotentCommandContractTest extends IdempotentCommandContract {

    @Override
    protected RequestRepository createRepository(PracticeDirectory practices) {
        return InMemoryStore.create();
    }
}

package io.github.medrecords.store.jdbc;

import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.testkit.port.IdempotentCommandContract;

/**
 * Staff commands with an idempotency key on H2 (a fresh in-memory database, a connection per call).
 */
class H2IdempotentCommandContractTest extends IdempotentCommandContract {

    @Override
    protected RequestRepository createRepository(PracticeDirectory practices) {
        return JdbcStore.builder(Databases.freshH2()).practices(practices).build();
    }
}

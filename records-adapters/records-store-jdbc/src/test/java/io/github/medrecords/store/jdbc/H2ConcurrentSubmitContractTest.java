package io.github.medrecords.store.jdbc;

import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.testkit.port.ConcurrentSubmitContract;

/**
 * Concurrent submits of one patient on H2 (a fresh in-memory database, a connection per call).
 */
class H2ConcurrentSubmitContractTest extends ConcurrentSubmitContract {

    @Override
    protected RequestRepository createRepository(PracticeDirectory practices) {
        return JdbcStore.builder(Databases.freshH2()).practices(practices).build();
    }
}

package io.github.medrecords.store.jdbc;

import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.testkit.port.ConcurrentSubmitContract;

/**
 * Concurrent submits of one patient on embedded PostgreSQL (a fresh schema).
 */
class PostgresConcurrentSubmitContractIT extends ConcurrentSubmitContract {

    @Override
    protected RequestRepository createRepository(PracticeDirectory practices) {
        return JdbcStore.builder(Databases.freshPostgresSchema()).practices(practices).build();
    }
}

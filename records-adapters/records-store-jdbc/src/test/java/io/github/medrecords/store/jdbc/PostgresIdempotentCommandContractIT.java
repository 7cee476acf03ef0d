package io.github.medrecords.store.jdbc;

import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.testkit.port.IdempotentCommandContract;

/**
 * Staff commands with an idempotency key on embedded PostgreSQL (a fresh schema).
 */
class PostgresIdempotentCommandContractIT extends IdempotentCommandContract {

    @Override
    protected RequestRepository createRepository(PracticeDirectory practices) {
        return JdbcStore.builder(Databases.freshPostgresSchema()).practices(practices).build();
    }
}

package io.github.medrecords.store.jdbc;

import javax.sql.DataSource;

/**
 * The store's encryption at rest on embedded PostgreSQL, a fresh schema per test.
 */
class PostgresEncryptionIT extends EncryptionBehaviour {

    @Override
    DataSource freshDataSource() {
        return Databases.freshPostgresSchema();
    }
}

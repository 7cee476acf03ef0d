package io.github.medrecords.store.jdbc;

import javax.sql.DataSource;

/**
 * The store's encryption at rest on H2, a fresh in-memory database per test.
 */
class H2EncryptionTest extends EncryptionBehaviour {

    @Override
    DataSource freshDataSource() {
        return Databases.freshH2();
    }
}

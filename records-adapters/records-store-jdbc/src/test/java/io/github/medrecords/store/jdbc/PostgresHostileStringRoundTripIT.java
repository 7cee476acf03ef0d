package io.github.medrecords.store.jdbc;

import javax.sql.DataSource;

/**
 * Hostile strings round trip on embedded PostgreSQL (a fresh schema).
 */
class PostgresHostileStringRoundTripIT extends HostileStringRoundTrip {

    @Override
    DataSource dataSource() {
        return Databases.freshPostgresSchema();
    }
}

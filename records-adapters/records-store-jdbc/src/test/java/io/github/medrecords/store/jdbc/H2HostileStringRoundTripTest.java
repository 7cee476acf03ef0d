package io.github.medrecords.store.jdbc;

import javax.sql.DataSource;

/**
 * Hostile strings round trip on H2 (a fresh in-memory database).
 */
class H2HostileStringRoundTripTest extends HostileStringRoundTrip {

    @Override
    DataSource dataSource() {
        return Databases.freshH2();
    }
}

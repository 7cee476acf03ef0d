/**
 * The JDBC store of medrecords: requests, their history, the disclosure log and the transactional
 * outbox on any {@link javax.sql.DataSource} (H2 2.x or PostgreSQL 14+).
 */
module io.github.medrecords.store.jdbc {
    requires transitive io.github.medrecords.core;
    requires transitive java.sql;
    requires com.fasterxml.jackson.databind;
    // flyway-core ships no module descriptor and no Automatic-Module-Name: its name comes from the jar.
    requires flyway.core;
    requires org.slf4j;

    // Flyway instantiates the store's quiet log creator by name (internal.FlywayLogs).
    exports io.github.medrecords.store.jdbc.internal to flyway.core;

    exports io.github.medrecords.store.jdbc;
}

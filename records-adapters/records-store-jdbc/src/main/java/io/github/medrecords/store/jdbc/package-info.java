/**
 * Storage on JDBC: {@link io.github.medrecords.store.jdbc.JdbcStore} implements the request repository,
 * the transactional outbox and the disclosure log on any {@link javax.sql.DataSource}, with H2 2.x as
 * the embedded default and PostgreSQL 14+ for stores shared by several instances. The schema comes as
 * versioned SQL migrations under {@code db/medrecords-migration/}, applied with Flyway unless the host
 * runs them itself.
 */
package io.github.medrecords.store.jdbc;

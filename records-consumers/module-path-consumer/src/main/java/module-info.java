/**
 * A portal as a named module: it requires the library's modules and the JDBC driver, nothing else.
 */
module com.example.portal {
    requires io.github.medrecords.core;
    requires io.github.medrecords.store.jdbc;
    requires io.github.medrecords.crypto.tink; // and through it Tink, an automatic module
    requires com.h2database;
    requires java.naming; // H2's JdbcDataSource is Referenceable
}

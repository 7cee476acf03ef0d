/**
 * The JDBC store's internals: the JSON document codec of a request's persistence form, the SQL and
 * the translation of database failures. Not exported; nothing here is API.
 */
package io.github.medrecords.store.jdbc.internal;

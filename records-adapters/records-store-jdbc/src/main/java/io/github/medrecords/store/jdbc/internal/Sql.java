package io.github.medrecords.store.jdbc.internal;

import io.github.medrecords.core.port.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Transactions over a data source and the translation of database failures into the library's own
 * exceptions, for H2 2.x and PostgreSQL.
 *
 * <p>Thread-safe.
 */
public final class Sql {

    private final DataSource dataSource;
    private final Durability durability;

    /**
     * Work done inside one transaction.
     *
     * @param <T>  the result
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * Does the work.
         *
         * @param connection  the connection, in a transaction, not null
         * @return the result
         * @throws SQLException if a statement fails
         */
        T run(Connection connection) throws SQLException;
    }

    /**
     * Creates the helper.
     *
     * @param dataSource  the data source, not null
     */
    public Sql(DataSource dataSource) {
        this(dataSource, Durability.onFirstUse(dataSource));
    }

    /**
     * Creates the helper with what the data source needs to keep acknowledged commits.
     *
     * @param dataSource  the data source, not null
     * @param durability  applied to each connection before its transaction, not null
     */
    public Sql(DataSource dataSource, Durability durability) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.durability = Objects.requireNonNull(durability, "durability");
    }

    /**
     * Runs work in one transaction on a connection prepared by the {@link Durability}: committed if it
     * returns, rolled back if it throws anything. A
     * {@link RuntimeException} thrown by the work (a typed storage exception, say) is rethrown as it is;
     * a {@link SQLException} becomes a {@link StorageException} with the cause attached.
     *
     * @param <T>  the result
     * @param what  what is done, for the message, without patient data, not null
     * @param work  the work, not null
     * @return the work's result
     * @throws StorageException if the store fails
     */
    public <T> T inTransaction(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            durability.prepare(c);
            boolean autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false);
            }
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                if (autoCommit) {
                    restoreAutoCommit(c);
                }
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // The connection is closed next; a pool discards a connection it cannot reset.
        }
    }

    /**
     * Translates a failure into the library's storage exception.
     *
     * @param what  what was done, without patient data, not null
     * @param e  the failure, not null
     * @return the exception, not null
     */
    public static StorageException failure(String what, SQLException e) {
        return new StorageException("The store failed to " + what + " (SQLState " + e.getSQLState() + ")", e);
    }

    /**
     * Tells whether a failure means another transaction got in the way: a lock timeout, a deadlock or a
     * serialization failure, on H2 or PostgreSQL.
     *
     * @param e  the failure, not null
     * @return true for a concurrency failure
     */
    public static boolean isConcurrencyFailure(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            String state = x.getSQLState();
            if ("40001".equals(state) || "40P01".equals(state) || "55P03".equals(state) || "HYT00".equals(state)
                    || x.getErrorCode() == 50200 || x.getErrorCode() == 40001) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a failure is a broken unique or primary-key constraint.
     *
     * @param e  the failure, not null
     * @return true for a unique violation
     */
    public static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /**
     * Tells whether a failure names a constraint or index.
     *
     * @param e  the failure, not null
     * @param constraint  the constraint's name, not null
     * @return true if its message names it
     */
    public static boolean names(SQLException e, String constraint) {
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains(constraint.toLowerCase(Locale.ROOT));
    }

    /**
     * Sets an instant as a timestamp with time zone.
     *
     * @param ps  the statement, not null
     * @param index  the parameter index
     * @param instant  the instant, may be null
     * @throws SQLException if the driver refuses
     */
    public static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /**
     * Reads a timestamp with time zone as an instant.
     *
     * @param rs  the result set, not null
     * @param column  the column's name, not null
     * @return the instant, null if SQL NULL
     * @throws SQLException if the driver refuses
     */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * Reads an instant column by position.
     *
     * @param rs  the result set on a row, not null
     * @param column  the column's position, from 1
     * @return the instant, null for SQL NULL
     * @throws SQLException if the column cannot be read
     */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

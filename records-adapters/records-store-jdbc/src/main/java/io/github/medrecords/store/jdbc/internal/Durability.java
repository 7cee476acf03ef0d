package io.github.medrecords.store.jdbc.internal;

import io.github.medrecords.core.port.StorageException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Makes a commit that the store acknowledges survive the death of the process ({@code kill -9}), on
 * every database this store supports.
 *
 * <p>PostgreSQL writes a commit before it answers, and a killed client loses nothing it was told was
 * committed. An H2 file database does not by default: it keeps commits in memory for up to
 * {@code WRITE_DELAY} milliseconds (500 by default) and loses them if the process dies in between.
 * {@code SET WRITE_DELAY 0} makes H2 write every commit to its file before the commit returns. H2 2.x
 * documents the setting as persistent, but a database that is opened again takes the URL's value or the
 * default 500 (a database closes when its last connection does, unless the URL says
 * {@code DB_CLOSE_DELAY=-1}), and a connection whose URL names {@code WRITE_DELAY} sets it again for
 * the whole database. So the store sets it on each connection it borrows, before the transaction
 * starts ({@link #prepare}): one short statement, no write once the value is in place.
 *
 * <p>{@link #of} inspects a data source once: it refuses an H2 user who may not change the setting
 * (it needs admin rights) and a URL that sets a delay other than 0 on every new connection, which
 * would undo the store's setting while another thread's transaction is open. In-memory H2 databases
 * have nothing to lose and are left alone. Immutable and thread-safe.
 */
public final class Durability {

    private static final Durability NOTHING_TO_DO = new Durability(false, null);
    private static final Durability H2_WRITE_ON_COMMIT = new Durability(true, null);

    private static final String WRITE_ON_COMMIT = "SET WRITE_DELAY 0";
    private static final int H2_ADMIN_RIGHTS_REQUIRED = 90040;

    private final boolean h2File;
    /** The data source to inspect on first use, or null once known. */
    private final DataSource notYetInspected;
    private volatile Durability inspected;

    private Durability(boolean h2File, DataSource notYetInspected) {
        this.h2File = h2File;
        this.notYetInspected = notYetInspected;
    }

    /**
     * Returns a durability that inspects the data source ({@link #of}) when the first connection is
     * prepared, for a store built without reaching its database.
     *
     * @param dataSource  the store's data source, not null
     * @return the durability, not null
     */
    public static Durability onFirstUse(DataSource dataSource) {
        return new Durability(false, Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Returns what a data source needs, after making sure the database can be made durable.
     *
     * @param dataSource  the store's data source, not null
     * @return the durability to apply to each connection, not null
     * @throws StorageException if the database cannot be reached, or is an H2 file database that the
     *     store cannot make write each commit before acknowledging it
     */
    public static Durability of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try {
            try (Connection c = dataSource.getConnection()) {
                if (!"H2".equals(c.getMetaData().getDatabaseProductName()) || inMemory(c)) {
                    return NOTHING_TO_DO;
                }
                H2_WRITE_ON_COMMIT.prepare(c);
                if (!writeDelays(c).stream().allMatch(d -> d == 0)) {
                    throw new StorageException("H2 did not apply WRITE_DELAY 0, so acknowledged commits could be "
                            + "lost if the process dies", null);
                }
            }
            // A connection opened now applies the URL's settings again. H2 lists both the stored setting
            // and the value in force: a URL that names WRITE_DELAY changes both; a database that was closed
            // in between and opened again only has the value in force back at its default.
            try (Connection c = dataSource.getConnection()) {
                List<Integer> delays = writeDelays(c);
                if (delays.size() > 1 && delays.stream().allMatch(d -> d != 0)) {
                    throw new StorageException("The H2 URL sets WRITE_DELAY=" + delays.get(delays.size() - 1)
                            + " on every connection, which lets H2 hold acknowledged commits in memory where a "
                            + "killed process loses them; remove WRITE_DELAY from the URL or set it to 0", null);
                }
            }
            return H2_WRITE_ON_COMMIT;
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_ADMIN_RIGHTS_REQUIRED) {
                throw new StorageException("The H2 user is not an administrator, so the store cannot make H2 write "
                        + "each commit before acknowledging it (SET WRITE_DELAY 0 needs admin rights); connect as "
                        + "the database's administrator", e);
            }
            throw Sql.failure("open the database", e);
        }
    }

    /**
     * Prepares a connection the store borrowed, before its transaction starts.
     *
     * @param connection  the connection, not in a transaction, not null
     * @throws SQLException if the database refuses
     * @throws StorageException if this durability inspects its data source now and refuses it
     */
    public void prepare(Connection connection) throws SQLException {
        if (notYetInspected != null) {
            Durability known = inspected;
            if (known == null) {
                known = of(notYetInspected);
                inspected = known;
            }
            known.prepare(connection);
        } else if (h2File) {
            try (Statement s = connection.createStatement()) {
                s.execute(WRITE_ON_COMMIT);
            }
        }
    }

    /**
     * Tells whether the store sets H2's write delay on each connection.
     *
     * @return true for an H2 file or server database
     */
    public boolean writesOnCommit() {
        Durability known = inspected;
        return notYetInspected == null ? h2File : known != null && known.writesOnCommit();
    }

    private static boolean inMemory(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE_PATH()")) {
            return rs.next() && rs.getString(1) == null;
        }
    }

    /**
     * Returns H2's WRITE_DELAY rows: the stored setting (once set) and the value in force, in that order.
     */
    private static List<Integer> writeDelays(Connection c) throws SQLException {
        List<Integer> delays = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM "
                + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            while (rs.next()) {
                delays.add(Integer.parseInt(rs.getString(1).trim()));
            }
        }
        return delays;
    }

    @Override
    public String toString() {
        return writesOnCommit() ? "Durability[H2 writes on commit]" : "Durability[nothing to do]";
    }
}

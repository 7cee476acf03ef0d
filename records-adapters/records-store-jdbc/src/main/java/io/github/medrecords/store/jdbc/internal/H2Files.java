package io.github.medrecords.store.jdbc.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an embedded H2 database's files readable by their owner only: the files of the database
 * ({@code <name>.mv.db}, {@code .trace.db}, {@code .lock.db}, ...) mode 600, and their folder mode 700
 * when it holds nothing but this database's files (a folder shared with other files, such as the
 * working directory, is left as it is). Only where the file system has POSIX permissions; in-memory
 * and server databases, and other databases, are left alone.
 */
public final class H2Files {

    /** Owner read and write. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** Owner read, write and search. */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private static final Logger LOG = LoggerFactory.getLogger(H2Files.class);

    private H2Files() {
    }

    /**
     * Restricts the files of the database behind a data source, if it is an embedded H2 file database.
     *
     * @param dataSource  the data source, not null
     * @throws SQLException if the database cannot be asked where it lives
     */
    public static void restrict(DataSource dataSource) throws SQLException {
        String path;
        try (Connection c = dataSource.getConnection()) {
            if (!"H2".equals(c.getMetaData().getDatabaseProductName())
                    || c.getMetaData().getURL().startsWith("jdbc:h2:tcp:")
                    || c.getMetaData().getURL().startsWith("jdbc:h2:ssl:")) {
                return;
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE_PATH()")) {
                path = rs.next() ? rs.getString(1) : null;
            }
        }
        if (path != null) {
            restrict(Path.of(path).toAbsolutePath());
        }
    }

    private static void restrict(Path base) {
        Path folder = base.getParent();
        if (folder == null || Files.getFileAttributeView(folder, PosixFileAttributeView.class) == null) {
            return;
        }
        String prefix = base.getFileName().toString() + ".";
        boolean dedicated = true;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().startsWith(prefix)) {
                    if (Files.isRegularFile(entry)) {
                        Files.setPosixFilePermissions(entry, FILE);
                    }
                } else {
                    dedicated = false;
                }
            }
            if (dedicated) {
                Files.setPosixFilePermissions(folder, FOLDER);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOG.warn("Could not make the H2 database's files readable by their owner only ({})",
                    e.getClass().getSimpleName());
        }
    }
}

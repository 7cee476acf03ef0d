package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded H2 database's file and its folder are readable by their owner only (on file systems with
 * POSIX permissions, as on Linux).
 */
class H2FilePermissionsTest {

    @TempDir
    Path tmp;

    private static String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theDatabaseFileIs600AndItsOwnFolder700() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = tmp.resolve("medrecords-data");

        JdbcStore.builder(new UrlDataSource("jdbc:h2:file:" + folder.resolve("store"), "sa", "")).build();

        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(folder.resolve("store.mv.db"))).isEqualTo("rw-------");
    }

    @Test
    void aFolderSharedWithOtherFilesKeepsItsPermissionsButTheDatabaseFileIs600() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = Files.createDirectory(tmp.resolve("shared"));
        Files.writeString(folder.resolve("notes.txt"), "not ours");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        JdbcStore.builder(new UrlDataSource("jdbc:h2:file:" + folder.resolve("store"), "sa", "")).build();

        assertThat(permissions(folder)).isEqualTo("rwxr-xr-x");
        assertThat(permissions(folder.resolve("store.mv.db"))).isEqualTo("rw-------");
    }
}

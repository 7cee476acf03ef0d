package io.github.medrecords.store.jdbc.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.ErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateOutput;

/**
 * Applies the store's migrations with Flyway so that an interrupted run never leaves a store that
 * cannot start.
 *
 * <p>H2 commits each DDL statement on its own, so a process killed during a migration leaves its
 * first statements applied with no success row in the history table (or, after a failed retry with
 * an older library, a failed row, which Flyway refuses to go past). The rule that makes this safe:
 * every migration may run again over a partial run of itself ({@code IF NOT EXISTS}, see the module
 * README). Then the next start simply runs it again; a failed row is removed first with Flyway's
 * {@code repair}, as its documentation prescribes once the half-applied changes are dealt with.
 *
 * <p>V1 was first published without {@code IF NOT EXISTS}; a store migrated with that text has its
 * checksum realigned ({@code repair}) instead of failing validation. Repair runs only when every
 * problem Flyway finds is one of these, so an applied migration edited in any other way, or one from
 * a newer library, still fails validation as before.
 */
public final class Migrations {

    /** Flyway's checksums of migrations as first published, by version, before they were idempotent. */
    private static final Map<String, Integer> PUBLISHED_BEFORE_IDEMPOTENT = Map.of("1", -385962722);

    private Migrations() {
    }

    /**
     * Applies the migrations, first repairing what an interrupted run left behind.
     *
     * @param flyway  Flyway configured for the store, not null
     * @throws org.flywaydb.core.api.FlywayException if a migration fails or validation finds a problem
     *     that is not an interrupted run
     */
    public static void apply(Flyway flyway) {
        Objects.requireNonNull(flyway, "flyway");
        if (leftByAnInterruptedRun(flyway)) {
            flyway.repair();
        }
        flyway.migrate();
    }

    /**
     * Configures Flyway for the store's migrations.
     *
     * @param dataSource  the data source, not null
     * @param loader  the class loader that sees the migrations, not null
     * @param location  the class-path folder of the migrations, not null
     * @param table  the history table, not null
     * @return Flyway, not null
     */
    public static Flyway flyway(DataSource dataSource, ClassLoader loader, String location, String table) {
        return Flyway.configure(loader)
                .loggers(FlywayLogs.class.getName()) // quiet at INFO; org.flywaydb at DEBUG shows them
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(table)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    private static boolean leftByAnInterruptedRun(Flyway flyway) {
        Set<String> repairable = new HashSet<>();
        for (MigrationInfo applied : flyway.info().applied()) {
            String version = applied.getVersion() == null ? null : applied.getVersion().getVersion();
            Integer published = PUBLISHED_BEFORE_IDEMPOTENT.get(version);
            if (applied.getState().isFailed() || published != null && published.equals(applied.getChecksum())) {
                repairable.add(version);
            }
        }
        if (repairable.isEmpty()) {
            return false;
        }
        for (ValidateOutput invalid : flyway.validateWithResult().invalidMigrations) {
            ErrorCode code = invalid.errorDetails == null ? null : invalid.errorDetails.errorCode;
            boolean pending = code == CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED;
            boolean ours = repairable.contains(invalid.version) && (code == CoreErrorCode.FAILED_VERSIONED_MIGRATION
                    || code == CoreErrorCode.CHECKSUM_MISMATCH || code == CoreErrorCode.DESCRIPTION_MISMATCH);
            if (!pending && !ours) {
                return false;
            }
        }
        return true;
    }
}

package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.notification.NotificationRelay;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.port.StorageException;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: the request service and the notification relay run in a child JVM
 * ({@link CrashChild}) on a real store, which is killed with {@code kill -9}
 * ({@link Process#destroyForcibly()} sends SIGKILL on Linux) at random moments and started again on
 * the same database. After the last kill the test opens the store itself, drains the outbox with a
 * recording sender and checks the child's journal against the database: no acknowledged change
 * lost, no acknowledged change without its notifications, no message delivered under two keys, no
 * request that fails to load.
 *
 * <p>{@code -Dmedrecords.crash.kills=40} sets the number of kills per database (5 by default) and
 * {@code -Dmedrecords.crash.seed=...} repeats a run; the seed is printed.
 */
class StoreCrashIT {

    private static final int KILLS = Integer.getInteger("medrecords.crash.kills", 5);
    private static final long SEED = Long.getLong("medrecords.crash.seed", new SecureRandom().nextLong());

    @TempDir
    Path folder;

    @Test
    void anH2FileStoreKeepsEveryAcknowledgedChangeThroughKills() throws Exception {
        // The module README's URL without WRITE_DELAY=0: the database closes whenever no connection is open.
        String url = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath();
        Figures figures = crash("H2 file", url, "sa", "");
        shutdownH2(url);
        figures.assertNothingLost();
    }

    @Test
    void anH2FileStoreKeptOpenKeepsEveryAcknowledgedChangeThroughKills() throws Exception {
        // The project README's URL without WRITE_DELAY=0: the database stays open until the JVM ends.
        String url = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        Figures figures = crash("H2 file kept open", url, "sa", "");
        shutdownH2(url);
        figures.assertNothingLost();
    }

    @Test
    void aPostgresStoreKeepsEveryAcknowledgedChangeThroughKills() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Figures figures = crash("PostgreSQL", PostgresStoreIT.freshSchemaUrl(postgres), "postgres", "postgres");
            figures.assertNothingLost();
        }
    }

    private Figures crash(String database, String url, String user, String password) throws Exception {
        long seed = SEED ^ database.hashCode();
        System.out.printf("Crash test on %s: %d kills, seed %d (-Dmedrecords.crash.seed=%d repeats it)%n", database,
                KILLS, SEED, SEED);
        Random random = new Random(seed);
        Path journal = folder.resolve("journal.txt");
        Path log = folder.resolve("child.log");
        long started = System.nanoTime();
        for (int kill = 1; kill <= KILLS; kill++) {
            try (ChildJvm child = ChildJvm.start(CrashChild.class, log, url, user, password, journal.toString(),
                    Long.toString(random.nextLong()))) {
                child.await(CrashChild.READY);
                // Let it journal some work (as much however busy the machine is), then kill it at a random moment.
                awaitJournalLines(journal, CrashJournal.read(journal).size() + 10 + random.nextInt(50), child);
                Thread.sleep(random.nextInt(400));
                assertThat(child.isAlive()).as("the child is still running before kill %d; its log:%n%s", kill,
                        child.tail()).isTrue();
                child.kill();
            }
        }
        Figures figures = verify(database, url, user, password, journal);
        System.out.printf("Crash test on %s took %d ms: %s%n", database,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), figures);
        return figures;
    }

    /**
     * Waits until the journal has a number of lines, or 15 seconds at most, so that a slow machine
     * kills later but the test still ends in bounded time.
     */
    private static void awaitJournalLines(Path journal, int lines, ChildJvm child) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (CrashJournal.read(journal).size() < lines && System.nanoTime() - deadline < 0) {
            assertThat(child.isAlive()).as("the child died on its own; its log:%n%s", child.tail()).isTrue();
            Thread.sleep(20);
        }
    }

    private static Figures verify(String database, String url, String user, String password, Path journalFile)
            throws Exception {
        List<List<String>> journal = CrashJournal.read(journalFile);
        DataSource dataSource = CrashChild.dataSource(url, user, password);
        JdbcStore store = JdbcStore.builder(dataSource).practices(PracticeDirectory.of(CrashChild.PRACTICE)).build();

        // Every request in the store loads.
        Map<UUID, Long> versions = new HashMap<>();
        int unreadable = 0;
        for (UUID id : column(dataSource, "SELECT id FROM mr_request", UUID.class)) {
            try {
                Optional<RequestCase> loaded = store.findById(new RequestId(id));
                loaded.ifPresent(c -> versions.put(id, c.version()));
            } catch (StorageException e) {
                unreadable++;
            }
        }

        // Drain what the children left, as a relay started after the crash would: leases and backoff over.
        Map<UUID, Set<String>> deliveredKeys = new HashMap<>();
        Map<String, Set<UUID>> deliveredMessages = new HashMap<>();
        NotificationRelay.Builder drain = NotificationRelay.builder(store).relayId("crash-test-drain")
                .clock(Clock.offset(Clock.systemUTC(), Duration.ofDays(2))).batchSize(200);
        List<OutboxMessage> drained = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            NotificationSender recording = new NotificationSender() {
                @Override
                public Channel channel() {
                    return channel;
                }

                @Override
                public void send(OutboxMessage message) {
                    drained.add(message);
                }
            };
            if (channel == Channel.LETTER) {
                drain.letterSender(recording::send);
            } else {
                drain.sender(recording);
            }
        }
        NotificationRelay relay = drain.build();
        while (relay.runOnce().claimed() > 0) {
            // until the outbox is empty
        }
        for (OutboxMessage m : drained) {
            deliveredKeys.computeIfAbsent(m.id().value(), k -> new HashSet<>()).add(m.idempotencyKey());
            deliveredMessages.computeIfAbsent(m.idempotencyKey(), k -> new HashSet<>()).add(m.id().value());
        }
        for (List<String> line : journal) {
            if (line.get(0).equals("D")) {
                UUID message = UUID.fromString(line.get(1));
                deliveredKeys.computeIfAbsent(message, k -> new HashSet<>()).add(line.get(2));
                deliveredMessages.computeIfAbsent(line.get(2), k -> new HashSet<>()).add(message);
            }
        }
        Set<String> inOutbox = new HashSet<>(column(dataSource, "SELECT idempotency_key FROM mr_outbox",
                String.class));

        // Every acknowledged change against the store.
        Set<UUID> requests = new HashSet<>();
        Set<UUID> lostRequests = new HashSet<>();
        int changes = 0;
        int lostChanges = 0;
        int expectedMessages = 0;
        int lostMessages = 0;
        for (List<String> line : journal) {
            int first;
            if (line.get(0).equals("S")) {
                first = 2;
            } else if (line.get(0).equals("C")) {
                first = 1;
            } else {
                continue;
            }
            UUID id = UUID.fromString(line.get(first));
            long version = Long.parseLong(line.get(first + 1));
            requests.add(id);
            changes++;
            Long stored = versions.get(id);
            if (stored == null) {
                lostRequests.add(id);
            }
            if (stored == null || stored < version) {
                lostChanges++;
            }
            for (String key : line.subList(first + 2, line.size())) {
                expectedMessages++;
                if (!inOutbox.contains(key) && !deliveredMessages.containsKey(key)) {
                    lostMessages++;
                }
            }
        }
        long underTwoKeys = deliveredKeys.values().stream().filter(k -> k.size() > 1).count();
        long keysOfTwoMessages = deliveredMessages.values().stream().filter(m -> m.size() > 1).count();
        int deliveries = (int) journal.stream().filter(l -> l.get(0).equals("D")).count() + drained.size();
        return new Figures(database, KILLS, requests.size(), changes, lostRequests.size(), lostChanges,
                expectedMessages, lostMessages, deliveries, underTwoKeys, keysOfTwoMessages, versions.size(),
                unreadable);
    }

    private static <T> List<T> column(DataSource dataSource, String query, Class<T> type) throws SQLException {
        List<T> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getObject(1, type));
            }
        }
        return values;
    }

    private static void shutdownH2(String url) throws SQLException {
        try (Connection c = CrashChild.dataSource(url, "sa", "").getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    /**
     * What one crash run saw.
     */
    record Figures(String database, int kills, int requests, int changes, int lostRequests, int lostChanges,
            int messages, int lostMessages, int deliveries, long messagesUnderTwoKeys, long keysOfTwoMessages,
            int storedRequests, int unreadable) {

        void assertNothingLost() {
            assertThat(changes).as("acknowledged changes on %s (is the child doing any work?)", database)
                    .isPositive();
            List<String> problems = new ArrayList<>();
            problem(problems, lostRequests, "acknowledged requests lost");
            problem(problems, lostChanges, "acknowledged changes lost");
            problem(problems, lostMessages, "acknowledged notifications neither in the outbox nor delivered");
            problem(problems, messagesUnderTwoKeys, "messages delivered under two keys");
            problem(problems, keysOfTwoMessages, "keys delivered for two different messages");
            problem(problems, unreadable, "requests that fail to load");
            assertThat(problems).as("the crash test on %s: %s", database, this).isEmpty();
        }

        private static void problem(List<String> problems, long count, String what) {
            if (count > 0) {
                problems.add(count + " " + what);
            }
        }

        @Override
        public String toString() {
            return String.format("%d kills, %d requests and %d changes acknowledged, %d requests and %d changes lost; "
                    + "%d notifications acknowledged, %d lost, %d deliveries, %d messages under two keys, "
                    + "%d keys naming two messages; %d requests stored, %d unreadable", kills, requests, changes,
                    lostRequests, lostChanges, messages, lostMessages, deliveries, messagesUnderTwoKeys,
                    keysOfTwoMessages, storedRequests, unreadable);
        }
    }
}

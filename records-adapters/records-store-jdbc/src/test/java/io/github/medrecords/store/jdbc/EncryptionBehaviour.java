package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.crypto.tink.KeysetHandle;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.FoundRequests;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.port.StoredTextCipher;
import io.github.medrecords.core.port.UnreadableRequest;
import io.github.medrecords.core.port.UnreadableRequestException;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.Transition;
import io.github.medrecords.crypto.tink.TinkCipher;
import io.github.medrecords.crypto.tink.TinkKeysets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's encryption at rest on any database, with the Tink cipher: the subclasses give it a fresh
 * database per test.
 */
abstract class EncryptionBehaviour {

    /** What the test requests hold of Maria Kowalski (Requests.MARIA) and her address. */
    private static final List<String> PHI = List.of("Maria", "Kowalski", "1971-03-14", "maria.k@example.com",
            "555-0142", "5550142", "Elm Street", "MRN-1", "06103");

    private static final KeysetHandle FIRST = TinkKeysets.generate();
    private static final KeysetHandle ROTATED = TinkKeysets.rotate(FIRST);

    DataSource dataSource;

    /** Returns a data source on an empty database of its own. */
    abstract DataSource freshDataSource();

    @BeforeEach
    void createDatabase() {
        dataSource = freshDataSource();
    }

    JdbcStore store(StoredTextCipher cipher) {
        return JdbcStore.builder(dataSource).practices(Databases.SEED_CALENDAR_FOR_EVERY_PRACTICE).cipher(cipher)
                .build();
    }

    JdbcStore plainStore() {
        return Databases.store(dataSource);
    }

    static RequestCase saveNew(JdbcStore store) {
        Transition t = Requests.submit(Requests.imagesOnCd());
        store.save(List.of(Requests.changeOf(t)));
        return t.after().withVersion(1);
    }

    /** Every column of a request's row as text, as an administrator or a stolen backup would read them. */
    Map<String, String> rawRow(RequestId id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM mr_request WHERE id = ?")) {
            ps.setObject(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT), rs.getString(i));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String rawDocument(RequestId id) {
        return rawRow(id).get("document");
    }

    void setRawDocument(RequestId id, String document) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE mr_request SET document = ? WHERE id = ?")) {
            ps.setString(1, document);
            ps.setObject(2, id.value());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSavedRequestShowsNoNameBirthDateOrContactDetailsInItsRow() {
        TinkCipher cipher = TinkCipher.of(FIRST);
        RequestCase saved = saveNew(store(cipher));
        RequestCase plain = saveNew(plainStore());

        Map<String, String> row = rawRow(saved.id());

        assertThat(String.join(" ", rawRow(plain.id()).values())).as("the same request stored plain")
                .contains("Kowalski", "1971-03-14", "maria.k@example.com");
        for (String phi : PHI) {
            assertThat(row.values()).as(phi).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(phi));
        }
        assertThat(row.get("document")).startsWith("mr1:" + cipher.currentKeyId() + ":");
    }

    /** Every text column of every outbox row, as an administrator or a stolen backup would read them. */
    List<String> rawOutbox() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM mr_outbox");
                ResultSet rs = ps.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOutboxMessageShowsNoRecipientOrPayloadInItsRowAndIsDeliveredAsItWasWritten() {
        JdbcStore store = store(TinkCipher.of(FIRST));
        Transition t = Requests.submit(Requests.imagesOnCd());
        OutboxMessage written = OutboxMessage.pending("phi-1", t.after().practiceId(), t.after().number(),
                EventType.SUBMITTED, Channel.LETTER, "letter", Map.of("patientName", "Maria Kowalski",
                        "mailingAddress", "12 Elm Street, Hartford", "status", "SUBMITTED"),
                Requests.RECEIVED.toInstant());
        store.save(List.of(ChangeSet.of(t, List.of(written, Requests.message(t.after(), EventType.PAID)))));

        List<String> raw = rawOutbox();
        List<OutboxMessage> claimed = store.claim("relay-1", 10, Requests.at(1), Duration.ofMinutes(1));

        assertThat(raw).isNotEmpty();
        for (String phi : PHI) {
            assertThat(raw).as(phi).allSatisfy(v -> assertThat(v).doesNotContain(phi));
        }
        assertThat(claimed).hasSize(2).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo(written.id());
            assertThat(m.recipient()).isEqualTo("letter");
            assertThat(m.payload()).isEqualTo(written.payload());
        }).anySatisfy(m -> assertThat(m.recipient()).isEqualTo("maria.k@example.com"));
        assertThat(store.find(written.id()).orElseThrow().payload()).isEqualTo(written.payload());
    }

    @Test
    void outboxMessagesWrittenBeforeEncryptionStillDeliverAndSealedOnesGoToTheDeadLettersWithoutTheCipher() {
        Transition before = Requests.submit(Requests.imagesOnCd());
        plainStore().save(List.of(Requests.changeOf(before)));
        Transition after = Requests.submit(Requests.imagesOnCd());
        store(TinkCipher.of(FIRST)).save(List.of(Requests.changeOf(after)));

        List<OutboxMessage> claimed = plainStore().claim("relay-1", 10, Requests.at(1), Duration.ofMinutes(1));

        assertThat(claimed).singleElement().satisfies(m -> {
            assertThat(m.requestNumber()).isEqualTo(before.after().number());
            assertThat(m.recipient()).isEqualTo("maria.k@example.com");
        });
        assertThat(plainStore().deadLetters(10)).singleElement().satisfies(m -> {
            assertThat(m.requestNumber()).isEqualTo(after.after().number());
            assertThat(m.recipient()).isEqualTo("(sealed)");
        });
        assertThat(store(TinkCipher.of(FIRST)).deadLetters(10)).singleElement().satisfies(m -> {
            assertThat(m.requestNumber()).isEqualTo(after.after().number());
            assertThat(m.recipient()).isEqualTo("maria.k@example.com");
            assertThat(m.lastError()).hasValueSatisfying(e -> assertThat(e).doesNotContain("maria"));
        });
    }

    List<String> rawDisclosures() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM mr_disclosure");
                ResultSet rs = ps.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static DisclosureEntry disclosure(RequestCase c, String recipient) {
        return new DisclosureEntry(UUID.randomUUID(), c.practiceId(), c.patientKey(), Optional.of(c.number()),
                Requests.at(2), recipient, Optional.of("12 Elm Street, Hartford"),
                "MRI images of Maria Kowalski, born 1971-03-14", "Second opinion asked by Maria",
                LegalBasis.TREATMENT, "clerk-7");
    }

    @Test
    void aDisclosureLogEntryShowsNoRecipientOrDescriptionInItsRowAndReadsBackEqual() {
        JdbcStore store = store(TinkCipher.of(FIRST));
        RequestCase c = saveNew(store);
        DisclosureEntry appended = disclosure(c, "Dr. Maria Kowalski-Smith");
        List<Transition> life = Requests.fullLifecycle();
        long version = 0;
        for (Transition t : life) {
            store.save(List.of(new ChangeSet(t.after(), version++, t.history(), t.disclosures(), List.of())));
        }
        RequestCase released = life.get(life.size() - 1).after();

        store.append(appended);

        List<String> raw = rawDisclosures();
        for (String phi : List.of("Maria", "Kowalski", "1971-03-14", "Elm Street", "Superior Court")) {
            assertThat(raw).as(phi).allSatisfy(v -> assertThat(v).doesNotContain(phi));
        }
        assertThat(store.entriesFor(c.practiceId(), c.patientKey(), Instant.EPOCH, Requests.at(100)))
                .contains(appended);
        assertThat(store.entriesFor(released.practiceId(), released.patientKey(), Instant.EPOCH, Requests.at(100)))
                .containsAll(life.get(life.size() - 1).disclosures());
        assertThat(plainStore().entriesFor(c.practiceId(), c.patientKey(), Instant.EPOCH, Requests.at(100)))
                .as("without the cipher: listed, sealed").extracting(DisclosureEntry::recipientName)
                .contains("(sealed)").doesNotContain("Dr. Maria Kowalski-Smith");
    }

    @Test
    void disclosuresLoggedBeforeEncryptionStillRead() {
        RequestCase c = saveNew(plainStore());
        DisclosureEntry before = disclosure(c, "Dr. Ann Lee");
        plainStore().append(before);
        JdbcStore store = store(TinkCipher.of(FIRST));
        DisclosureEntry after = disclosure(c, "Dr. Bo Chen");
        store.append(after);

        assertThat(store.entriesFor(c.practiceId(), c.patientKey(), Instant.EPOCH, Requests.at(100)))
                .containsExactlyInAnyOrder(before, after);
    }

    @Test
    void readsBackEveryWayEqualToWhatWasSaved() {
        JdbcStore store = store(TinkCipher.of(FIRST));
        RequestCase saved = saveNew(store);

        assertThat(store.findById(saved.id())).contains(saved);
        assertThat(store.findByNumber(saved.practiceId(), saved.number())).contains(saved);
        assertThat(store.findByPatient(saved.practiceId(), saved.patientKey()).requests()).containsExactly(saved);
        assertThat(store.findByStatus(saved.practiceId(), EnumSet.of(saved.status())).requests())
                .containsExactly(saved);
    }

    @Test
    void sealsEveryVersionOfAFullLifecycle() {
        JdbcStore store = store(TinkCipher.of(FIRST));
        List<Transition> life = Requests.fullLifecycle();
        long version = 0;
        for (Transition t : life) {
            store.save(List.of(new ChangeSet(t.after(), version, t.history(), t.disclosures(),
                    List.of(Requests.message(t.after(), EventType.SUBMITTED)))));
            version++;
            RequestCase expected = t.after().withVersion(version);
            assertThat(store.findById(expected.id())).contains(expected);
            assertThat(rawDocument(expected.id())).startsWith("mr1:").doesNotContain("Superior Court");
        }
    }

    @Test
    void aSealedDocumentCopiedToAnotherRowDoesNotOpenThere() {
        JdbcStore store = store(TinkCipher.of(FIRST));
        RequestCase first = saveNew(store);
        RequestCase second = saveNew(store);

        setRawDocument(second.id(), rawDocument(first.id()));

        FoundRequests found = store.findByStatus(first.practiceId(), EnumSet.allOf(RequestStatus.class));
        assertThat(found.requests()).containsExactly(first);
        assertThat(found.unreadable()).singleElement().satisfies(u -> {
            assertThat(u.id()).isEqualTo(second.id());
            assertThat(u.reason()).contains("cannot be decrypted").doesNotContain("Kowalski");
        });
        assertThatExceptionOfType(UnreadableRequestException.class).isThrownBy(() -> store.findById(second.id()))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Kowalski").doesNotContain("Maria"));
    }

    @Test
    void aStoreWithoutTheCipherReportsSealedDocumentsAsUnreadable() {
        RequestCase saved = saveNew(store(TinkCipher.of(FIRST)));

        FoundRequests found = plainStore().findByPatient(saved.practiceId(), saved.patientKey());

        assertThat(found.requests()).isEmpty();
        assertThat(found.unreadable()).extracting(UnreadableRequest::reason)
                .containsExactly("The document is not plain JSON: it is encrypted and the store has no cipher, "
                        + "or it is damaged");
    }

    @Test
    void documentsWrittenBeforeEncryptionWasSwitchedOnStillReadAndAreSealedByReencrypt() {
        RequestCase before = saveNew(plainStore());
        JdbcStore store = store(TinkCipher.of(FIRST));
        RequestCase after = saveNew(store);

        assertThat(store.findById(before.id())).contains(before);
        assertThat(rawDocument(before.id())).startsWith("{");

        Reencryption result = store.reencrypt(10);

        assertThat(result).as("two requests and their two outbox messages")
                .isEqualTo(new Reencryption(4, 2, 2, 0, 0));
        assertThat(rawOutbox()).allSatisfy(v -> assertThat(v).doesNotContain("maria.k@example.com"));
        assertThat(rawDocument(before.id())).startsWith("mr1:").doesNotContain("Kowalski");
        assertThat(store.findById(before.id())).contains(before);
        assertThat(store.findById(after.id())).contains(after);
    }

    @Test
    void aRotationThenReencryptLeavesEveryRowOnTheNewKeyAndTheOldKeyRemovable() {
        JdbcStore old = store(TinkCipher.of(FIRST));
        List<RequestCase> saved = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            saved.add(saveNew(old));
        }
        TinkCipher rotatedCipher = TinkCipher.of(ROTATED);
        JdbcStore rotated = store(rotatedCipher);
        String oldKey = TinkCipher.of(FIRST).currentKeyId();
        String newKey = rotatedCipher.currentKeyId();
        RequestCase newer = saveNew(rotated);
        DisclosureEntry logged = disclosure(saved.get(0), "Dr. Maria Kowalski-Smith");
        old.append(logged);

        for (RequestCase c : saved) {
            assertThat(rotated.findById(c.id())).as("an old row before re-encryption").contains(c);
        }
        Reencryption first = rotated.reencrypt(3);
        Reencryption again = rotated.reencrypt(3);

        assertThat(first).as("8 requests, their 8 outbox messages, 1 disclosure")
                .isEqualTo(new Reencryption(17, 15, 2, 0, 0));
        assertThat(first.complete()).isTrue();
        assertThat(again).isEqualTo(new Reencryption(17, 0, 17, 0, 0));
        saved.add(newer);
        JdbcStore withoutOldKey = store(TinkCipher.of(TinkKeysets.remove(ROTATED, oldKey)));
        for (RequestCase c : saved) {
            assertThat(rawDocument(c.id())).startsWith("mr1:" + newKey + ":");
            assertThat(withoutOldKey.findById(c.id())).contains(c);
        }
        assertThat(old.findByStatus(newer.practiceId(), EnumSet.allOf(RequestStatus.class)).unreadable())
                .as("the old keyset alone opens none of the re-encrypted rows").hasSize(8);
        assertThat(withoutOldKey.entriesFor(logged.practiceId(), logged.patient(), Instant.EPOCH, Requests.at(100)))
                .containsExactly(logged);
        assertThat(withoutOldKey.claim("relay-1", 20, Requests.at(1), Duration.ofMinutes(1))).hasSize(8)
                .allSatisfy(m -> assertThat(m.recipient()).isEqualTo("maria.k@example.com"));
        assertThat(withoutOldKey.deadLetters(20)).isEmpty();
    }

    @Test
    void reencryptWhileRequestsAreSavedLosesNoUpdate() throws Exception {
        JdbcStore old = store(TinkCipher.of(FIRST));
        List<RequestCase> saved = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            saved.add(saveNew(old));
        }
        JdbcStore rotated = store(TinkCipher.of(ROTATED));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<RequestCase> updated = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<Reencryption> walk = pool.submit(() -> {
                start.await();
                return rotated.reencrypt(1);
            });
            Future<?> saves = pool.submit(() -> {
                start.await();
                for (int i = 0; i < saved.size(); i++) {
                    Transition t = saved.get(i).recordRepeat(RequestNumber.of(2025, 900 + i), Requests.at(1));
                    rotated.save(List.of(ChangeSet.of(t, List.of())));
                    updated.add(t.after().withVersion(2));
                }
                return null;
            });
            start.countDown();
            Reencryption during = walk.get(60, TimeUnit.SECONDS);
            saves.get(60, TimeUnit.SECONDS);

            assertThat(during.examined()).as("30 requests and their 30 messages").isEqualTo(60);
            assertThat(during.unreadable()).isZero();
        } finally {
            pool.shutdownNow();
        }
        for (RequestCase c : updated) {
            assertThat(rotated.findById(c.id())).contains(c);
        }
        Reencryption after = rotated.reencrypt(10);
        assertThat(after.resealed() + after.unreadable() + after.changedMeanwhile()).isZero();
    }

    @Test
    void reencryptLeavesAnUnopenableRowAsItIsAndCountsIt() {
        JdbcStore store = store(TinkCipher.of(ROTATED));
        RequestCase good = saveNew(store(TinkCipher.of(FIRST)));
        RequestCase foreign = saveNew(store(TinkCipher.of(TinkKeysets.generate())));
        String foreignText = rawDocument(foreign.id());

        Reencryption result = store.reencrypt(1);

        assertThat(result).as("two requests and their two outbox messages")
                .isEqualTo(new Reencryption(4, 2, 0, 2, 0));
        assertThat(result.complete()).isFalse();
        assertThat(rawDocument(foreign.id())).isEqualTo(foreignText);
        assertThat(store.findById(good.id())).contains(good);
        assertThat(store.findByStatus(good.practiceId(), EnumSet.allOf(RequestStatus.class)).unreadable())
                .extracting(UnreadableRequest::id).containsExactly(foreign.id());
    }

    @Test
    void reencryptNeedsACipherAndAPositiveBatch() {
        JdbcStore store = store(TinkCipher.of(FIRST));

        assertThatIllegalArgumentException().isThrownBy(() -> store.reencrypt(0));
        assertThatIllegalStateException().isThrownBy(() -> plainStore().reencrypt(10));
        assertThat(store.reencrypt(10)).isEqualTo(new Reencryption(0, 0, 0, 0, 0));
    }
}

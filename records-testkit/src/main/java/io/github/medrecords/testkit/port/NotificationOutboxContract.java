package io.github.medrecords.testkit.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.port.DeliveryState;
import io.github.medrecords.core.port.MessageId;
import io.github.medrecords.core.port.NotificationOutbox;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link NotificationOutbox} must pass. An adapter's test extends this class and
 * implements {@link #createStorage()}; messages reach the outbox the way they do in production,
 * through {@link RequestRepository#save} of the same store.
 *
 * <p>It checks the port's implementation requirements: messages saved with a change are pending and
 * due from their creation; a claim takes due, unleased messages oldest first up to its maximum and
 * records the lease; no two relays hold a lease on one message at once, also when they claim
 * concurrently; a message is claimable again once its lease has expired; marks apply only while the
 * named relay holds the lease; a failed attempt is counted, releases the lease and is retried from
 * its next attempt time; a dead letter is counted, listed oldest first and never claimed until
 * requeued with its attempts reset; a delivered message is never handed out again.
 */
public abstract class NotificationOutboxContract {

    /** A Monday in March 2026, 10:00 in Connecticut. */
    protected static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Instant FAR_FUTURE = Instant.parse("2030-01-01T00:00:00Z");

    private final RequestCases cases = RequestCases.of(20260303L);

    /**
     * For subclasses.
     */
    protected NotificationOutboxContract() {
    }

    /**
     * Creates the ports of a store that holds nothing yet; called at the start of every test, after
     * the subclass's own {@code @BeforeEach} methods. The outbox must be the one the repository's
     * {@code save} writes to, and must hold no message yet.
     *
     * @return the ports of one empty store, not null
     */
    protected abstract StoragePorts createStorage();

    @Test
    public void holdsTheMessagesSavedWithAChangePendingAndUnleased() {
        StoragePorts s = createStorage();
        Transition t = cases.submit(s.repository().nextNumber(cases.practiceId(), 2026), T0);
        List<OutboxMessage> messages = cases.messages(t);
        assertThat(messages).isNotEmpty();

        s.repository().save(List.of(cases.changeSet(t, messages, List.of())));

        for (OutboxMessage m : messages) {
            OutboxMessage stored = s.outbox().find(m.id()).orElseThrow();
            assertThat(stored).isEqualTo(m);
            assertThat(stored.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(stored.attempts()).isZero();
            assertThat(stored.leaseOwner()).isEmpty();
        }
        assertThat(s.outbox().find(new MessageId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    public void claimsDueMessagesOldestFirstUpToTheMaximumAndRecordsTheLease() {
        StoragePorts s = createStorage();
        List<OutboxMessage> saved = save(s, T0.plusSeconds(2), T0, T0.plusSeconds(1));
        Instant now = T0.plusSeconds(10);

        List<OutboxMessage> first = s.outbox().claim("relay-a", 2, now, LEASE);
        List<OutboxMessage> second = s.outbox().claim("relay-b", 2, now, LEASE);

        assertThat(first).extracting(OutboxMessage::id).containsExactly(saved.get(1).id(), saved.get(2).id());
        assertThat(second).extracting(OutboxMessage::id).containsExactly(saved.get(0).id());
        assertThat(first).allSatisfy(m -> {
            assertThat(m.leaseOwner()).contains("relay-a");
            assertThat(m.leaseUntil()).contains(now.plus(LEASE));
            assertThat(m.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(s.outbox().find(m.id())).contains(m);
        });
        assertThat(s.outbox().claim("relay-c", 10, now, LEASE)).isEmpty();
    }

    @Test
    public void leavesAMessageUnclaimedUntilItsTimeHasCome() {
        StoragePorts s = createStorage();
        OutboxMessage m = save(s, T0.plus(Duration.ofHours(1))).get(0);

        assertThat(s.outbox().claim("relay-a", 10, T0, LEASE)).isEmpty();
        assertThat(s.outbox().claim("relay-a", 10, T0.plus(Duration.ofHours(1)), LEASE))
                .extracting(OutboxMessage::id).containsExactly(m.id());
    }

    @Test
    public void neverLeasesAMessageToASecondRelayWithinTheLease() {
        StoragePorts s = createStorage();
        OutboxMessage m = save(s, T0).get(0);
        s.outbox().claim("relay-a", 10, T0, LEASE);

        assertThat(s.outbox().claim("relay-b", 10, T0.plusSeconds(30), LEASE)).isEmpty();
        assertThat(s.outbox().claim("relay-b", 10, T0.plus(LEASE).minusMillis(1), LEASE)).isEmpty();
        assertThat(s.outbox().find(m.id()).orElseThrow().leaseOwner()).contains("relay-a");
    }

    @Test
    public void letsAnotherRelayClaimOnceTheLeaseHasExpiredAndOnlyThatRelayMark() {
        StoragePorts s = createStorage();
        OutboxMessage m = save(s, T0).get(0);
        s.outbox().claim("relay-a", 10, T0, LEASE);
        Instant later = T0.plus(LEASE).plusMillis(1);

        List<OutboxMessage> reclaimed = s.outbox().claim("relay-b", 10, later, LEASE);

        assertThat(reclaimed).extracting(OutboxMessage::id).containsExactly(m.id());
        assertThat(reclaimed.get(0).leaseOwner()).contains("relay-b");
        assertThat(reclaimed.get(0).leaseUntil()).contains(later.plus(LEASE));
        assertThat(s.outbox().markDelivered(m.id(), "relay-a", later.plusSeconds(1))).isFalse();
        assertThat(s.outbox().find(m.id()).orElseThrow().state()).isEqualTo(DeliveryState.PENDING);
        assertThat(s.outbox().markDelivered(m.id(), "relay-b", later.plusSeconds(1))).isTrue();
        assertThat(s.outbox().find(m.id()).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    public void refusesMarksFromARelayThatDoesNotHoldTheLease() {
        StoragePorts s = createStorage();
        OutboxMessage m = save(s, T0).get(0);
        OutboxMessage claimed = s.outbox().claim("relay-a", 10, T0, LEASE).get(0);
        Instant at = T0.plusSeconds(5);

        assertThat(s.outbox().markDelivered(m.id(), "relay-b", at)).isFalse();
        assertThat(s.outbox().markFailed(m.id(), "relay-b", at, "timeout", at.plusSeconds(60))).isFalse();
        assertThat(s.outbox().deadLetter(m.id(), "relay-b", at, "rejected")).isFalse();
        assertThat(s.outbox().find(m.id())).contains(claimed);

        MessageId unknown = new MessageId(UUID.randomUUID());
        assertThat(s.outbox().markDelivered(unknown, "relay-a", at)).isFalse();
        assertThat(s.outbox().markFailed(unknown, "relay-a", at, "timeout", at)).isFalse();
        assertThat(s.outbox().deadLetter(unknown, "relay-a", at, "rejected")).isFalse();
    }

    @Test
    public void refusesMarksOfAnUnclaimedMessageOrAfterTheLeaseHasExpired() {
        StoragePorts s = createStorage();
        OutboxMessage m = save(s, T0).get(0);

        assertThat(s.outbox().markDelivered(m.id(), "relay-a", T0)).isFalse();
        s.outbox().claim("relay-a", 10, T0, LEASE);
        Instant expired = T0.plus(LEASE).plusSeconds(1);
        assertThat(s.outbox().markDelivered(m.id(), "relay-a", expired)).isFalse();
        assertThat(s.outbox().markFailed(m.id(), "relay-a", expired, "timeout", expired)).isFalse();
        assertThat(s.outbox().deadLetter(m.id(), "relay-a", expired, "rejected")).isFalse();
        assertThat(s.outbox().find(m.id()).orElseThrow().state()).isEqualTo(DeliveryState.PENDING);
        assertThat(s.outbox().find(m.id()).orElseThrow().attempts()).isZero();
    }

    @Test
    public void neverHandsOutADeliveredMessageAgain() {
        StoragePorts s = createStorage();
        OutboxMessage m = save(s, T0).get(0);
        s.outbox().claim("relay-a", 10, T0, LEASE);

        assertThat(s.outbox().markDelivered(m.id(), "relay-a", T0.plusSeconds(1))).isTrue();

        OutboxMessage delivered = s.outbox().find(m.id()).orElseThrow();
        assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivered.idempotencyKey()).isEqualTo(m.idempotencyKey());
        assertThat(s.outbox().claim("relay-b", 10, FAR_FUTURE, LEASE)).isEmpty();
        assertThat(s.outbox().markDelivered(m.id(), "relay-a", T0.plusSeconds(2))).isFalse();
        assertThat(s.outbox().deadLetter(m.id(), "relay-a", T0.plusSeconds(2), "late")).isFalse();
        assertThat(s.outbox().requeue(m.id(), FAR_FUTURE)).isFalse();
        assertThat(s.outbox().find(m.id()).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    public void countsAFailedAttemptReleasesTheLeaseAndRetriesAtTheNextAttemptTime() {
        StoragePorts s = createStorage();
        OutboxMessage m = save(s, T0).get(0);
        Duration longLease = Duration.ofHours(1);
        s.outbox().claim("relay-a", 10, T0, longLease);
        Instant retryAt = T0.plus(Duration.ofMinutes(5));

        assertThat(s.outbox().markFailed(m.id(), "relay-a", T0.plusSeconds(1), "timeout", retryAt)).isTrue();

        OutboxMessage failed = s.outbox().find(m.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("timeout");
        assertThat(failed.nextAttemptAt()).isEqualTo(retryAt);
        assertThat(s.outbox().claim("relay-b", 10, retryAt.minusMillis(1), LEASE)).isEmpty();
        List<OutboxMessage> retried = s.outbox().claim("relay-b", 10, retryAt, LEASE);
        assertThat(retried).extracting(OutboxMessage::id).containsExactly(m.id());
        assertThat(retried.get(0).attempts()).isEqualTo(1);
        assertThat(retried.get(0).idempotencyKey()).isEqualTo(m.idempotencyKey());
        assertThat(s.outbox().markFailed(m.id(), "relay-b", retryAt.plusSeconds(1), "timeout again",
                retryAt.plusSeconds(60))).isTrue();
        assertThat(s.outbox().find(m.id()).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    public void deadLettersAMessageListsItAndNeverClaimsIt() {
        StoragePorts s = createStorage();
        OutboxMessage m = save(s, T0).get(0);
        s.outbox().claim("relay-a", 10, T0, LEASE);
        s.outbox().markFailed(m.id(), "relay-a", T0.plusSeconds(1), "timeout", T0.plusSeconds(10));
        s.outbox().claim("relay-a", 10, T0.plusSeconds(10), LEASE);

        assertThat(s.outbox().deadLetter(m.id(), "relay-a", T0.plusSeconds(11), "HTTP 400")).isTrue();

        OutboxMessage dead = s.outbox().find(m.id()).orElseThrow();
        assertThat(dead.state()).isEqualTo(DeliveryState.DEAD);
        assertThat(dead.attempts()).isEqualTo(2);
        assertThat(dead.lastError()).contains("HTTP 400");
        assertThat(s.outbox().deadLetters(10)).containsExactly(dead);
        assertThat(s.outbox().claim("relay-b", 10, FAR_FUTURE, LEASE)).isEmpty();
        assertThat(s.outbox().markDelivered(m.id(), "relay-a", T0.plusSeconds(12))).isFalse();
    }

    @Test
    public void listsDeadLettersOldestFirstUpToTheMaximum() {
        StoragePorts s = createStorage();
        List<OutboxMessage> saved = save(s, T0, T0.plusSeconds(1), T0.plusSeconds(2));
        save(s, T0.plusSeconds(3));
        for (OutboxMessage claimed : s.outbox().claim("relay-a", 3, T0.plusSeconds(5), LEASE)) {
            assertThat(s.outbox().deadLetter(claimed.id(), "relay-a", T0.plusSeconds(6), "rejected")).isTrue();
        }

        assertThat(s.outbox().deadLetters(2)).extracting(OutboxMessage::id)
                .containsExactly(saved.get(0).id(), saved.get(1).id());
        assertThat(s.outbox().deadLetters(10)).extracting(OutboxMessage::id)
                .containsExactly(saved.get(0).id(), saved.get(1).id(), saved.get(2).id());
    }

    @Test
    public void requeuesADeadLetterWithItsAttemptsReset() {
        StoragePorts s = createStorage();
        OutboxMessage m = save(s, T0).get(0);
        OutboxMessage pending = save(s, T0).get(0);
        s.outbox().claim("relay-a", 1, T0, LEASE);
        s.outbox().deadLetter(m.id(), "relay-a", T0.plusSeconds(1), "rejected");
        Instant again = T0.plus(Duration.ofDays(1));

        assertThat(s.outbox().requeue(m.id(), again)).isTrue();

        OutboxMessage requeued = s.outbox().find(m.id()).orElseThrow();
        assertThat(requeued.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(requeued.attempts()).isZero();
        assertThat(requeued.nextAttemptAt()).isEqualTo(again);
        assertThat(s.outbox().deadLetters(10)).isEmpty();
        assertThat(s.outbox().requeue(m.id(), again)).isFalse();
        assertThat(s.outbox().requeue(pending.id(), again)).isFalse();
        assertThat(s.outbox().requeue(new MessageId(UUID.randomUUID()), again)).isFalse();
        assertThat(s.outbox().claim("relay-b", 10, T0.plusSeconds(2), LEASE)).extracting(OutboxMessage::id)
                .containsExactly(pending.id());
        s.outbox().markDelivered(pending.id(), "relay-b", T0.plusSeconds(3));
        assertThat(s.outbox().claim("relay-b", 10, again.minusMillis(1), LEASE)).isEmpty();
        assertThat(s.outbox().claim("relay-b", 10, again, LEASE)).extracting(OutboxMessage::id)
                .containsExactly(m.id());
    }

    @Test
    public void neverLeasesOneMessageToTwoRelaysClaimingConcurrently() throws Exception {
        StoragePorts s = createStorage();
        List<OutboxMessage> saved = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Instant[] times = new Instant[5];
            for (int j = 0; j < times.length; j++) {
                times[j] = T0.plusMillis(i * 10L + j);
            }
            saved.addAll(save(s, times));
        }
        List<MessageId> claimed = Collections.synchronizedList(new ArrayList<>());
        Instant now = T0.plusSeconds(60);

        Concurrently.run(8, thread -> {
            String relay = "relay-" + thread;
            List<OutboxMessage> batch = s.outbox().claim(relay, 3, now, LEASE);
            while (!batch.isEmpty()) {
                for (OutboxMessage m : batch) {
                    claimed.add(m.id());
                    assertThat(m.leaseOwner()).contains(relay);
                    assertThat(s.outbox().markDelivered(m.id(), relay, now.plusMillis(1))).isTrue();
                }
                batch = s.outbox().claim(relay, 3, now, LEASE);
            }
        });

        assertThat(claimed).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(saved.stream().map(OutboxMessage::id).toList());
    }

    @Test
    public void purgesDeliveredMessagesOnlyOnceTheRetentionHasPassedAndNeverPendingOrDeadOnes() {
        StoragePorts s = createStorage();
        List<OutboxMessage> saved = save(s, T0, T0, T0, T0);
        s.outbox().claim("relay-a", 10, T0, LEASE);
        Duration retention = Duration.ofDays(30);
        assertThat(s.outbox().markDelivered(saved.get(0).id(), "relay-a", T0.plusSeconds(1))).isTrue();
        assertThat(s.outbox().markDelivered(saved.get(1).id(), "relay-a", T0.plusSeconds(20))).isTrue();
        s.outbox().markFailed(saved.get(2).id(), "relay-a", T0.plusSeconds(1), "timeout", FAR_FUTURE);
        s.outbox().deadLetter(saved.get(3).id(), "relay-a", T0.plusSeconds(1), "HTTP 410");

        assertThat(s.outbox().purgeDelivered(T0.plusSeconds(1).plus(retention), retention)).isZero();
        assertThat(s.outbox().purgeDelivered(T0.plusSeconds(2).plus(retention), retention)).isEqualTo(1);

        assertThat(s.outbox().find(saved.get(0).id())).isEmpty();
        assertThat(s.outbox().find(saved.get(1).id())).isPresent();
        assertThat(s.outbox().purgeDelivered(T0.plus(Duration.ofDays(3650)), retention)).isEqualTo(1);
        assertThat(s.outbox().find(saved.get(1).id())).isEmpty();
        assertThat(s.outbox().find(saved.get(2).id())).isPresent();
        assertThat(s.outbox().find(saved.get(3).id())).isPresent();
        assertThat(s.outbox().deadLetters(10)).extracting(OutboxMessage::id).containsExactly(saved.get(3).id());
    }

    private List<OutboxMessage> save(StoragePorts s, Instant... createdAt) {
        RequestRepository repo = s.repository();
        Transition t = cases.submit(repo.nextNumber(cases.practiceId(), 2026), T0.minusSeconds(60));
        List<OutboxMessage> messages = new ArrayList<>();
        RequestCase request = t.after();
        for (Instant at : createdAt) {
            messages.add(cases.message(request, at));
        }
        repo.save(List.of(cases.changeSet(t, messages, List.of())));
        return List.copyOf(messages);
    }
}

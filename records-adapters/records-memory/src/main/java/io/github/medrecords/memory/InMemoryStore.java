package io.github.medrecords.memory;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.ConcurrencyConflictException;
import io.github.medrecords.core.port.DuplicateCommandException;
import io.github.medrecords.core.port.DeliveryState;
import io.github.medrecords.core.port.DisclosureLog;
import io.github.medrecords.core.port.DuplicateSubmissionException;
import io.github.medrecords.core.port.FoundRequests;
import io.github.medrecords.core.port.MessageId;
import io.github.medrecords.core.port.NotificationOutbox;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.port.StorageException;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A store in memory that is at once the {@link RequestRepository}, the {@link NotificationOutbox}
 * and the {@link DisclosureLog} of any number of practices, for demos, tests and single-process
 * deployments. Nothing survives the process.
 *
 * <p>It behaves like a real store: {@link #save} checks every change set before it writes any, so
 * a save that fails writes nothing; versions are checked and counted; idempotency keys and request
 * numbers are unique per practice; history and disclosure entries are only ever appended; outbox
 * messages are leased to one relay at a time exactly as {@link NotificationOutbox} describes.
 * Everything it returns is immutable.
 *
 * <p>Thread-safe: every operation runs under one lock, held only for the operation itself (never
 * while a message is sent).
 */
public final class InMemoryStore implements RequestRepository, NotificationOutbox, DisclosureLog {

    private static final Comparator<RequestCase> OLDEST_FIRST = Comparator.comparing(RequestCase::receivedAt)
            .thenComparing(RequestCase::number);
    private static final Comparator<OutboxMessage> MESSAGES_OLDEST_FIRST =
            Comparator.comparing(OutboxMessage::createdAt);

    private final Object lock = new Object();
    private final Map<RequestId, RequestCase> requests = new HashMap<>();
    private final Map<Scoped, RequestId> byIdempotencyKey = new HashMap<>();
    private final Map<Scoped, RequestId> byNumber = new HashMap<>();
    private final Map<Scoped, Long> sequences = new HashMap<>();
    private final Map<MessageId, OutboxMessage> outbox = new LinkedHashMap<>();
    private final Map<UUID, DisclosureEntry> disclosures = new LinkedHashMap<>();
    /** When each delivered message was delivered. */
    private final Map<MessageId, Instant> deliveredAt = new HashMap<>();
    /** Staff command keys, as "request id + key". */
    private final Set<CommandKey> commandKeys = new HashSet<>();

    private InMemoryStore() {
    }

    /**
     * Creates an empty store.
     *
     * @return a new store, not null
     */
    public static InMemoryStore create() {
        return new InMemoryStore();
    }

    /** A value unique within a practice: an idempotency key, a request number, a year's sequence. */
    private record Scoped(PracticeId practice, Object value) {
    }

    // ---------------------------------------------------------------- RequestRepository

    /**
     * {@inheritDoc}
     *
     * <p>Numbers run from 1 per practice and year; a number already taken by a stored request is
     * skipped.
     *
     * @throws IllegalArgumentException if the year is not between 1000 and 9999
     */
    @Override
    public RequestNumber nextNumber(PracticeId practice, int year) {
        Objects.requireNonNull(practice, "practice");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("Year " + year + " is not between 1000 and 9999");
        }
        synchronized (lock) {
            Scoped key = new Scoped(practice, year);
            RequestNumber number;
            do {
                long next = sequences.merge(key, 1L, Long::sum);
                number = RequestNumber.of(year, next);
            } while (byNumber.containsKey(new Scoped(practice, number)));
            return number;
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws StorageException if a new request reuses its practice's request number, or a message or
     *         disclosure entry reuses an id already stored
     * @throws IllegalArgumentException if the list is empty, or a change rewrites the stored history or
     *         alters a request's practice, number or idempotency key
     */
    @Override
    public void save(List<ChangeSet> changes) {
        List<ChangeSet> all = List.copyOf(Objects.requireNonNull(changes, "changes"));
        if (all.isEmpty()) {
            throw new IllegalArgumentException("A save needs at least one change set");
        }
        synchronized (lock) {
            // Check everything against the stored state and the earlier change sets of this call first,
            // then write: a save that fails writes nothing.
            Map<RequestId, RequestCase> staged = new LinkedHashMap<>();
            Set<Scoped> newKeys = new HashSet<>();
            Set<Scoped> newNumbers = new HashSet<>();
            Set<MessageId> newMessages = new HashSet<>();
            Set<UUID> newDisclosures = new HashSet<>();
            Set<CommandKey> newCommandKeys = new HashSet<>();
            for (ChangeSet change : all) {
                if (change.commandKey().isPresent()) {
                    CommandKey k = new CommandKey(change.request().id(), change.commandKey().get());
                    if (commandKeys.contains(k) || !newCommandKeys.add(k)) {
                        throw new DuplicateCommandException(k.request(), k.key(), null);
                    }
                }
                RequestCase request = change.request();
                RequestCase current = staged.containsKey(request.id()) ? staged.get(request.id())
                        : requests.get(request.id());
                long stored = current == null ? 0 : current.version();
                if (stored != change.expectedVersion()) {
                    throw new ConcurrencyConflictException(request.id(), change.expectedVersion(), null);
                }
                if (current == null) {
                    checkNew(change, newKeys, newNumbers);
                    checkPatientRequests(change);
                } else {
                    checkUpdate(current, change);
                }
                for (OutboxMessage m : change.messages()) {
                    if (outbox.containsKey(m.id()) || !newMessages.add(m.id())) {
                        throw new StorageException("Outbox message " + m.id() + " is already stored", null);
                    }
                }
                for (DisclosureEntry d : change.disclosures()) {
                    if (disclosures.containsKey(d.id()) || !newDisclosures.add(d.id())) {
                        throw new StorageException("Disclosure entry " + d.id() + " is already logged", null);
                    }
                }
                staged.put(request.id(), request.withVersion(change.expectedVersion() + 1));
            }
            for (RequestCase request : staged.values()) {
                if (!requests.containsKey(request.id())) {
                    byNumber.put(new Scoped(request.practiceId(), request.number()), request.id());
                    request.snapshot().idempotencyKey().ifPresent(
                            k -> byIdempotencyKey.put(new Scoped(request.practiceId(), k), request.id()));
                }
                requests.put(request.id(), request);
            }
            commandKeys.addAll(newCommandKeys);
            for (ChangeSet change : all) {
                change.messages().forEach(m -> outbox.put(m.id(), m));
                change.disclosures().forEach(d -> disclosures.put(d.id(), d));
            }
        }
    }

    @Override
    public boolean hasCommandKey(RequestId id, String commandKey) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(commandKey, "commandKey");
        synchronized (lock) {
            return commandKeys.contains(new CommandKey(id, commandKey));
        }
    }

    private record CommandKey(RequestId request, String key) {
    }

    /** A new request decided on a number of its patient's requests: the store must still hold that many. */
    private void checkPatientRequests(ChangeSet change) {
        if (change.expectedPatientRequests().isEmpty()) {
            return;
        }
        RequestCase request = change.request();
        long stored = requests.values().stream().filter(r -> r.practiceId().equals(request.practiceId())
                && r.patientKey().equals(request.patientKey())).count();
        if (stored != change.expectedPatientRequests().getAsLong()) {
            throw new ConcurrencyConflictException(request.id(), 0, null);
        }
    }

    private void checkNew(ChangeSet change, Set<Scoped> newKeys, Set<Scoped> newNumbers) {
        RequestCase request = change.request();
        if (!request.history().equals(change.history())) {
            throw new IllegalArgumentException("A new request's history must be the history of its change set");
        }
        Optional<String> key = request.snapshot().idempotencyKey();
        if (key.isPresent()) {
            Scoped scoped = new Scoped(request.practiceId(), key.get());
            if (byIdempotencyKey.containsKey(scoped) || !newKeys.add(scoped)) {
                throw new DuplicateSubmissionException(key.get(), null);
            }
        }
        Scoped number = new Scoped(request.practiceId(), request.number());
        if (byNumber.containsKey(number) || !newNumbers.add(number)) {
            throw new StorageException("Request number " + request.number() + " is already taken in practice "
                    + request.practiceId(), null);
        }
    }

    private static void checkUpdate(RequestCase current, ChangeSet change) {
        RequestCase request = change.request();
        if (!current.practiceId().equals(request.practiceId()) || !current.number().equals(request.number())
                || !current.snapshot().idempotencyKey().equals(request.snapshot().idempotencyKey())) {
            throw new IllegalArgumentException("A change may not alter request " + request.id()
                    + "'s practice, number or idempotency key");
        }
        List<HistoryEntry> expected = new ArrayList<>(current.history());
        expected.addAll(change.history());
        if (!request.history().equals(expected)) {
            throw new IllegalArgumentException("History is append-only: request " + request.id()
                    + " must keep its stored history and add the change set's entries");
        }
    }

    @Override
    public Optional<RequestCase> findById(RequestId id) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            return Optional.ofNullable(requests.get(id));
        }
    }

    @Override
    public Optional<RequestCase> findByNumber(PracticeId practice, RequestNumber number) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(number, "number");
        synchronized (lock) {
            return Optional.ofNullable(byNumber.get(new Scoped(practice, number))).map(requests::get);
        }
    }

    @Override
    public Optional<RequestCase> findByIdempotencyKey(PracticeId practice, String idempotencyKey) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        synchronized (lock) {
            return Optional.ofNullable(byIdempotencyKey.get(new Scoped(practice, idempotencyKey)))
                    .map(requests::get);
        }
    }

    @Override
    public FoundRequests findByPatient(PracticeId practice, PatientKey patient) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(patient, "patient");
        synchronized (lock) {
            return requests.values().stream()
                    .filter(r -> r.practiceId().equals(practice) && r.patientKey().equals(patient))
                    .sorted(OLDEST_FIRST).collect(Collectors.collectingAndThen(Collectors.toList(), FoundRequests::of));
        }
    }

    @Override
    public FoundRequests findByStatus(PracticeId practice, Set<RequestStatus> statuses) {
        Objects.requireNonNull(practice, "practice");
        Set<RequestStatus> wanted = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
        synchronized (lock) {
            return requests.values().stream()
                    .filter(r -> r.practiceId().equals(practice) && wanted.contains(r.status()))
                    .sorted(OLDEST_FIRST).collect(Collectors.collectingAndThen(Collectors.toList(), FoundRequests::of));
        }
    }

    @Override
    public FoundRequests findOpenDueOnOrBefore(PracticeId practice, LocalDate date) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(date, "date");
        synchronized (lock) {
            return requests.values().stream()
                    .filter(r -> r.practiceId().equals(practice) && r.status().isOpen())
                    .filter(r -> r.dueDate().map(d -> !d.legalDate().isAfter(date)).orElse(false))
                    .sorted(Comparator.comparing((RequestCase r) -> r.dueDate().orElseThrow().legalDate())
                            .thenComparing(OLDEST_FIRST))
                    .collect(Collectors.collectingAndThen(Collectors.toList(), FoundRequests::of));
        }
    }

    // ---------------------------------------------------------------- NotificationOutbox

    /**
     * {@inheritDoc}
     *
     * <p>A message's next attempt time has come when it is not after {@code now}; a lease has expired
     * when its end is not after {@code now}.
     *
     * @throws IllegalArgumentException if the relay id is blank, max is not positive or the lease not
     *         positive
     */
    @Override
    public List<OutboxMessage> claim(String relayId, int max, Instant now, Duration lease) {
        requireRelay(relayId);
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (max < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("Claim needs a positive maximum and a positive lease, not " + max
                    + " and " + lease);
        }
        Instant until = now.plus(lease);
        synchronized (lock) {
            List<OutboxMessage> due = outbox.values().stream()
                    .filter(m -> m.state() == DeliveryState.PENDING && !m.nextAttemptAt().isAfter(now)
                            && m.leaseUntil().map(u -> !u.isAfter(now)).orElse(true))
                    .sorted(MESSAGES_OLDEST_FIRST).limit(max).toList();
            List<OutboxMessage> claimed = new ArrayList<>(due.size());
            for (OutboxMessage m : due) {
                OutboxMessage leased = copy(m, m.state(), m.attempts(), m.nextAttemptAt(), Optional.of(relayId),
                        Optional.of(until), m.lastError());
                outbox.put(m.id(), leased);
                claimed.add(leased);
            }
            return List.copyOf(claimed);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The relay holds the lease while it is the lease owner and {@code at} is before the lease's
     * end. Delivery counts as an attempt.
     */
    @Override
    public boolean markDelivered(MessageId id, String relayId, Instant at) {
        return endAttempt(id, relayId, at, DeliveryState.DELIVERED, null, null);
    }

    @Override
    public boolean markFailed(MessageId id, String relayId, Instant at, String error, Instant nextAttemptAt) {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        return endAttempt(id, relayId, at, DeliveryState.PENDING, nextAttemptAt, error);
    }

    @Override
    public boolean deadLetter(MessageId id, String relayId, Instant at, String error) {
        Objects.requireNonNull(error, "error");
        return endAttempt(id, relayId, at, DeliveryState.DEAD, null, error);
    }

    /**
     * Ends an attempt while the relay holds the lease: counts the attempt, releases the lease and moves
     * the message to its next state, keeping the next attempt time and the last error where none is given.
     */
    @Override
    public int purgeDelivered(Instant now, Duration retention) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("Retention " + retention + " is negative");
        }
        Instant before = now.minus(retention);
        synchronized (lock) {
            List<MessageId> purged = deliveredAt.entrySet().stream().filter(e -> e.getValue().isBefore(before))
                    .map(Map.Entry::getKey).toList();
            purged.forEach(id -> {
                outbox.remove(id);
                deliveredAt.remove(id);
            });
            return purged.size();
        }
    }

    private boolean endAttempt(MessageId id, String relayId, Instant at, DeliveryState state, Instant nextAttemptAt,
            String error) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relayId, "relayId");
        Objects.requireNonNull(at, "at");
        synchronized (lock) {
            OutboxMessage m = outbox.get(id);
            if (!holds(m, relayId, at)) {
                return false;
            }
            outbox.put(id, copy(m, state, m.attempts() + 1, nextAttemptAt == null ? m.nextAttemptAt() : nextAttemptAt,
                    Optional.empty(), Optional.empty(), error == null ? m.lastError() : Optional.of(error)));
            if (state == DeliveryState.DELIVERED) {
                deliveredAt.put(id, at);
            }
            return true;
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Oldest by creation time.
     *
     * @throws IllegalArgumentException if max is not positive
     */
    @Override
    public List<OutboxMessage> deadLetters(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("List at least one dead letter, not " + max);
        }
        synchronized (lock) {
            return outbox.values().stream().filter(m -> m.state() == DeliveryState.DEAD)
                    .sorted(MESSAGES_OLDEST_FIRST).limit(max).toList();
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The last error is kept, for staff to see why the message had died.
     */
    @Override
    public boolean requeue(MessageId id, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        synchronized (lock) {
            OutboxMessage m = outbox.get(id);
            if (m == null || m.state() != DeliveryState.DEAD) {
                return false;
            }
            outbox.put(id, copy(m, DeliveryState.PENDING, 0, at, Optional.empty(), Optional.empty(),
                    m.lastError()));
            return true;
        }
    }

    @Override
    public Optional<OutboxMessage> find(MessageId id) {
        Objects.requireNonNull(id, "id");
        synchronized (lock) {
            return Optional.ofNullable(outbox.get(id));
        }
    }

    private static void requireRelay(String relayId) {
        Objects.requireNonNull(relayId, "relayId");
        if (relayId.isBlank()) {
            throw new IllegalArgumentException("A relay needs an id");
        }
    }

    private static boolean holds(OutboxMessage m, String relayId, Instant at) {
        return m != null && m.state() == DeliveryState.PENDING && m.leaseOwner().filter(relayId::equals).isPresent()
                && m.leaseUntil().filter(at::isBefore).isPresent();
    }

    private static OutboxMessage copy(OutboxMessage m, DeliveryState state, int attempts, Instant nextAttemptAt,
            Optional<String> leaseOwner, Optional<Instant> leaseUntil, Optional<String> lastError) {
        return new OutboxMessage(m.id(), m.idempotencyKey(), m.practiceId(), m.requestNumber(), m.event(),
                m.channel(), m.recipient(), m.payload(), m.createdAt(), state, attempts, nextAttemptAt, leaseOwner,
                leaseUntil, lastError);
    }

    // ---------------------------------------------------------------- DisclosureLog

    /**
     * {@inheritDoc}
     *
     * @throws StorageException if an entry with the same id is already logged
     */
    @Override
    public void append(DisclosureEntry entry) {
        Objects.requireNonNull(entry, "entry");
        synchronized (lock) {
            if (disclosures.containsKey(entry.id())) {
                throw new StorageException("Disclosure entry " + entry.id() + " is already logged", null);
            }
            disclosures.put(entry.id(), entry);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    @Override
    public List<DisclosureEntry> entriesFor(PracticeId practice, PatientKey patient, Instant from, Instant to) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("Period from " + from + " ends before it starts, at " + to);
        }
        synchronized (lock) {
            return disclosures.values().stream()
                    .filter(d -> d.practiceId().equals(practice) && d.patient().equals(patient))
                    .filter(d -> !d.disclosedAt().isBefore(from) && d.disclosedAt().isBefore(to))
                    .sorted(Comparator.comparing(DisclosureEntry::disclosedAt)).toList();
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "InMemoryStore[requests=" + requests.size() + ", messages=" + outbox.size() + ", disclosures="
                    + disclosures.size() + "]";
        }
    }
}

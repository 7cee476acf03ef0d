package io.github.medrecords.store.jdbc;

import io.github.medrecords.core.MedrecordsException;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.notification.LetterSender;
import io.github.medrecords.core.notification.NotificationPolicy;
import io.github.medrecords.core.notification.NotificationRelay;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.port.StorageException;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.testkit.intake.SubmissionGenerator;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The crash test's child JVM: a records office on a JDBC store, with the request service driven as
 * fast as it goes by one thread and the notification relay delivering in the background, until the
 * parent kills the process with {@code kill -9}. Every change the service acknowledges is journaled
 * ({@link CrashJournal}, forced to disk) before the next step, with the idempotency keys of the
 * outbox messages it caused; every message a sender delivers is journaled before the send returns.
 *
 * <p>Arguments: JDBC URL, user, password, journal file, seed. The URL is used exactly as a host
 * would set it on {@code org.h2.jdbcx.JdbcDataSource} (a connection per call), so the test runs the
 * URL of the module README. Prints {@code READY} once the store is open; exits with status 3 on any
 * failure it did not expect (a request that does not load, a storage error).
 */
final class CrashChild {

    // The seed practice with its cost basis recorded, so invoices are not refused for a missing one (#13).
    static final PracticeProfile PRACTICE = ExamplePractices.connecticutOrthopaedicsWithCostBasis();
    static final String READY = "READY";

    private static final Actor PORTAL = Actor.requester("portal");
    private static final Actor CLERK = Actor.staff("clerk-crash");
    private static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.AWAITING_AUTHORIZATION,
            RequestStatus.IN_PROCESS, RequestStatus.QUOTED, RequestStatus.INVOICED, RequestStatus.READY_FOR_RELEASE,
            RequestStatus.HANDED_OFF);

    private final RequestService service;
    private final CrashJournal journal;
    private final Random random;
    private final LocalDate today;
    private final List<RequestId> open = new ArrayList<>();
    /** The outbox keys of the messages the current command made, per driving thread. */
    private final ThreadLocal<List<String>> keys = ThreadLocal.withInitial(ArrayList::new);

    private CrashChild(JdbcStore store, ValidatorFactory validation, Clock clock, CrashJournal journal, long seed) {
        this.journal = journal;
        this.random = new Random(seed);
        this.today = LocalDate.now(clock.withZone(PRACTICE.zone()));
        NotificationPolicy standard = StandardNotificationPolicy.requesterOnly().withWebhook("ehr");
        NotificationPolicy recording = (event, request, practice) -> {
            List<OutboxMessage> messages = standard.messagesFor(event, request, practice);
            messages.forEach(m -> keys.get().add(m.idempotencyKey()));
            return messages;
        };
        this.service = new RequestService(PracticeDirectory.of(PRACTICE), store, validation.getValidator(), clock,
                FeeCalculator.standard(), DeadlineRules.defaults(), recording);
        store.findByStatus(PRACTICE.id(), OPEN).requests().forEach(c -> open.add(c.id()));
    }

    public static void main(String[] args) throws Exception {
        DataSource dataSource = dataSource(args[0], args[1], args[2]);
        Path journalFile = Path.of(args[3]);
        long seed = Long.parseLong(args[4]);
        Clock clock = Clock.systemUTC();
        try (CrashJournal journal = CrashJournal.append(journalFile);
                ValidatorFactory validation = MedrecordsValidation.validatorFactory(clock)) {
            JdbcStore store = JdbcStore.builder(dataSource).practices(PracticeDirectory.of(PRACTICE)).build();
            CrashChild child = new CrashChild(store, validation, clock, journal, seed);
            NotificationRelay relay = NotificationRelay.builder(store).sender(recordingSender(Channel.EMAIL, journal))
                    .sender(recordingSender(Channel.WEBHOOK, journal)).letterSender(recordingLetters(journal))
                    .relayId("crash-relay-" + seed).pollInterval(Duration.ofMillis(20)).lease(Duration.ofSeconds(5))
                    .leaseMargin(Duration.ofSeconds(1)).build();
            child.resubmitUnacknowledged(journalFile);
            relay.start();
            System.out.println(READY);
            System.out.flush();
            while (true) {
                child.step();
            }
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(3);
        }
    }

    /**
     * A data source that opens a connection per call, as {@code org.h2.jdbcx.JdbcDataSource} does for
     * the URL a host sets on it.
     */
    static DataSource dataSource(String url, String user, String password) {
        return new UrlDataSource(url, user, password);
    }

    private static NotificationSender recordingSender(Channel channel, CrashJournal journal) {
        return new NotificationSender() {
            @Override
            public Channel channel() {
                return channel;
            }

            @Override
            public void send(OutboxMessage message) {
                journal.write("D", message.id().value().toString(), message.idempotencyKey());
            }
        };
    }

    private static LetterSender recordingLetters(CrashJournal journal) {
        NotificationSender letters = recordingSender(Channel.LETTER, journal);
        return letters::send;
    }

    /**
     * Posts again every submission that a killed run journaled as intended but not as acknowledged,
     * as a portal retries a post that got no answer: the idempotency key returns the request that
     * was saved, or saves it now.
     */
    private void resubmitUnacknowledged(Path journalFile) throws Exception {
        List<List<String>> lines = CrashJournal.read(journalFile);
        Set<String> acknowledged = lines.stream().filter(l -> l.get(0).equals("S")).map(l -> l.get(1))
                .collect(Collectors.toSet());
        Set<String> done = new HashSet<>();
        for (List<String> line : lines) {
            if (line.get(0).equals("I") && !acknowledged.contains(line.get(1)) && done.add(line.get(1))) {
                submit(line.get(1), Long.parseLong(line.get(2)));
            }
        }
    }

    private void step() {
        if (open.size() < 4 || random.nextInt(4) == 0) {
            String formKey = "crash-" + UUID.randomUUID();
            long formSeed = random.nextLong();
            journal.write("I", formKey, Long.toString(formSeed));
            submit(formKey, formSeed);
            return;
        }
        RequestId id = open.get(random.nextInt(open.size()));
        RequestCase current = service.require(id);
        RequestCase after;
        try {
            after = advance(current);
        } catch (StorageException e) {
            throw e;
        } catch (MedrecordsException e) {
            // The workflow refused this step (a guard, a non-compliant quote): cancel instead, or leave it.
            keys.get().clear();
            try {
                after = service.cancel(id, "Closed by the crash test", PORTAL);
            } catch (StorageException e2) {
                throw e2;
            } catch (MedrecordsException e2) {
                open.remove(id);
                return;
            }
        }
        acknowledge("C", null, after);
        if (!after.status().isOpen()) {
            open.remove(id);
        }
    }

    private void submit(String formKey, long formSeed) {
        RecordsRequestSubmission form = new SubmissionGenerator(formSeed, today).valid();
        form.setIdempotencyKey(formKey);
        keys.get().clear();
        RequestCase saved = service.submit(PRACTICE.id(), form, PORTAL);
        acknowledge("S", formKey, saved);
        if (saved.status().isOpen() && !open.contains(saved.id())) {
            open.add(saved.id());
        }
    }

    private void acknowledge(String kind, String formKey, RequestCase saved) {
        List<String> fields = new ArrayList<>();
        fields.add(kind);
        if (formKey != null) {
            fields.add(formKey);
        }
        fields.add(saved.id().value().toString());
        fields.add(Long.toString(saved.version()));
        fields.addAll(keys.get());
        keys.get().clear();
        journal.write(fields.toArray(String[]::new));
    }

    private RequestCase advance(RequestCase c) {
        keys.get().clear();
        RequestId id = c.id();
        return switch (c.status()) {
            case AWAITING_AUTHORIZATION -> service.cancel(id, "No authorization came", PORTAL);
            case IN_PROCESS -> {
                if (c.identity().isEmpty()) {
                    yield service.verifyIdentity(id, VerificationMethod.PATIENT_PORTAL_ACCOUNT, CLERK);
                }
                if (random.nextInt(8) == 0) {
                    yield service.handOff(id, "Acme ROI Services", "ACME-" + random.nextInt(1000), CLERK);
                }
                yield service.recordFulfilment(id, fulfilment(c), Money.ZERO, CLERK);
            }
            case QUOTED -> random.nextInt(3) == 0 ? service.waiveFee(id, "Hardship", CLERK)
                    : service.issueInvoice(id, CLERK);
            case INVOICED -> service.recordPayment(id, c.invoice().orElseThrow().number(), c.amountDue(),
                    PaymentMethod.CARD, "ch-" + random.nextInt(1_000_000), PORTAL);
            case READY_FOR_RELEASE -> service.release(id, CLERK);
            case HANDED_OFF -> service.recordOutsideRelease(id, c.request().delivery().method(), CLERK);
            case RELEASED, DENIED, NO_RECORDS, CANCELLED, WITHDRAWN -> c;
        };
    }

    private List<SelectionFulfilment> fulfilment(RequestCase c) {
        List<SelectionFulfilment> done = new ArrayList<>();
        List<RecordSelection> selections = c.request().selections();
        boolean media = c.request().delivery().method() == DeliveryMethod.CD_BY_MAIL;
        for (int i = 0; i < selections.size(); i++) {
            // Electronic records only: the paper and microfilm documents are the codec's own tests.
            done.add(selections.get(i).type().isImaging() || media
                    ? SelectionFulfilment.ofMedia(i, 1, RecordKeeping.ELECTRONIC)
                    : SelectionFulfilment.ofPages(i, 1 + random.nextInt(60), RecordKeeping.ELECTRONIC));
        }
        return done;
    }
}

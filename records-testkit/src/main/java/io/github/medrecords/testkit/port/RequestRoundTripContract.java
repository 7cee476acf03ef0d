package io.github.medrecords.testkit.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.Expiration;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.notification.NotificationPolicy;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.FoundRequests;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.port.StorageException;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.service.DashboardRow;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.StandingPolicy;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.HistoryAction;
import io.github.medrecords.core.workflow.LicensedProfessional;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.Review;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "Every saved request loads": a property of a {@link io.github.medrecords.core.port.RequestRepository}
 * over the whole space of requests, as a contract an adapter's test extends (implement {@link
 * #createStorage(PracticeDirectory)}).
 *
 * <p>It drives the real {@link RequestService} over the store under test through generated command
 * sequences: forms of every requester role, legal basis and delivery method ({@link
 * RoundTripSubmissions}) at a practice of every built-in jurisdiction ({@link RoundTripPractices}),
 * then identity checks, authorizations, fulfilments of 0 to several thousand pages and media from
 * records kept on paper, electronically, on microfilm or mixed, with postage, California's Evidence
 * Code 1158 quotes for attorneys before suit, invoices, payments short, exact and over, waivers,
 * refunds, releases as asked and otherwise, whole and partial denials, reviews, extensions, hand-offs
 * and outside releases, repeats and resubmissions, cancellations, withdrawals, deadline sweeps and the
 * clock moving on by minutes to months. After every step each request the step saved is loaded back
 * and must equal, field for field, what the service saved; every request the service returns must be
 * the one it saved; the outbox must hold the step's messages and the disclosure log its entries. After
 * every few steps and at the end of each sequence the service's {@code dashboard} must list exactly the
 * practice's open requests, none unreadable, and {@code findOpenDueOnOrBefore} must return every open
 * request with a legal deadline, equal to the saved one, earliest first.
 *
 * <p>Plain seeded loops, not a property-testing library, so that the test kit needs none at compile
 * scope: each sequence has its own seed derived from the run's seed and its index, and a failure names
 * the run's seed, the sequence, the step and the command, with the system properties that run that one
 * sequence again on an empty store. The run goes on after a failing sequence and reports every distinct
 * failure at the end. System properties:
 * <ul>
 * <li>{@value #SEQUENCES_PROPERTY}: how many sequences, default {@value #DEFAULT_SEQUENCES};</li>
 * <li>{@value #SEED_PROPERTY}: the run's seed, a number or {@code random}; default a fixed seed, so
 *     that a build is repeatable;</li>
 * <li>{@value #FIRST_PROPERTY}: the index of the first sequence, to run one sequence again;</li>
 * <li>{@value #TRACE_PROPERTY}: {@code true} prints every step and its outcome.</li>
 * </ul>
 */
public abstract class RequestRoundTripContract {

    /** The system property that sets the number of sequences. */
    public static final String SEQUENCES_PROPERTY = "medrecords.roundtrip.sequences";
    /** The system property that sets the run's seed: a decimal or {@code 0x} hexadecimal number, or {@code random}. */
    public static final String SEED_PROPERTY = "medrecords.roundtrip.seed";
    /** The system property that sets the index of the first sequence. */
    public static final String FIRST_PROPERTY = "medrecords.roundtrip.first";
    /** The system property that, set to {@code true}, prints every step and its outcome. */
    public static final String TRACE_PROPERTY = "medrecords.roundtrip.trace";
    /** The number of sequences unless {@value #SEQUENCES_PROPERTY} says otherwise. */
    public static final int DEFAULT_SEQUENCES = 100;
    /** The run's seed unless {@value #SEED_PROPERTY} says otherwise. */
    public static final long DEFAULT_SEED = 20_261_204L;

    private static final boolean TRACE = Boolean.getBoolean(TRACE_PROPERTY);
    private static final LocalDate EARLIEST = LocalDate.of(2019, 9, 2);
    private static final int SPAN_DAYS = 3_200;
    private static final int[] PAGE_COUNTS = {0, 1, 2, 3, 10, 19, 20, 21, 25, 26, 27, 99, 100, 101, 102, 499, 500, 501,
        502, 750, 1_000, 2_500};
    private static final Actor STAFF = Actor.staff("staff-roundtrip");
    private static final Actor OTHER_STAFF = Actor.staff("staff-second");
    private static final LicensedProfessional DETERMINER = LicensedProfessional.of("lp-determiner", "Dr. Ames",
            "MD-1001");
    private static final LicensedProfessional REVIEWER = LicensedProfessional.of("lp-reviewer", "Dr. Brooks",
            "MD-2002");

    /**
     * For subclasses.
     */
    protected RequestRoundTripContract() {
    }

    /**
     * Creates the ports of a store that holds nothing yet, for the practices the contract uses; called
     * once per test. A store that needs the practices to read a request back (the JDBC store counts a
     * due date in its practice's calendar) must be built with this directory.
     *
     * @param practices  the practices of the requests the test saves, not null
     * @return the ports of one empty store, not null
     */
    protected abstract StoragePorts createStorage(PracticeDirectory practices);

    /**
     * Returns the practices requests are generated for; sequence {@code i} uses practice
     * {@code i % size}. By default {@link RoundTripPractices#all()}.
     *
     * @return the practices, not empty, not null
     */
    protected List<PracticeProfile> practices() {
        return RoundTripPractices.all();
    }

    /**
     * Returns the fee calculator and its legal limits the service uses; the store must read under the
     * same law. By default {@link FeeCalculator#standard()}.
     *
     * @return the calculator, not null
     */
    protected FeeCalculator fees() {
        return FeeCalculator.standard();
    }

    /**
     * Returns the deadline rules the service uses. By default {@link DeadlineRules#defaults()}.
     *
     * @return the rules, not null
     */
    protected DeadlineRules deadlines() {
        return DeadlineRules.defaults();
    }

    @Test
    public void everySavedRequestLoadsAsTheServiceSavedIt() {
        long seed = seedOf(System.getProperty(SEED_PROPERTY));
        int sequences = Integer.getInteger(SEQUENCES_PROPERTY, DEFAULT_SEQUENCES);
        int first = Integer.getInteger(FIRST_PROPERTY, 0);
        List<PracticeProfile> practices = List.copyOf(practices());
        PracticeDirectory directory = PracticeDirectory.of(practices.toArray(PracticeProfile[]::new));
        StoragePorts storage = createStorage(directory);
        Run run = new Run(storage, directory, seed);
        boolean builtIn = practices.equals(RoundTripPractices.all());
        try {
            for (int i = first; i < first + sequences; i++) {
                run.sequence(i, builtIn ? RoundTripPractices.forSequence(i)
                        : practices.get(Math.floorMod(i, practices.size())));
            }
        } finally {
            run.close();
        }
        System.out.println(run.summary(first, sequences));
        if (!run.failures.isEmpty()) {
            fail(run.failureReport(sequences));
        }
        if (sequences >= DEFAULT_SEQUENCES && builtIn) {
            assertThat(run.coverage.keySet()).as("what the generated sequences reached")
                    .contains(expectedCoverage());
        }
    }

    private static String[] expectedCoverage() {
        List<String> keys = new ArrayList<>();
        for (PracticeProfile p : RoundTripPractices.handMade()) {
            keys.add("fulfilled at " + p.id());
        }
        for (ProviderKind k : ProviderKind.values()) {
            keys.add("fulfilled at a " + k);
        }
        for (RequesterRole r : RequesterRole.values()) {
            keys.add("saved role " + r);
        }
        for (LegalBasis b : LegalBasis.values()) {
            keys.add("saved basis " + b);
        }
        for (DeliveryMethod m : DeliveryMethod.values()) {
            keys.add("saved delivery " + m);
        }
        for (RecordKeeping k : RecordKeeping.values()) {
            keys.add("fulfilled keeping " + k);
        }
        keys.addAll(List.of("fulfilled keeping mixed", "fulfilled pages 0", "fulfilled pages 1-20",
                "fulfilled pages 101-500", "fulfilled pages over 500", "fulfilled with media", "fulfilled with postage",
                "fulfilled Evidence Code 1158", "saved status RELEASED", "saved status DENIED",
                "saved status HANDED_OFF", "saved status INVOICED", "saved status CANCELLED",
                "saved status NO_RECORDS", "saved status WITHDRAWN", "saved status AWAITING_AUTHORIZATION",
                "ok pay", "ok waive", "ok refund", "ok extend", "ok review", "ok deny", "ok outsideRelease",
                "ok repeat", "ok resubmit", "ok sweep", "invoiced without cost basis",
                "refused invoice (CostBasisRequiredException)"));
        return keys.toArray(String[]::new);
    }

    static long seedOf(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_SEED;
        }
        String t = text.strip();
        if (t.equalsIgnoreCase("random")) {
            return new Random().nextLong();
        }
        return t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
    }

    /** The seed of one sequence: a fixed mix of the run's seed and the index (SplitMix64's finaliser). */
    static long sequenceSeed(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A failure of one sequence, with what reproduces it. */
    record Failure(int sequence, PracticeId practice, int step, String command, String reason, String detail) {
    }

    /** A failed check inside a sequence; ends the sequence. */
    static final class Broken extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String reason;
        final String detail;

        Broken(String reason, String detail, Throwable cause) {
            super(reason, cause, false, false);
            this.reason = reason;
            this.detail = detail;
        }
    }

    /** One run: the store, the service over it, the clock, and what every request was last saved as. */
    private final class Run {

        final StoragePorts storage;
        final ObservedRepository repository;
        final PracticeDirectory directory;
        final long seed;
        final MutableClock clock = new MutableClock();
        final ValidatorFactory validation;
        final NotificationPolicy notifications = StandardNotificationPolicy.requesterOnly().withWebhook("ehr");
        final RequestService service;
        final Map<RequestId, RequestCase> saved = new LinkedHashMap<>();
        final Map<String, Integer> coverage = new TreeMap<>();
        final List<Failure> failures = new ArrayList<>();
        int steps;
        int loadsCompared;

        Run(StoragePorts storage, PracticeDirectory directory, long seed) {
            this.storage = storage;
            this.repository = new ObservedRepository(storage.repository());
            this.directory = directory;
            this.seed = seed;
            this.validation = MedrecordsValidation.validatorFactory(clock);
            this.service = new RequestService(directory, repository, validation.getValidator(), clock, fees(),
                    deadlines(), notifications);
        }

        void close() {
            validation.close();
        }

        void count(String key) {
            coverage.merge(key, 1, Integer::sum);
        }

        void sequence(int index, PracticeProfile practice) {
            Sequence s = new Sequence(this, index, practice, new Random(sequenceSeed(seed, index)));
            try {
                s.run();
            } catch (Broken e) {
                failures.add(new Failure(index, practice.id(), s.step, s.command, e.reason, e.detail));
            }
        }

        String summary(int first, int sequences) {
            StringBuilder b = new StringBuilder("Round trip on ").append(storage.repository().getClass().getSimpleName())
                    .append(": seed ").append(seed).append(", sequences ").append(first).append("..")
                    .append(first + sequences - 1).append(", ").append(steps).append(" steps, ").append(saved.size())
                    .append(" requests, ").append(loadsCompared).append(" loads compared, ").append(failures.size())
                    .append(" failed sequence(s)\n  reached: ");
            b.append(coverage.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", ")));
            return b.toString();
        }

        String failureReport(int sequences) {
            Map<String, List<Failure>> byReason = new LinkedHashMap<>();
            for (Failure f : failures) {
                byReason.computeIfAbsent(f.reason(), r -> new ArrayList<>()).add(f);
            }
            StringBuilder b = new StringBuilder();
            b.append(failures.size()).append(" of ").append(sequences).append(" sequences failed (run seed ")
                    .append(seed).append("); ").append(byReason.size()).append(" distinct failure(s):");
            for (Map.Entry<String, List<Failure>> e : byReason.entrySet()) {
                Failure f = e.getValue().get(0);
                Set<String> at = new TreeSet<>();
                e.getValue().forEach(x -> at.add(x.practice().toString()));
                b.append("\n- ").append(e.getKey()).append(" (").append(e.getValue().size())
                        .append(" sequence(s) at ").append(String.join(", ", at))
                        .append("; first: sequence ").append(f.sequence()).append(", step ")
                        .append(f.step()).append(", ").append(f.command()).append(")\n  rerun with -D")
                        .append(SEED_PROPERTY).append('=').append(seed).append(" -D").append(FIRST_PROPERTY)
                        .append('=').append(f.sequence()).append(" -D").append(SEQUENCES_PROPERTY).append("=1");
                if (!f.detail().isEmpty()) {
                    b.append("\n  ").append(f.detail().replace("\n", "\n  "));
                }
            }
            return b.toString();
        }
    }

    /** One generated sequence of commands at one practice. */
    private final class Sequence {

        final Run run;
        final int index;
        final PracticeProfile practice;
        final Random random;
        final RoundTripSubmissions forms;
        final List<RequestId> requests = new ArrayList<>();
        final Map<RequestId, Submitted> submitted = new LinkedHashMap<>();
        int step;
        String command = "start";

        Sequence(Run run, int index, PracticeProfile practice, Random random) {
            this.run = run;
            this.index = index;
            this.practice = practice;
            this.random = random;
            this.forms = new RoundTripSubmissions(random);
        }

        void run() {
            LocalDate day = EARLIEST.plusDays(random.nextInt(SPAN_DAYS));
            // Nanoseconds too, as a system clock reads (a store keeps microseconds: StoredTime), taken from
            // the day so that the sequence's random choices stay as they were.
            run.clock.set(ZonedDateTime.of(day, LocalTime.of(7, 0).plusMinutes(random.nextInt(12 * 60))
                    .plusNanos(nanos(day.toEpochDay())), practice.zone()).toInstant());
            int length = 12 + random.nextInt(28);
            for (step = 1; step <= length; step++) {
                run.steps++;
                if (requests.isEmpty() || (requests.size() < 6 && random.nextInt(6) == 0)) {
                    submit();
                } else {
                    int roll = random.nextInt(100);
                    if (roll < 4) {
                        repeat();
                    } else if (roll < 6) {
                        resubmit();
                    } else if (roll < 16) {
                        advanceClock();
                    } else if (roll < 19) {
                        sweep();
                    } else {
                        RequestId id = requests.get(random.nextInt(requests.size()));
                        act(run.saved.get(id), random.nextInt(100) < 85);
                    }
                }
                if (step % 8 == 0) {
                    checkQueries();
                }
            }
            command = "final queries";
            checkQueries();
        }

        /** A fraction of a second, in nanoseconds, that a value decides. */
        static int nanos(long value) {
            return (int) Math.floorMod(value * 998_244_353L + 123_456_789L, 1_000_000_000L);
        }

        LocalDate today() {
            return run.clock.instant().atZone(practice.zone()).toLocalDate();
        }

        void advanceClock() {
            int roll = random.nextInt(10);
            Duration by = roll < 4 ? Duration.ofMinutes(5 + random.nextInt(300))
                    : roll < 8 ? Duration.ofDays(1 + random.nextInt(6)).plusMinutes(random.nextInt(600))
                    : Duration.ofDays(10 + random.nextInt(60));
            by = by.plusNanos(nanos(by.toMinutes()));
            command = "clock +" + by;
            run.clock.set(run.clock.instant().plus(by));
            run.count("clock moved");
        }

        void submit() {
            RoundTripSubmissions.Made made = forms.next(practice, today());
            command = "submit " + made.variant();
            Optional<RequestCase> created = attempt("submit", () -> run.service.submit(practice.id(), made.form(),
                    Actor.requester("portal-roundtrip")));
            created.ifPresent(c -> {
                requests.add(c.id());
                submitted.put(c.id(), new Submitted(made));
                run.count("variant " + made.variant());
                run.count("saved role " + c.request().requester().role());
                run.count("saved basis " + c.request().legalBasis());
                run.count("saved delivery " + c.request().delivery().method());
                assertLoadsByKeys(c);
            });
        }

        void repeat() {
            List<RequestId> open = requests.stream().filter(id -> run.saved.get(id).status().isOpen()).toList();
            if (open.isEmpty()) {
                submit();
                return;
            }
            RequestId original = open.get(random.nextInt(open.size()));
            RoundTripSubmissions.Made memo = submitted.get(original).made;
            var form = forms.next(practice, today()).form();
            // The same patient and the same records: the service links the new request to the open one.
            form.setPatient(memo.form().getPatient());
            form.setRecords(memo.form().getRecords());
            command = "repeat of " + run.saved.get(original).number();
            Optional<RequestCase> created = attempt("repeat", () -> run.service.submit(practice.id(), form,
                    Actor.requester("portal-roundtrip")));
            created.ifPresent(c -> {
                requests.add(c.id());
                submitted.put(c.id(), new Submitted(new RoundTripSubmissions.Made(form, "REPEAT")));
                assertLoadsByKeys(c);
            });
        }

        void resubmit() {
            RequestId id = requests.get(random.nextInt(requests.size()));
            RoundTripSubmissions.Made memo = submitted.get(id).made;
            command = "resubmit " + run.saved.get(id).number();
            Optional<RequestCase> again = attempt("resubmit", () -> run.service.submit(practice.id(), memo.form(),
                    Actor.requester("portal-roundtrip")));
            again.ifPresent(c -> {
                if (!c.equals(run.saved.get(id))) {
                    throw new Broken("a resubmission with a saved key returned another request than the one saved",
                            differences(run.saved.get(id), c), null);
                }
            });
        }

        void sweep() {
            int days = random.nextInt(6);
            command = "sweep " + days;
            attempt("sweep", () -> {
                run.service.sweepDeadlines(practice.id(), days);
                return null;
            });
        }

        void act(RequestCase c, boolean plausible) {
            RequestId id = c.id();
            List<String> choices = plausible ? plausibleFor(c) : List.of("verify", "authorize", "fulfil",
                    "invoice", "pay", "waive", "refund", "release", "releaseOther", "deny", "review", "extend",
                    "noRecords", "cancel", "withdraw", "handOff", "progress", "outsideRelease");
            if (choices.isEmpty()) {
                advanceClock();
                return;
            }
            String choice = choices.get(random.nextInt(choices.size()));
            command = choice + " " + c.number() + " (" + c.status() + ")";
            RequestService s = run.service;
            switch (choice) {
                case "verify" -> attempt(choice, () -> s.verifyIdentity(id, pick(VerificationMethod.values()), STAFF));
                case "authorize" -> attempt(choice, () -> s.attachAuthorization(id, authorizationFor(c), STAFF));
                case "fulfil" -> {
                    List<SelectionFulfilment> f = fulfilment(c);
                    Money postage = c.request().delivery().method().isMailed() && random.nextInt(3) > 0
                            ? Money.ofCents(55 + random.nextInt(1_200)) : Money.ZERO;
                    command += " " + describe(f) + " postage " + postage;
                    attempt(choice, () -> s.recordFulfilment(id, f, postage, STAFF)).ifPresent(r -> fulfilled(f,
                            postage, evidenceCode1158(r)));
                }
                case "invoice" -> attempt(choice, () -> s.issueInvoice(id, STAFF)).ifPresent(r -> {
                    if (r.history().get(r.history().size() - 1).action()
                            == HistoryAction.INVOICE_ISSUED_WITHOUT_COST_BASIS) {
                        run.count("invoiced without cost basis");
                    }
                });
                case "pay" -> {
                    Money due = c.amountDue();
                    int roll = random.nextInt(4);
                    Money amount = roll == 0 && due.isGreaterThan(Money.ofCents(1)) ? Money.ofCents(due.toCents() / 2)
                            : roll == 1 ? due.plus(Money.ofCents(100 + random.nextInt(2_000))) : due;
                    String invoice = c.invoice().map(i -> i.number()).orElse("INV-none");
                    command += " " + amount + " of " + due;
                    attempt(choice, () -> s.recordPayment(id, invoice, amount, pick(PaymentMethod.values()),
                            "ref-" + random.nextInt(100_000), STAFF));
                }
                case "waive" -> attempt(choice, () -> s.waiveFee(id, "Hardship", STAFF));
                case "refund" -> attempt(choice, () -> s.refund(id, "refund-" + random.nextInt(10_000), STAFF));
                case "release" -> attempt(choice, () -> s.release(id, STAFF));
                case "releaseOther" -> {
                    DeliveryMethod m = pick(DeliveryMethod.values());
                    command += " by " + m;
                    attempt(choice, () -> s.release(id, m, "The requester asked by phone", STAFF));
                }
                case "deny" -> {
                    DenialGround g = pick(DenialGround.values());
                    Set<Integer> withheld = withheld(c);
                    command += " " + g + " " + withheld;
                    attempt(choice, () -> s.deny(id, g, withheld, g.reviewable() ? Optional.of(DETERMINER)
                            : Optional.empty(), STAFF));
                }
                case "review" -> {
                    Review.Outcome o = pick(Review.Outcome.values());
                    command += " " + o;
                    attempt(choice, () -> s.review(id, REVIEWER, o, OTHER_STAFF));
                }
                case "extend" -> {
                    LocalDate to = c.dueDate().map(d -> d.legalDate()).orElse(today()).plusDays(1 + random.nextInt(40));
                    command += " to " + to;
                    attempt(choice, () -> s.extend(id, to, "Records are archived off site", STAFF).request());
                }
                case "noRecords" -> attempt(choice, () -> s.recordNoRecordsFound(id, "Searched 2010-2026", STAFF));
                case "cancel" -> attempt(choice, () -> s.cancel(id, random.nextBoolean() ? "" : "No longer needed",
                        Actor.requester("portal-roundtrip")));
                case "withdraw" -> attempt(choice, () -> s.withdrawAuthorization(id, STAFF));
                case "handOff" -> attempt(choice, () -> s.handOff(id, "Records Co.", "RC-" + random.nextInt(99_999),
                        STAFF));
                case "progress" -> attempt(choice, () -> s.recordHandOffProgress(id, "Chart pulled", STAFF));
                case "outsideRelease" -> attempt(choice, () -> s.recordOutsideRelease(id,
                        pick(DeliveryMethod.values()), STAFF));
                default -> throw new IllegalStateException(choice);
            }
        }

        List<String> plausibleFor(RequestCase c) {
            List<String> l = new ArrayList<>();
            if (c.status().isOpen()) {
                l.addAll(List.of("extend", "deny"));
                if (c.identity().isEmpty()) {
                    l.add("verify");
                }
                if (random.nextInt(12) == 0) {
                    l.addAll(List.of("noRecords", "cancel", "withdraw"));
                }
                if (c.authorizationRequired() && c.authorization().isPresent() && random.nextInt(10) == 0) {
                    // A request quoted but not invoiced (no cost basis recorded) is still one to withdraw from.
                    l.add("withdraw");
                }
            }
            if (c.denial().isPresent() && c.review().isEmpty()) {
                l.addAll(List.of("review", "review"));
            }
            switch (c.status()) {
                case AWAITING_AUTHORIZATION -> l.addAll(List.of("authorize", "authorize", "handOff"));
                case IN_PROCESS -> {
                    if (c.request().attorneyBeforeSuit() && practice.jurisdictions().contains(UsState.CA)) {
                        l.addAll(List.of("fulfil", "fulfil", "fulfil", "fulfil", "handOff"));
                    } else {
                        l.addAll(List.of("fulfil", "fulfil", "fulfil", "handOff"));
                    }
                }
                case QUOTED -> l.addAll(List.of("invoice", "invoice", "waive", "fulfil"));
                case INVOICED -> l.addAll(List.of("pay", "pay", "pay", "waive"));
                case READY_FOR_RELEASE -> l.addAll(List.of("release", "release", "releaseOther", "refund",
                        "verify", "fulfil"));
                case HANDED_OFF -> l.addAll(List.of("progress", "outsideRelease", "outsideRelease"));
                case RELEASED, DENIED, NO_RECORDS, CANCELLED, WITHDRAWN -> {
                    if (c.refundDue().isGreaterThan(Money.ZERO)) {
                        l.add("refund");
                    }
                }
            }
            if (c.status() == RequestStatus.READY_FOR_RELEASE && c.identity().isEmpty()) {
                l.addAll(List.of("verify", "verify"));
            }
            return l;
        }

        /**
         * Tells whether the service quoted a fulfilment by California's Evidence Code 1158: the request says
         * it is an attorney's before suit, and the quote's context carries that, so CA.5 to CA.7 govern.
         */
        boolean evidenceCode1158(RequestCase saved) {
            boolean quotedSo = saved.quote().map(q -> q.context().attorneyBeforeSuit()).orElse(false);
            if (quotedSo != saved.request().attorneyBeforeSuit()) {
                throw new Broken("the quote's context does not carry the request's attorney-before-suit",
                        "request " + saved.number(), null);
            }
            return quotedSo && practice.jurisdictions().contains(UsState.CA);
        }


        void fulfilled(List<SelectionFulfilment> f, Money postage, boolean evidenceCode1158) {
            run.count("fulfilled at " + practice.id());
            run.count("fulfilled at a " + practice.providerKind());
            Set<RecordKeeping> keepings = new HashSet<>();
            int pages = 0;
            int media = 0;
            for (SelectionFulfilment x : f) {
                keepings.add(x.keeping());
                pages += x.pages();
                media += x.media();
                run.count("fulfilled keeping " + x.keeping());
            }
            if (keepings.size() > 1) {
                run.count("fulfilled keeping mixed");
            }
            run.count("fulfilled pages " + (pages == 0 ? "0" : pages <= 20 ? "1-20" : pages <= 100 ? "21-100"
                    : pages <= 500 ? "101-500" : "over 500"));
            if (media > 0) {
                run.count("fulfilled with media");
            }
            if (!postage.isZero()) {
                run.count("fulfilled with postage");
            }
            if (evidenceCode1158) {
                run.count("fulfilled Evidence Code 1158");
            }
        }

        List<SelectionFulfilment> fulfilment(RequestCase c) {
            List<SelectionFulfilment> f = new ArrayList<>();
            List<RecordSelection> selections = c.request().selections();
            Set<Integer> withheld = c.withheldSelections();
            RecordKeeping shared = pick(RecordKeeping.values());
            boolean mixed = random.nextInt(3) == 0;
            for (int i = 0; i < selections.size(); i++) {
                if (withheld.contains(i) || (i > 0 && random.nextInt(8) == 0)) {
                    continue;
                }
                RecordKeeping keeping = mixed ? pick(RecordKeeping.values()) : shared;
                int pages = PAGE_COUNTS[random.nextInt(PAGE_COUNTS.length)];
                int media = selections.get(i).type().isImaging() ? random.nextInt(4) : random.nextInt(8) == 0 ? 1 : 0;
                f.add(new SelectionFulfilment(i, pages, media, keeping));
            }
            if (f.isEmpty()) {
                for (int i = 0; i < selections.size(); i++) {
                    if (!withheld.contains(i)) {
                        f.add(SelectionFulfilment.ofPages(i, 1 + random.nextInt(30), shared));
                        break;
                    }
                }
            }
            return f;
        }

        Set<Integer> withheld(RequestCase c) {
            int n = c.request().selections().size();
            Set<Integer> w = new TreeSet<>();
            if (random.nextBoolean()) {
                for (int i = 0; i < n; i++) {
                    w.add(i);
                }
            } else {
                w.add(random.nextInt(n));
            }
            return w;
        }

        Authorization authorizationFor(RequestCase c) {
            LocalDate today = today();
            Authorization.Builder b = Authorization.builder()
                    .informationDescription("Records named in the request")
                    .covers(c.request().selections().stream().map(RecordSelection::type).distinct()
                            .toArray(RecordType[]::new))
                    .disclosingParty(practice.name())
                    .recipient(c.recipientName())
                    .purpose(c.request().purpose().kind())
                    .signature("Authorizing signer", today.minusDays(random.nextInt(10)))
                    .statements(true, true, random.nextInt(6) > 0);
            b.expiration(random.nextInt(4) == 0 ? Expiration.onEvent("End of the litigation")
                    : Expiration.onDate(today.plusDays(30 + random.nextInt(400))));
            return b.build();
        }

        String describe(List<SelectionFulfilment> f) {
            return f.stream().map(x -> x.selectionIndex() + ":" + x.pages() + "p/" + x.media() + "m/" + x.keeping())
                    .collect(Collectors.joining(",", "[", "]"));
        }

        <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        /**
         * Runs one command through the service, tells a domain refusal from a store failure, and checks
         * every request the step saved against the store.
         */
        Optional<RequestCase> attempt(String name, Supplier<RequestCase> call) {
            run.repository.begin();
            RequestCase result;
            RuntimeException refused = null;
            try {
                result = call.get();
            } catch (RuntimeException e) {
                result = null;
                refused = e;
            }
            RuntimeException storeFailure = run.repository.failure();
            if (storeFailure != null) {
                throw new Broken(reasonOf("the store failed", storeFailure), stackOf(storeFailure), storeFailure);
            }
            List<ChangeSet> changes = run.repository.saved();
            if (TRACE) {
                System.out.println("sequence " + index + " step " + step + ": " + command + " -> "
                        + (refused == null ? "ok" : "refused (" + refused.getClass().getSimpleName() + ": "
                                + refused.getMessage() + ")"));
            }
            if (refused != null) {
                if (refused instanceof StorageException || !changes.isEmpty()) {
                    throw new Broken(reasonOf("a command failed after saving", refused), stackOf(refused), refused);
                }
                run.count("refused " + name + " (" + refused.getClass().getSimpleName() + ")");
            } else {
                run.count("ok " + name);
            }
            for (ChangeSet change : changes) {
                RequestCase after = change.request().withVersion(change.expectedVersion() + 1);
                run.saved.put(after.id(), after);
                run.count("saved status " + after.status());
                for (OutboxMessage m : change.messages()) {
                    if (!run.storage.outbox().find(m.id()).map(m::equals).orElse(false)) {
                        throw new Broken("an outbox message the step saved is missing or changed", "message "
                                + m.id() + " of " + after.number(), null);
                    }
                }
                for (DisclosureEntry d : change.disclosures()) {
                    // A microsecond, not a nanosecond: PostgreSQL keeps microseconds, and its driver rounds
                    // an end bound of t + 1 ns down to t, which would find nothing.
                    if (!run.storage.disclosureLog().entriesFor(d.practiceId(), d.patient(), d.disclosedAt(),
                            d.disclosedAt().plus(1, ChronoUnit.MICROS)).contains(d)) {
                        throw new Broken("a disclosure entry the step saved is missing or changed", "entry of "
                                + after.number(), null);
                    }
                }
            }
            Set<RequestId> touched = new LinkedHashSet<>();
            changes.forEach(ch -> touched.add(ch.request().id()));
            if (result != null) {
                touched.add(result.id());
            }
            for (RequestId id : touched) {
                RequestCase expected = run.saved.get(id);
                RequestCase loaded = load(id);
                run.loadsCompared++;
                if (!expected.equals(loaded)) {
                    throw new Broken("a saved request loads with other " + differingFields(expected, loaded),
                            differences(expected, loaded), null);
                }
            }
            if (result != null && !result.equals(run.saved.get(result.id()))) {
                throw new Broken("the service returned another request than it saved",
                        differences(run.saved.get(result.id()), result), null);
            }
            return Optional.ofNullable(result);
        }

        RequestCase load(RequestId id) {
            try {
                return run.storage.repository().findById(id).orElseThrow(() -> new Broken(
                        "a saved request is not found", "request " + id, null));
            } catch (Broken e) {
                throw e;
            } catch (RuntimeException e) {
                throw new Broken(reasonOf("a saved request does not load", e), stackOf(e), e);
            }
        }

        void assertLoadsByKeys(RequestCase c) {
            try {
                RequestCase byNumber = run.storage.repository().findByNumber(practice.id(), c.number()).orElse(null);
                RequestCase byKey = c.snapshot().idempotencyKey().flatMap(k -> run.storage.repository()
                        .findByIdempotencyKey(practice.id(), k)).orElse(c);
                if (!c.equals(byNumber) || !c.equals(byKey)) {
                    throw new Broken("a new request loads otherwise by number or idempotency key", "", null);
                }
            } catch (Broken e) {
                throw e;
            } catch (RuntimeException e) {
                throw new Broken(reasonOf("a new request does not load by number or key", e), stackOf(e), e);
            }
        }

        void checkQueries() {
            String before = command;
            command = "queries after " + before;
            run.repository.begin();
            List<DashboardRow> rows;
            FoundRequests due;
            try {
                rows = run.service.dashboard(practice.id(), StandingPolicy.defaults());
                due = run.storage.repository().findOpenDueOnOrBefore(practice.id(), LocalDate.of(2199, 12, 31));
            } catch (RuntimeException e) {
                throw new Broken(reasonOf("the practice's queries fail", e), stackOf(e), e);
            }
            if (run.repository.failure() != null) {
                RuntimeException f = run.repository.failure();
                throw new Broken(reasonOf("the dashboard's query failed", f), stackOf(f), f);
            }
            List<RequestCase> open = run.saved.values().stream()
                    .filter(c -> c.practiceId().equals(practice.id()) && c.status().isOpen()).toList();
            Set<RequestId> listed = rows.stream().map(DashboardRow::id).collect(Collectors.toSet());
            if (rows.stream().anyMatch(r -> r.flags().contains(DashboardRow.Flag.UNREADABLE))) {
                throw new Broken("the dashboard flags a saved request unreadable", "", null);
            }
            if (listed.size() != rows.size() || !listed.equals(open.stream().map(RequestCase::id)
                    .collect(Collectors.toSet()))) {
                throw new Broken("the dashboard does not list exactly the practice's open requests", rows.size()
                        + " rows for " + open.size() + " open requests", null);
            }
            if (!due.allRead()) {
                throw new Broken("findOpenDueOnOrBefore reports a saved request unreadable",
                        due.unreadable().get(0).reason(), null);
            }
            List<RequestCase> expectedDue = open.stream().filter(c -> c.dueDate().isPresent()).toList();
            if (!new HashSet<>(due.requests()).equals(new HashSet<>(expectedDue))
                    || due.requests().size() != expectedDue.size()) {
                throw new Broken("findOpenDueOnOrBefore does not return the saved open requests with a deadline",
                        due.requests().size() + " returned for " + expectedDue.size(), null);
            }
            for (int i = 1; i < due.requests().size(); i++) {
                if (due.requests().get(i - 1).dueDate().orElseThrow().legalDate()
                        .isAfter(due.requests().get(i).dueDate().orElseThrow().legalDate())) {
                    throw new Broken("findOpenDueOnOrBefore is not earliest first", "", null);
                }
            }
            run.count("queries checked");
            command = before;
        }
    }

    /** What was submitted for a request, to repeat or resubmit it. */
    private record Submitted(RoundTripSubmissions.Made made) {
    }

    /** A reason that groups failures: the exception's type and message without ids and numbers. */
    static String reasonOf(String what, Throwable e) {
        Throwable root = e;
        StringBuilder b = new StringBuilder(what).append(": ").append(e.getClass().getSimpleName()).append(' ')
                .append(Objects.toString(e.getMessage(), ""));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            b.append(" <- ").append(root.getClass().getSimpleName()).append(' ')
                    .append(Objects.toString(root.getMessage(), ""));
        }
        return b.toString()
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
                .replaceAll("\\b20\\d\\d-\\d{6}\\b", "<number>");
    }

    static String stackOf(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            StackTraceElement[] trace = t.getStackTrace();
            b.append(t.getClass().getName()).append(" at ");
            for (int i = 0; i < Math.min(4, trace.length); i++) {
                b.append(i == 0 ? "" : " < ").append(trace[i]);
            }
            b.append('\n');
        }
        return b.toString().strip();
    }

    /** The names of the snapshot's components in which two requests differ. */
    static String differingFields(RequestCase expected, RequestCase actual) {
        List<String> names = new ArrayList<>();
        RequestCase.Snapshot a = expected.snapshot();
        RequestCase.Snapshot b = actual.snapshot();
        for (RecordComponent rc : RequestCase.Snapshot.class.getRecordComponents()) {
            try {
                if (!Objects.equals(rc.getAccessor().invoke(a), rc.getAccessor().invoke(b))) {
                    names.add(rc.getName());
                }
            } catch (ReflectiveOperationException e) {
                names.add(rc.getName() + "?");
            }
        }
        return names.isEmpty() ? "(equal snapshots)" : String.join(", ", names);
    }

    /**
     * The differing components with both values, for the failure's detail (generated data only): where
     * two values differ, their parts are compared in turn (record components, lists, optionals and the
     * public no-argument accessors of the library's own types), down to the first parts that differ.
     */
    static String differences(RequestCase expected, RequestCase actual) {
        StringBuilder out = new StringBuilder();
        difference("request", expected.snapshot(), actual.snapshot(), 0, out);
        return out.toString().strip();
    }

    private static void difference(String path, Object x, Object y, int depth, StringBuilder out) {
        if (Objects.equals(x, y) || out.length() > 4_000) {
            return;
        }
        if (depth < 6 && x != null && y != null) {
            int before = out.length();
            if (x instanceof Optional<?> ox && y instanceof Optional<?> oy && ox.isPresent() && oy.isPresent()) {
                difference(path, ox.get(), oy.get(), depth, out);
            } else if (x instanceof List<?> lx && y instanceof List<?> ly && lx.size() == ly.size()) {
                for (int i = 0; i < lx.size(); i++) {
                    difference(path + "[" + i + "]", lx.get(i), ly.get(i), depth + 1, out);
                }
            } else if (x.getClass() == y.getClass() && x.getClass().getName().startsWith("io.github.medrecords.")) {
                for (Method m : accessors(x.getClass())) {
                    try {
                        difference(path + "." + m.getName(), m.invoke(x), m.invoke(y), depth + 1, out);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // Not an accessor after all; the value as a whole is reported if nothing else differs.
                    }
                }
            }
            if (out.length() > before) {
                return;
            }
        }
        out.append(path).append(":\n  saved:  ").append(abbreviate(x)).append("\n  loaded: ").append(abbreviate(y))
                .append('\n');
    }

    private static List<Method> accessors(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                methods.add(rc.getAccessor());
            }
            return methods;
        }
        for (Method m : type.getMethods()) {
            String n = m.getName();
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
                    && m.getDeclaringClass() != Object.class && !n.startsWith("with") && !n.startsWith("to")
                    && !n.startsWith("require") && !n.equals("hashCode")) {
                methods.add(m);
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        return methods;
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    /** A clock the run moves by hand. */
    private static final class MutableClock extends Clock {
        private volatile Instant now = Instant.EPOCH;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package io.github.medrecords.testkit.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.testkit.intake.SubmissionGenerator;
import io.github.medrecords.testkit.intake.SubmissionShape;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of repeat linking under concurrency: the same patient submitting the same request on
 * several threads at once gets exactly one original, every other submission linked to it as a repeat,
 * and no submission fails. Runs the real {@code RequestService} over the store under test.
 *
 * <p>Rounds and threads: {@code -Dmedrecords.concurrentsubmit.rounds} (20) and
 * {@code -Dmedrecords.concurrentsubmit.threads} (4). Prints the figures it measured.
 */
public abstract class ConcurrentSubmitContract {

    /** The system property that sets the number of rounds. */
    public static final String ROUNDS_PROPERTY = "medrecords.concurrentsubmit.rounds";
    /** The system property that sets the number of threads per round. */
    public static final String THREADS_PROPERTY = "medrecords.concurrentsubmit.threads";

    /** For subclasses. */
    protected ConcurrentSubmitContract() {
    }

    /**
     * Creates an empty store that reads due dates in the given practices' calendars.
     *
     * @param practices  the practices the service serves
     * @return the store under test, not null
     */
    protected abstract RequestRepository createRepository(PracticeDirectory practices);

    /**
     * Runs the rounds: one new patient per round, all threads released at once.
     *
     * @throws Exception if the executor fails
     */
    @Test
    public void concurrentSubmitsOfOnePatientMakeOneOriginalAndLinkTheRestWithoutFailing() throws Exception {
        int rounds = Integer.getInteger(ROUNDS_PROPERTY, 20);
        int threads = Integer.getInteger(THREADS_PROPERTY, 4);
        PracticeProfile practice = RoundTripPractices.all().get(0);
        RequestRepository repository = createRepository(RoundTripPractices.directory());
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);
        int roundsWithOneOriginal = 0;
        int failedSubmits = 0;
        List<String> problems = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try (ValidatorFactory validation = MedrecordsValidation.validatorFactory(clock)) {
            RequestService service = new RequestService(RoundTripPractices.directory(), repository,
                    validation.getValidator(), clock, FeeCalculator.standard(), DeadlineRules.defaults(),
                    StandardNotificationPolicy.requesterOnly());
            for (int round = 0; round < rounds; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<RequestCase>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    // the same seed: the same patient and records on every thread, only the key differs
                    RecordsRequestSubmission s = new SubmissionGenerator(1000L + round, clock.instant()
                            .atZone(practice.zone()).toLocalDate()).valid(SubmissionShape.PATIENT_PORTAL);
                    s.setIdempotencyKey("concurrent-" + round + "-" + t);
                    futures.add(executor.submit(() -> {
                        start.await();
                        return service.submit(practice.id(), s, Actor.requester("portal"));
                    }));
                }
                start.countDown();
                List<RequestCase> saved = new ArrayList<>();
                for (Future<RequestCase> f : futures) {
                    try {
                        saved.add(f.get(60, TimeUnit.SECONDS));
                    } catch (java.util.concurrent.ExecutionException e) {
                        failedSubmits++;
                        problems.add("round " + round + ": " + e.getCause());
                    }
                }
                if (saved.isEmpty()) {
                    problems.add("round " + round + ": every submit failed");
                    continue;
                }
                List<RequestCase> stored = repository.findByPatient(practice.id(), saved.get(0).patientKey())
                        .requests();
                List<RequestCase> originals = stored.stream().filter(c -> c.repeatOf().isEmpty()).toList();
                if (originals.size() == 1 && stored.size() == threads && stored.stream()
                        .filter(c -> c.repeatOf().isPresent())
                        .allMatch(c -> c.repeatOf().get().equals(originals.get(0).number()))) {
                    roundsWithOneOriginal++;
                } else {
                    problems.add("round " + round + ": " + originals.size() + " originals of " + stored.size());
                }
            }
        } finally {
            executor.shutdownNow();
        }
        System.out.printf("Concurrent submits on %s: %d rounds x %d threads, one original in %d of %d rounds, "
                + "%d of %d submits failed (%.1f%%)%n", repository.getClass().getSimpleName(), rounds, threads,
                roundsWithOneOriginal, rounds, failedSubmits, rounds * threads,
                100.0 * failedSubmits / (rounds * threads));
        assertThat(problems).as("rounds without exactly one original, and failed submits").isEmpty();
        assertThat(roundsWithOneOriginal).isEqualTo(rounds);
    }
}

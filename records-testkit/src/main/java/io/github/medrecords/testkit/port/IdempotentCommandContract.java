package io.github.medrecords.testkit.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.authorization.IdentityVerification;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.DuplicateCommandException;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.Transition;
import io.github.medrecords.testkit.intake.SubmissionGenerator;
import io.github.medrecords.testkit.intake.SubmissionShape;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of staff commands with an idempotency key ({@code RequestService.applyOnce}): a
 * command sent again with the same key is not applied again, and the store refuses a second change of
 * a request under one key.
 */
public abstract class IdempotentCommandContract {

    private static final Actor STAFF = Actor.staff("records-clerk");

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);
    private final PracticeProfile practice = RoundTripPractices.all().get(0);
    private ValidatorFactory validation;
    private RequestRepository repository;
    private RequestService service;

    /** For subclasses. */
    protected IdempotentCommandContract() {
    }

    /**
     * Creates an empty store that reads due dates in the given practices' calendars.
     *
     * @param practices  the practices the service serves
     * @return the store under test, not null
     */
    protected abstract RequestRepository createRepository(PracticeDirectory practices);

    @BeforeEach
    void createService() {
        validation = MedrecordsValidation.validatorFactory(clock);
        repository = createRepository(RoundTripPractices.directory());
        service = new RequestService(RoundTripPractices.directory(), repository, validation.getValidator(), clock,
                FeeCalculator.standard(), DeadlineRules.defaults(), StandardNotificationPolicy.requesterOnly());
    }

    @AfterEach
    void closeValidation() {
        validation.close();
    }

    private RequestCase submitted() {
        RecordsRequestSubmission s = new SubmissionGenerator(21L, clock.instant().atZone(practice.zone())
                .toLocalDate()).valid(SubmissionShape.PATIENT_PORTAL);
        return service.submit(practice.id(), s, Actor.requester("portal"));
    }

    /** Runs a command with a key and again with the same key; the second time nothing changes. */
    @Test
    public void aRetriedStaffCommandWithTheSameKeyIsAppliedOnce() {
        RequestCase request = submitted();

        RequestCase first = service.applyOnce(request.id(), "verify-1",
                s -> s.verifyIdentity(request.id(), VerificationMethod.PHOTO_ID_IN_PERSON, STAFF));
        RequestCase again = service.applyOnce(request.id(), "verify-1",
                s -> s.verifyIdentity(request.id(), VerificationMethod.PHOTO_ID_IN_PERSON, STAFF));

        assertThat(first.history()).hasSize(request.history().size() + 1);
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(again.history()).isEqualTo(first.history());
        assertThat(repository.findById(request.id()).orElseThrow().history()).hasSize(first.history().size());
        assertThat(repository.hasCommandKey(request.id(), "verify-1")).isTrue();
        assertThat(repository.hasCommandKey(request.id(), "verify-2")).isFalse();
    }

    /** Another key is another command; a key is scoped to its request. */
    @Test
    public void anotherKeyOrAnotherRequestIsAnotherCommand() {
        RequestCase request = submitted();
        service.applyOnce(request.id(), "verify-1",
                s -> s.verifyIdentity(request.id(), VerificationMethod.PHOTO_ID_IN_PERSON, STAFF));

        RequestCase second = service.applyOnce(request.id(), "verify-2",
                s -> s.verifyIdentity(request.id(), VerificationMethod.PHOTO_ID_COPY, STAFF));

        assertThat(second.history()).hasSize(request.history().size() + 2);
        assertThat(repository.hasCommandKey(request.id(), "verify-2")).isTrue();
    }

    /** The store itself refuses a second change under one key and writes nothing. */
    @Test
    public void theStoreRefusesASecondChangeUnderOneKeyAndWritesNothing() {
        RequestCase request = submitted();
        service.applyOnce(request.id(), "verify-1",
                s -> s.verifyIdentity(request.id(), VerificationMethod.PHOTO_ID_IN_PERSON, STAFF));
        RequestCase stored = repository.findById(request.id()).orElseThrow();
        Transition again = stored.verifyIdentity(IdentityVerification.of(STAFF.id(),
                VerificationMethod.PHOTO_ID_COPY, clock.instant()), STAFF);

        assertThatExceptionOfType(DuplicateCommandException.class)
                .isThrownBy(() -> repository.save(List.of(ChangeSet.of(again, List.of()).withCommandKey("verify-1"))))
                .satisfies(e -> assertThat(e.getIdempotencyKey()).isEqualTo("verify-1"))
                .satisfies(e -> assertThat(e.getRequestId()).isEqualTo(request.id()));
        assertThat(repository.findById(request.id()).orElseThrow().version()).isEqualTo(stored.version());
    }
}

package io.github.medrecords.fhir;

import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.intake.RequestIntake;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.service.AccountingService;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.memory.InMemoryStore;
import io.github.medrecords.testkit.intake.SubmissionGenerator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The seed practice's services on a fresh in-memory store, with a clock the test moves by hand, and the FHIR
 * facade over them.
 */
final class Fixture implements AutoCloseable {

    // The seed practice with its cost basis recorded, so invoices are not refused for a missing one (#13).
    static final PracticeProfile PRACTICE = ExamplePractices.connecticutOrthopaedicsWithCostBasis();
    static final ZoneId ZONE = PRACTICE.zone();
    static final ZonedDateTime DAY_0 = ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ZONE);
    static final LocalDate TODAY = DAY_0.toLocalDate();

    final AtomicReference<Instant> now = new AtomicReference<>(DAY_0.toInstant());
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    final InMemoryStore store = InMemoryStore.create();
    final ValidatorFactory validation = MedrecordsValidation.validatorFactory(clock);
    final RequestIntake intake = new RequestIntake(validation.getValidator());
    final RequestService service = new RequestService(PracticeDirectory.of(PRACTICE), store,
            validation.getValidator(), clock, FeeCalculator.standard(), DeadlineRules.defaults(),
            StandardNotificationPolicy.requesterOnly());
    final AccountingService accounting = new AccountingService(PracticeDirectory.of(PRACTICE), store,
            DeadlineRules.defaults(), clock);
    final SubmissionGenerator forms = new SubmissionGenerator(20, TODAY);

    FhirRecordsApi api(ImagingStudies imaging) {
        return new FhirRecordsApi(service, store, accounting, imaging, "https://portal.example/fhir");
    }

    @Override
    public void close() {
        validation.close();
    }
}

package io.github.medrecords.memory;

import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.testkit.intake.SubmissionGenerator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The seed practice's service on a fresh in-memory store, with a clock the test moves by hand.
 */
final class ServiceFixture implements AutoCloseable {

    // The seed practice with its cost basis recorded, so its invoices are not refused for a missing one (#13).
    static final PracticeProfile PRACTICE = ExamplePractices.connecticutOrthopaedicsWithCostBasis();
    static final ZoneId ZONE = PRACTICE.zone();
    static final ZonedDateTime DAY_0 = ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ZONE);

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
    final RequestService service = new RequestService(PracticeDirectory.of(PRACTICE), store,
            validation.getValidator(), clock, FeeCalculator.standard(), DeadlineRules.defaults(),
            StandardNotificationPolicy.requesterOnly().withWebhook("ehr"));
    final SubmissionGenerator forms = new SubmissionGenerator(11, LocalDate.of(2026, 11, 2));

    @Override
    public void close() {
        validation.close();
    }
}

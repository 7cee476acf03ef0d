package io.github.medrecords.testkit.intake;

import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.intake.RequestIntake;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeProfile;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The seed practice, a clock fixed in its zone, and an intake built the way a host builds one.
 */
final class IntakeFixture {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 25, 23, 30, 0, 0, ZONE).toInstant(), ZONE);
    static final LocalDate TODAY = LocalDate.now(CLOCK);
    static final PracticeProfile PRACTICE = ExamplePractices.connecticutOrthopaedics();
    static final ValidatorFactory FACTORY = MedrecordsValidation.validatorFactory(CLOCK);
    static final RequestIntake INTAKE = new RequestIntake(FACTORY.getValidator());

    private IntakeFixture() {
    }
}

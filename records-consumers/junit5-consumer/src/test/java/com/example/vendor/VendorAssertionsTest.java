package com.example.vendor;

import static io.github.medrecords.testkit.Assertions.assertThat;

import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.Fulfilment;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.intake.RequestIntake;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.testkit.intake.InvalidSubmission;
import io.github.medrecords.testkit.intake.SubmissionGenerator;
import io.github.medrecords.testkit.intake.SubmissionShape;
import io.github.medrecords.testkit.timeframe.ExpectedHolidays;
import io.github.medrecords.testkit.timeframe.HolidayCalendarContract;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A vendor's own tests with the test kit's AssertJ assertions and seeded generators, on the host's JUnit 5
 * and AssertJ.
 */
class VendorAssertionsTest extends HolidayCalendarContract {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZONE).toInstant(), ZONE);
    private static final ValidatorFactory VALIDATION = MedrecordsValidation.validatorFactory(CLOCK);
    private static final PracticeProfile PRACTICE = ExamplePractices.connecticutOrthopaedics();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void theSeedPracticesImagePriceNeedsACostBasisForAPatient() {
        RequestIntake intake = new RequestIntake(VALIDATION.getValidator());
        RecordsRequest request = intake.accept(PRACTICE, new SubmissionGenerator(7, LocalDate.now(CLOCK))
                .valid(SubmissionShape.PATIENT_SECURE_LINK)).request();

        Quote quote = FeeCalculator.standard().quote(PRACTICE.priceList(), request,
                Fulfilment.ofPages(10, RecordKeeping.ELECTRONIC), LocalDate.now(CLOCK), PRACTICE.jurisdictions());

        assertThat(quote).hasOutcome(ComplianceOutcome.NEEDS_COST_BASIS).compliance().hasLawfulMaximum("6.50", "R2.3");
    }

    @Test
    void generatedMistakesAreReportedOnTheirField() {
        RequestIntake intake = new RequestIntake(VALIDATION.getValidator());
        SubmissionGenerator generator = new SubmissionGenerator(11, LocalDate.now(CLOCK));
        for (int i = 0; i < 20; i++) {
            InvalidSubmission invalid = generator.invalid();
            org.assertj.core.api.Assertions.assertThat(intake.check(PRACTICE, invalid.submission()))
                    .as(invalid.toString())
                    .anySatisfy(v -> org.assertj.core.api.Assertions.assertThat(v.field())
                            .isEqualTo(invalid.expectedField()));
        }
    }

    @Override
    protected HolidayCalendar createCalendar() {
        return HolidayCalendar.of(ExpectedHolidays.connecticut().keySet());
    }

    @Override
    protected Set<LocalDate> knownHolidays() {
        return ExpectedHolidays.connecticut().keySet();
    }

    @Override
    protected Set<LocalDate> knownNonHolidays() {
        return Set.of(LocalDate.of(2026, 3, 2));
    }
}

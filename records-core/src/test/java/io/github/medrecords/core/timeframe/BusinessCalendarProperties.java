package io.github.medrecords.core.timeframe;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.request.LegalBasis;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BusinessCalendarProperties {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2032, 12, 31).toEpochDay() - FIRST.toEpochDay());

    private final BusinessCalendar ct = ExamplePractices.connecticutOrthopaedics().businessCalendar()
            .withClosures(Set.of(LocalDate.of(2026, 3, 10), LocalDate.of(2028, 7, 5)));
    private final DeadlineCalculator calculator = DeadlineCalculator.of(DeadlineRules.defaults(), ct);

    private static Gen<LocalDate> dates() {
        return integers().between(0, DAYS).map(FIRST::plusDays);
    }

    @Test
    void addingBusinessDaysLandsOnABusinessDay() {
        qt().forAll(dates(), integers().between(1, 60))
                .check((start, n) -> ct.isBusinessDay(ct.plusBusinessDays(start, n)));
    }

    @Test
    void countingFromStartToResultGivesN() {
        qt().forAll(dates(), integers().between(0, 60))
                .check((start, n) -> ct.businessDaysBetween(start, ct.plusBusinessDays(start, n)) == n);
    }

    @Test
    void resultNeverDecreasesAsNGrows() {
        qt().forAll(dates(), integers().between(0, 59))
                .check((start, n) -> ct.plusBusinessDays(start, n + 1).isAfter(ct.plusBusinessDays(start, n)));
    }

    @Test
    void matchesTheNaiveDayByDayLoop() {
        qt().forAll(dates(), integers().between(0, 45)).check((start, n) -> {
            LocalDate d = start;
            for (int left = n; left > 0; ) {
                d = d.plusDays(1);
                if (ct.isBusinessDay(d)) {
                    left--;
                }
            }
            return ct.plusBusinessDays(start, n).equals(d);
        });
    }

    @Test
    void accessDeadlineWithItsExtensionIsNeverMoreThanSixtyDaysAfterReceipt() {
        qt().forAll(dates(), integers().between(0, 30), integers().between(1, 30)).check((received, given, extra) -> {
            DueDate due = calculator.dueDate(DeadlineQuery.forRecords(received, LegalBasis.INDIVIDUAL_ACCESS,
                    Set.of())).orElseThrow();
            LocalDate original = due.legalDate();
            LocalDate givenOn = received.plusDays(given);
            DueDate extended = due.withExtension(Extension.of(givenOn, original.plusDays(extra), "reason"));
            return !extended.legalDate().isAfter(received.plusDays(60))
                    && !extended.workingTarget().isAfter(extended.legalDate());
        });
    }

    @Test
    void accessDeadlineUnderConnecticutNeverMovesPastThirtyDays() {
        qt().forAll(dates(), integers().between(0, 30), integers().between(1, 30)).check((received, given, extra) -> {
            DueDate due = calculator.dueDate(DeadlineQuery.forRecords(received, LegalBasis.INDIVIDUAL_ACCESS,
                    Set.of(UsState.CT))).orElseThrow();
            DueDate extended = due.withExtension(
                    Extension.of(received.plusDays(given), due.legalDate().plusDays(extra), "reason"));
            return extended.legalDate().equals(received.plusDays(30)) && !extended.extensionMovesBindingDate();
        });
    }

    @Test
    void accountingDeadlineWithItsExtensionIsNeverMoreThanNinetyDaysAfterReceipt() {
        qt().forAll(dates(), integers().between(0, 60), integers().between(1, 30)).check((received, given, extra) -> {
            DueDate due = calculator.dueDate(DeadlineQuery.forAccounting(received, Set.of(UsState.CT))).orElseThrow();
            DueDate extended = due.withExtension(
                    Extension.of(received.plusDays(given), due.legalDate().plusDays(extra), "reason"));
            return !extended.legalDate().isAfter(received.plusDays(90));
        });
    }
}

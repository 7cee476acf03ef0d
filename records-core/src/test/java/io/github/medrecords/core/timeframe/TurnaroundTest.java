package io.github.medrecords.core.timeframe;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TurnaroundTest {

    private final PracticeProfile practice = ExamplePractices.connecticutOrthopaedics();
    private final Turnaround turnaround = practice.turnaround();

    private Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(practice.zone()).toInstant();
    }

    @Test
    void countsFromTheSameDayBeforeCutOff() {
        ReadyWindow window = turnaround.expectedReady(at(2026, 3, 2, 15, 59), DeliveryMethod.PORTAL_DOWNLOAD);
        assertThat(window.countedFrom()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(window.earliest()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(window.latest()).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void movesStartPastCutOffToNextBusinessDay() {
        ReadyWindow window = turnaround.expectedReady(at(2026, 3, 2, 16, 0), DeliveryMethod.PORTAL_DOWNLOAD);
        assertThat(window.countedFrom()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(window.earliest()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(window.latest()).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void movesStartOnClosedDayToNextBusinessDay() {
        // Good Friday 2026-04-03 is a Connecticut holiday (R8.5); counting starts Monday 04-06
        ReadyWindow window = turnaround.expectedReady(at(2026, 4, 3, 9, 0), DeliveryMethod.SECURE_LINK);
        assertThat(window.countedFrom()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(window.earliest()).isEqualTo(LocalDate.of(2026, 4, 8));
        // Saturday
        assertThat(turnaround.countingFrom(at(2026, 3, 7, 9, 0))).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void promisesThreeToFiveBusinessDaysByMail() {
        ReadyWindow window = turnaround.expectedReady(at(2026, 12, 22, 10, 0), DeliveryMethod.PAPER_BY_MAIL);
        // from Tue 12-22: Wed 23, Thu 24, (Fri 25 Christmas), Mon 28, Tue 29, (Fri 2027-01-01)
        assertThat(window.earliest()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(window.latest()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(turnaround.expectedReady(at(2026, 12, 22, 10, 0), DeliveryMethod.CD_BY_MAIL).latest())
                .isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void usesThePracticesOwnClosuresAndCutOff() {
        PracticeProfile changed = practice.toBuilder()
                .closure(LocalDate.of(2026, 3, 3))
                .cutOff(LocalTime.of(12, 0))
                .turnaroundPromise(TurnaroundPromise.standard().withMethod(DeliveryMethod.FAX, TurnaroundDays.of(1, 1)))
                .build();
        ReadyWindow window = changed.turnaround().expectedReady(at(2026, 3, 2, 12, 30), DeliveryMethod.FAX);
        assertThat(window.countedFrom()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(window.earliest()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(window.latest()).isEqualTo(LocalDate.of(2026, 3, 5));
    }
}

package io.github.medrecords.core.timeframe;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.request.LegalBasis;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandingPolicyTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final DeadlineCalculator calculator = DeadlineCalculator.of(DeadlineRules.defaults(),
            ExamplePractices.connecticutOrthopaedics().businessCalendar());
    private final StandingPolicy policy = StandingPolicy.of(5);

    private DueDate dueFor(LocalDate receivedOn) {
        return calculator.dueDate(DeadlineQuery.forRecords(receivedOn, LegalBasis.INDIVIDUAL_ACCESS, Set.of()))
                .orElseThrow();
    }

    private static Clock clockAt(int year, int month, int day) {
        return Clock.fixed(LocalDateTime.of(year, month, day, 12, 0).atZone(NEW_YORK).toInstant(), NEW_YORK);
    }

    @Test
    void onTrackBeforeTheDueSoonWindow() {
        Standing standing = policy.standing(dueFor(LocalDate.of(2026, 3, 2)), clockAt(2026, 3, 26), NEW_YORK);
        assertThat(standing.status()).isEqualTo(StandingStatus.ON_TRACK);
        assertThat(standing.daysRemaining()).isEqualTo(6);
    }

    @Test
    void dueSoonWithinTheConfiguredDays() {
        Standing standing = policy.standing(dueFor(LocalDate.of(2026, 3, 2)), clockAt(2026, 3, 27), NEW_YORK);
        assertThat(standing.status()).isEqualTo(StandingStatus.DUE_SOON);
        assertThat(standing.daysRemaining()).isEqualTo(5);
        assertThat(StandingPolicy.of(2).standing(dueFor(LocalDate.of(2026, 3, 2)), clockAt(2026, 3, 27), NEW_YORK)
                .status()).isEqualTo(StandingStatus.ON_TRACK);
    }

    @Test
    void dueSoonOnceTheWorkingTargetHasPassed() {
        // legal date Mon 2026-01-19 (MLK Day), working target Fri 01-16; on Sunday the target has passed
        Standing standing = StandingPolicy.of(0).standing(dueFor(LocalDate.of(2025, 12, 20)), clockAt(2026, 1, 18),
                NEW_YORK);
        assertThat(standing.workingTarget()).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(standing.status()).isEqualTo(StandingStatus.DUE_SOON);
        assertThat(standing.daysRemaining()).isEqualTo(1);
    }

    @Test
    void overdueTheDayAfterTheLegalDateWithDaysCounted() {
        Standing standing = policy.standing(dueFor(LocalDate.of(2026, 3, 2)), clockAt(2026, 4, 4), NEW_YORK);
        assertThat(standing.status()).isEqualTo(StandingStatus.OVERDUE);
        assertThat(standing.daysOverdue()).isEqualTo(3);
        assertThat(policy.standing(dueFor(LocalDate.of(2026, 3, 2)), clockAt(2026, 4, 1), NEW_YORK).status())
                .isEqualTo(StandingStatus.DUE_SOON);
    }

    @Test
    void sortsMostUrgentFirst() {
        Clock clock = clockAt(2026, 4, 4);
        Standing overdue = policy.standing(dueFor(LocalDate.of(2026, 3, 2)), clock, NEW_YORK);
        Standing soon = policy.standing(dueFor(LocalDate.of(2026, 3, 8)), clock, NEW_YORK);
        Standing onTrack = policy.standing(dueFor(LocalDate.of(2026, 4, 1)), clock, NEW_YORK);
        List<Standing> list = new ArrayList<>(List.of(onTrack, overdue, soon));
        Collections.sort(list);
        assertThat(list).containsExactly(overdue, soon, onTrack);
        assertThat(list).extracting(Standing::status)
                .containsExactly(StandingStatus.OVERDUE, StandingStatus.DUE_SOON, StandingStatus.ON_TRACK);
    }
}

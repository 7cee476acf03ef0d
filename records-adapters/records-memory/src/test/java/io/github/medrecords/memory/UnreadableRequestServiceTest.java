package io.github.medrecords.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.port.ForwardingRequestRepository;
import io.github.medrecords.core.port.FoundRequests;
import io.github.medrecords.core.port.UnreadableRequest;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.service.DashboardRow;
import io.github.medrecords.core.service.DeadlineSweep;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.StandingPolicy;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.testkit.intake.SubmissionShape;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A store that cannot read one of a practice's requests back: the dashboard flags it and shows the rest,
 * and the deadline sweep reports it and carries on.
 */
class UnreadableRequestServiceTest {

    private final ServiceFixture fixture = new ServiceFixture();
    private final UnreadableRequest broken = new UnreadableRequest(RequestId.random(), ServiceFixture.PRACTICE.id(),
            "2026-000999", Optional.of(RequestStatus.IN_PROCESS), "Document format 9 is not one this version reads");
    private final RequestService service = new RequestService(PracticeDirectory.of(ServiceFixture.PRACTICE),
            new OneUnreadable(fixture.store, broken), fixture.validation.getValidator(), fixture.clock,
            FeeCalculator.standard(), DeadlineRules.defaults(), StandardNotificationPolicy.requesterOnly());

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theDashboardFlagsARequestTheStoreCannotReadFirstAndShowsTheRest() {
        RequestCase readable = service.submit(ServiceFixture.PRACTICE.id(),
                fixture.forms.valid(SubmissionShape.PATIENT_SECURE_LINK), Actor.requester("portal"));

        List<DashboardRow> rows = service.dashboard(ServiceFixture.PRACTICE.id(), StandingPolicy.defaults());

        assertThat(rows).extracting(DashboardRow::id).containsExactly(broken.id(), readable.id());
        assertThat(rows.get(0).flags()).containsExactly(DashboardRow.Flag.UNREADABLE);
        assertThat(rows.get(0).requestNumber()).isEqualTo("2026-000999");
        assertThat(rows.get(1).flags()).doesNotContain(DashboardRow.Flag.UNREADABLE);
    }

    @Test
    void theSweepReportsARequestTheStoreCannotReadAndRaisesTheOthersAlerts() {
        RequestCase readable = service.submit(ServiceFixture.PRACTICE.id(),
                fixture.forms.valid(SubmissionShape.PATIENT_CD_BY_MAIL), Actor.requester("portal"));
        fixture.now.set(ServiceFixture.DAY_0.plusDays(60).toInstant());

        DeadlineSweep sweep = service.sweepDeadlines(ServiceFixture.PRACTICE.id(), 5);

        assertThat(sweep.unreadable()).containsExactly(broken);
        assertThat(sweep.overdueRaised()).isEqualTo(1);
        assertThat(sweep.overdue()).extracting(RequestCase::id).containsExactly(readable.id());
    }

    /** Delegates to a real store and adds one request it cannot read to every query over many. */
    private static final class OneUnreadable extends ForwardingRequestRepository {

        private final UnreadableRequest broken;

        OneUnreadable(InMemoryStore store, UnreadableRequest broken) {
            super(store);
            this.broken = broken;
        }

        private FoundRequests plus(FoundRequests found) {
            List<UnreadableRequest> unreadable = new ArrayList<>(found.unreadable());
            unreadable.add(broken);
            return new FoundRequests(found.requests(), unreadable);
        }

        // findByPatient is forwarded as it is: the broken request is no stored row of this patient, and a
        // store's save counts the patient's stored requests (readable or not) against what the submit read.

        @Override
        public FoundRequests findByStatus(PracticeId practice, Set<RequestStatus> statuses) {
            return plus(super.findByStatus(practice, statuses));
        }

        @Override
        public FoundRequests findOpenDueOnOrBefore(PracticeId practice, LocalDate date) {
            return plus(super.findOpenDueOnOrBefore(practice, date));
        }
    }
}

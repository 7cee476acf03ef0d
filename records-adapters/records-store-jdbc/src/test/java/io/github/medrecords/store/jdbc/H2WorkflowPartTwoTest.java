package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.timeframe.Extension;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.LicensedProfessional;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.Review;
import io.github.medrecords.core.workflow.Transition;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Denials, reviews, extensions, hand-offs and deadline alerts saved in and read back from an H2 store,
 * with the deadline columns following the request.
 */
class H2WorkflowPartTwoTest {

    private final JdbcStore store = Databases.store(Databases.freshH2());

    private RequestCase save(Transition t) {
        store.save(List.of(ChangeSet.of(t, List.of())));
        RequestCase loaded = store.findById(t.after().id()).orElseThrow();
        assertThat(loaded.snapshot()).isEqualTo(t.after().withVersion(t.expectedVersion() + 1).snapshot());
        return loaded;
    }

    @Test
    void aRequestKeepsItsDenialReviewExtensionHandOffAndAlertsAcrossSaves() {
        Transition submitted = Requests.submit(Requests.patientRequest(Requests.MARIA,
                Delivery.paperByMail(Requests.ADDRESS), RecordType.MRI_REPORT, RecordType.LAB_RESULTS));
        store.save(List.of(Requests.changeOf(submitted)));
        RequestCase c = store.findById(submitted.after().id()).orElseThrow();
        LocalDate legal = c.dueDate().orElseThrow().legalDate();
        LocalDate received = Requests.RECEIVED.toLocalDate();

        c = save(c.extend(Extension.of(received.plusDays(2), legal.plusDays(15), "Archive"), Requests.STAFF,
                Requests.at(2)));
        assertThat(c.dueDate().orElseThrow().extension()).isPresent();
        c = save(c.deny(DenialGround.ENDANGERMENT, Set.of(0, 1),
                Optional.of(LicensedProfessional.of("dr-lee", "Dr. Ana Lee", "MD")), Requests.STAFF, Requests.at(3)));
        assertThat(c.status()).isEqualTo(RequestStatus.DENIED);
        assertThat(store.findOpenDueOnOrBefore(Requests.PRACTICE.id(), legal.plusDays(60)).requests()).isEmpty();

        c = save(c.review(LicensedProfessional.of("dr-roe", "Dr. Sam Roe", "MD"), Review.Outcome.REVERSED,
                Requests.STAFF, Requests.at(4)));
        assertThat(store.findOpenDueOnOrBefore(Requests.PRACTICE.id(), legal).requests()).extracting(RequestCase::id)
                .containsExactly(c.id());
        c = save(c.handOff("Acme ROI Services", "ACME-1", Requests.STAFF, Requests.at(5)));
        c = save(c.raiseDeadlineAlerts(legal.plusDays(1), 5, Requests.at(31)).orElseThrow());

        assertThat(c.status()).isEqualTo(RequestStatus.HANDED_OFF);
        assertThat(c.alertsRaised()).hasSize(1);
        assertThat(c.raiseDeadlineAlerts(legal.plusDays(2), 5, Requests.at(32))).isEmpty();
    }
}

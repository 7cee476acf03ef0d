package io.github.medrecords.core.workflow;

import io.github.medrecords.core.authorization.AuthorizationDefect;
import static io.github.medrecords.core.workflow.Cases.PRACTICE;
import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static io.github.medrecords.core.workflow.Cases.zonedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.timeframe.Extension;
import io.github.medrecords.core.timeframe.ExtensionRefusedException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtensionsClosuresAndHandOffsTest {

    private static final LocalDate RECEIVED_ON = Cases.RECEIVED.toLocalDate();

    private static RequestCase hipaaOnly() {
        return Cases.submittedUnder(Cases.imagesOnCd(), Set.of());
    }

    private static RequestCase connecticut() {
        return Cases.submittedUnder(Cases.imagesOnCd(), Set.of(UsState.CT));
    }

    @Test
    void anExtensionUnderHipaaAloneMovesTheBindingDate() {
        RequestCase c = hipaaOnly();
        LocalDate original = c.dueDate().orElseThrow().legalDate();

        Transition t = c.extend(Extension.of(RECEIVED_ON.plusDays(20), original.plusDays(30), "Archived off site"),
                STAFF, at(20));

        assertThat(t.after().dueDate().orElseThrow().legalDate()).isEqualTo(original.plusDays(30));
        assertThat(t.after().dueDate().orElseThrow().extensionMovesBindingDate()).isTrue();
        assertThat(t.after().status()).isEqualTo(c.status());
        assertThat(t.events()).extracting(DomainEvent::type).containsExactly(EventType.EXTENDED);
        assertThat(t.history()).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo(HistoryAction.EXTENDED);
            assertThat(h.detail()).contains("R1.9");
            assertThat(h.reason()).isEqualTo("Archived off site");
        });
    }

    @Test
    void anExtensionUnderConnecticutIsRecordedButTheBindingDateStays() {
        RequestCase c = connecticut();
        LocalDate original = c.dueDate().orElseThrow().legalDate();

        Transition t = c.extend(Extension.of(RECEIVED_ON.plusDays(20), original.plusDays(30), "Archived off site"),
                STAFF, at(20));

        assertThat(t.after().dueDate().orElseThrow().legalDate()).isEqualTo(original);
        assertThat(t.after().dueDate().orElseThrow().extensionMovesBindingDate()).isFalse();
        assertThat(t.after().dueDate().orElseThrow().extensionLimitedBy()).map(r -> r.ruleId()).contains("R5.6");
        assertThat(t.history().get(0).detail()).contains("does not move", "R5.6");
    }

    @Test
    void refusesASecondExtensionALateOneAndOneOnAClosedRequest() {
        RequestCase c = hipaaOnly();
        LocalDate original = c.dueDate().orElseThrow().legalDate();
        RequestCase extended = c.extend(Extension.of(RECEIVED_ON.plusDays(5), original.plusDays(10), "Archive"),
                STAFF, at(5)).after();

        assertThatExceptionOfType(ExtensionRefusedException.class)
                .isThrownBy(() -> extended.extend(Extension.of(RECEIVED_ON.plusDays(6), original.plusDays(20),
                        "Again"), STAFF, at(6)))
                .extracting(ExtensionRefusedException::refusal)
                .isEqualTo(ExtensionRefusedException.Refusal.SECOND_EXTENSION);
        assertThatExceptionOfType(ExtensionRefusedException.class)
                .isThrownBy(() -> c.extend(Extension.of(original.plusDays(1), original.plusDays(20), "Late"), STAFF,
                        at(31)))
                .extracting(ExtensionRefusedException::refusal)
                .isEqualTo(ExtensionRefusedException.Refusal.AFTER_ORIGINAL_DEADLINE);
        RequestCase cancelled = c.cancel("", Cases.PATIENT, at(2)).after();
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> cancelled.extend(Extension.of(RECEIVED_ON.plusDays(5), original.plusDays(10), "x"),
                        STAFF, at(5)))
                .extracting(IllegalTransitionException::getStatus).isEqualTo(RequestStatus.CANCELLED);
    }

    @Test
    void refusesAnExtensionWhereNoDeadlineApplies() {
        RequestCase care = Cases.submitted(Cases.continuingCare(), Optional.empty());
        assertThat(care.dueDate()).isEmpty();

        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> care.extend(Extension.of(RECEIVED_ON, RECEIVED_ON.plusDays(40), "x"), STAFF, at(1)))
                .satisfies(e -> assertThat(e.getRule()).contains("no legal deadline"));
    }

    @Test
    void noRecordsFoundClosesTheRequestAndNothingFollows() {
        Transition t = hipaaOnly().recordNoRecordsFound("Searched EHR and archive", STAFF, at(3));

        assertThat(t.after().status()).isEqualTo(RequestStatus.NO_RECORDS);
        assertThat(t.events()).extracting(DomainEvent::type).containsExactly(EventType.NO_RECORDS_FOUND);
        assertThat(t.history().get(0).reason()).isEqualTo("Searched EHR and archive");
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> t.after().cancel("", Cases.PATIENT, at(4)));
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> t.after().recordNoRecordsFound("", STAFF, at(4)));
    }

    @Test
    void theRequesterCancels() {
        Transition t = hipaaOnly().cancel("Got them elsewhere", Cases.PATIENT, at(3));

        assertThat(t.after().status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(t.events()).extracting(DomainEvent::type).containsExactly(EventType.CANCELLED);
        assertThat(t.history().get(0).detail()).contains("REQUESTER");
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> t.after().verifyIdentity(io.github.medrecords.core.authorization.IdentityVerification
                        .of("clerk-7", io.github.medrecords.core.authorization.VerificationMethod.PHOTO_ID_COPY,
                                at(4)), STAFF));
    }

    @Test
    void aRevokedAuthorizationStopsAReleaseNotYetMade() {
        RequestCase ready = Cases.verified(Cases.submitted(Cases.attorney(), Optional.of(Cases.validAuthorization())));
        ready = Cases.fulfilled(ready, Cases.paperPages(3));
        if (ready.status() == RequestStatus.QUOTED) {
            ready = ready.waiveFee("Courtesy", STAFF, at(2)).after();
        }
        assertThat(ready.status()).isEqualTo(RequestStatus.READY_FOR_RELEASE);

        Transition t = ready.withdrawAuthorization(STAFF, at(3));

        assertThat(t.after().status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(t.after().authorization().orElseThrow().revokedAt()).isPresent();
        assertThat(t.events()).extracting(DomainEvent::type).containsExactly(EventType.AUTHORIZATION_WITHDRAWN);
        RequestCase withdrawn = t.after();
        assertThatExceptionOfType(ReleaseBlockedException.class).isThrownBy(() -> withdrawn.release(
                withdrawn.request().delivery().method(), Optional.empty(), PRACTICE.name(), STAFF, zonedAt(4)))
                .satisfies(e -> {
                    assertThat(e.refusals()).first().isEqualTo(new ReleaseRefusal.NotReleasable(RequestStatus.WITHDRAWN));
                    assertThat(e.refusals()).filteredOn(ReleaseRefusal.AuthorizationInvalid.class::isInstance)
                            .singleElement().satisfies(r -> {
                                var invalid = (ReleaseRefusal.AuthorizationInvalid) r;
                                assertThat(invalid.defects()).contains(AuthorizationDefect.REVOKED);
                                assertThat(invalid.revokedAt()).isEqualTo(withdrawn.authorization().orElseThrow()
                                        .revokedAt());
                            });
                });
    }

    @Test
    void refusesToWithdrawAnAuthorizationThatIsNotThere() {
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> hipaaOnly().withdrawAuthorization(STAFF, at(3)))
                .satisfies(e -> assertThat(e.getRule()).contains("no authorization"));
    }

    @Test
    void aHandOffKeepsTheClockAndTheCompanysReleaseIsLoggedUnderItsName() {
        RequestCase c = Cases.submitted(Cases.subpoena(), Optional.empty());
        Transition handed = c.handOff("Acme ROI Services", "ACME-991", STAFF, at(1));
        assertThat(handed.after().status()).isEqualTo(RequestStatus.HANDED_OFF);
        assertThat(handed.after().dueDate()).isEqualTo(c.dueDate());
        assertThat(handed.events()).extracting(DomainEvent::type).containsExactly(EventType.HANDED_OFF);

        Transition progress = handed.after().recordHandOffProgress("Copies pulled", STAFF, at(2));
        assertThat(progress.after().handOff().orElseThrow().progress()).singleElement()
                .extracting(HandOff.Progress::note).isEqualTo("Copies pulled");
        assertThat(progress.events()).extracting(DomainEvent::type).containsExactly(EventType.HAND_OFF_PROGRESS);

        Transition released = progress.after().recordOutsideRelease(DeliveryMethod.PAPER_BY_MAIL, STAFF, zonedAt(5));
        assertThat(released.after().status()).isEqualTo(RequestStatus.RELEASED);
        assertThat(released.disclosures()).singleElement()
                .satisfies(d -> assertThat(d.disclosedBy()).isEqualTo("Acme ROI Services"));
    }

    @Test
    void refusesAHandOffOfAPartiallyDeniedRequestAndCompanyStepsWithoutAHandOff() {
        RequestCase partly = Cases.submitted(Cases.reportAndNotes(), Optional.empty()).deny(DenialGround.PRIVACY_ACT,
                Set.of(1), Optional.empty(), STAFF, at(1)).after();
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> partly.handOff("Acme", "A-1", STAFF, at(2)))
                .satisfies(e -> assertThat(e.getRule()).contains("withheld"));

        RequestCase plain = hipaaOnly();
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> plain.recordHandOffProgress("x", STAFF, at(2)));
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> plain.recordOutsideRelease(DeliveryMethod.FAX, STAFF, zonedAt(2)));
        RequestCase copied = Cases.fulfilled(plain, Cases.oneCd());
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> copied.handOff("Acme", "A-1", STAFF, at(2)));
    }

    @Test
    void anOutsideReleaseStillNeedsAValidAuthorization() {
        RequestCase c = Cases.submitted(Cases.attorney(), Optional.of(Cases.validAuthorization()))
                .handOff("Acme", "A-1", STAFF, at(1)).after();
        RequestCase expiredLater = c;

        assertThatExceptionOfType(ReleaseBlockedException.class)
                .isThrownBy(() -> expiredLater.recordOutsideRelease(DeliveryMethod.PAPER_BY_MAIL, STAFF,
                        Cases.RECEIVED.plusYears(1)));
    }

    @Test
    void deadlineAlertsAreRaisedOncePerThreshold() {
        RequestCase c = connecticut();
        LocalDate target = c.dueDate().orElseThrow().workingTarget();
        LocalDate legal = c.dueDate().orElseThrow().legalDate();

        assertThat(c.raiseDeadlineAlerts(target.minusDays(6), 5, at(20))).isEmpty();
        Transition soon = c.raiseDeadlineAlerts(target.minusDays(5), 5, at(25)).orElseThrow();
        assertThat(soon.events()).extracting(DomainEvent::type).containsExactly(EventType.DUE_SOON);
        assertThat(soon.after().raiseDeadlineAlerts(target, 5, at(28))).isEmpty();
        assertThat(soon.after().raiseDeadlineAlerts(legal, 5, at(30))).isEmpty();
        Transition late = soon.after().raiseDeadlineAlerts(legal.plusDays(1), 5, at(31)).orElseThrow();
        assertThat(late.events()).extracting(DomainEvent::type).containsExactly(EventType.OVERDUE);
        assertThat(late.after().alertsRaised()).containsExactlyInAnyOrder(DeadlineAlert.DUE_SOON,
                DeadlineAlert.OVERDUE);
        assertThat(late.after().raiseDeadlineAlerts(legal.plusDays(9), 5, at(40))).isEmpty();
        RequestCase closed = c.cancel("", Cases.PATIENT, at(1)).after();
        assertThat(closed.raiseDeadlineAlerts(legal.plusDays(9), 5, at(40))).isEmpty();
    }
}

package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.ADDRESS;
import static io.github.medrecords.core.workflow.Cases.PATIENT;
import static io.github.medrecords.core.workflow.Cases.PRACTICE;
import static io.github.medrecords.core.workflow.Cases.RECEIVED;
import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static io.github.medrecords.core.workflow.Cases.zonedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.DocumentKind;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.request.SupportingDocument;
import io.github.medrecords.core.request.ThirdPartyKind;
import io.github.medrecords.core.timeframe.DeadlineCalculator;
import io.github.medrecords.core.timeframe.DeadlineQuery;
import io.github.medrecords.core.timeframe.DeadlineRules;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the history and the disclosure log tell staff and an auditor, and the commands that must not
 * change a closed request: the facts each entry names, the status a reversed denial returns to, the
 * disclosure entry's description and purpose.
 */
class HistoryAndDisclosureDetailsTest {

    private static final LicensedProfessional DR_LEE = LicensedProfessional.of("dr-lee", "Dr. Ana Lee", "MD");
    private static final LicensedProfessional DR_ROE = LicensedProfessional.of("dr-roe", "Dr. Sam Roe", "MD");

    private static RecordsRequest subpoenaFor(Purpose purpose, RecordType... types) {
        RecordsRequest.Builder b = RecordsRequest.builder(PRACTICE.id())
                .requester(Requester.thirdParty(ThirdPartyKind.GOVERNMENT_AGENCY, "Clerk", "Superior Court",
                        ContactDetails.none()))
                .legalBasis(LegalBasis.COURT_ORDER_OR_SUBPOENA).purpose(purpose)
                .document(SupportingDocument.of(DocumentKind.SUBPOENA, "doc-77")).patient(Cases.MARIA)
                .delivery(Delivery.paperByMail(ADDRESS));
        for (RecordType t : types) {
            b.selection(RecordSelection.of(t));
        }
        return b.build();
    }

    /** Copies, verifies, invoices, takes payment and releases by the requested delivery. */
    private static Transition releaseAfterPayment(RequestCase c) {
        RequestCase ready = Cases.verified(Cases.fulfilled(c, Cases.paperPages(4)));
        ready = ready.issueInvoice(STAFF, at(2)).after();
        ready = ready.recordPayment(ready.invoice().orElseThrow().number(), ready.amountDue(),
                PaymentMethod.CHECK, "chk-9", STAFF, at(3)).after();
        return ready.release(DeliveryMethod.PAPER_BY_MAIL, Optional.empty(), PRACTICE.name(), STAFF, zonedAt(4));
    }

    @Test
    void aNewRequestHasNoRaisedPriorityAndARepeatNamesTheRequestItRepeats() {
        RequestCase fresh = Cases.submitted(Cases.imagesOnCd(), Optional.empty());
        assertThat(fresh.priorityRaised()).isFalse();
        assertThat(fresh.snapshot().priorityRaised()).isFalse();
        assertThat(fresh.repeatOf()).isEmpty();

        RecordsRequest request = Cases.imagesOnCd();
        LocalDate on = RECEIVED.toLocalDate();
        Transition repeat = RequestCase.submit(RequestId.random(), RequestNumber.of(2026, 44), request,
                RECEIVED.toInstant(), Optional.empty(), Optional.empty(), false,
                FeeCalculator.standard().estimate(PRACTICE.priceList(), request, on, PRACTICE.jurisdictions()),
                DeadlineCalculator.of(DeadlineRules.defaults(), PRACTICE.businessCalendar())
                        .dueDate(DeadlineQuery.forRequest(request, on, PRACTICE.jurisdictions())),
                Optional.of(RequestNumber.of(2026, 42)), PATIENT, Cases.ZONE);

        assertThat(repeat.after().repeatOf()).contains(RequestNumber.of(2026, 42));
        assertThat(repeat.history()).singleElement()
                .satisfies(h -> assertThat(h.detail()).endsWith(", repeat of 2026-000042"));
        assertThat(repeat.events()).extracting(DomainEvent::type).containsExactly(EventType.SUBMITTED,
                EventType.LINKED_AS_REPEAT);
        assertThat(fresh.history().get(0).detail()).doesNotContain("repeat of");
    }

    @Test
    void aClosedRequestTakesNoRepeatAndNoWithdrawal() {
        RequestCase cancelled = Cases.submitted(Cases.attorney(), Optional.of(Cases.validAuthorization()))
                .cancel("", PATIENT, at(1)).after();

        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> cancelled.recordRepeat(RequestNumber.of(2026, 50), at(2)));
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> cancelled.withdrawAuthorization(STAFF, at(2)));
    }

    @Test
    void aWithdrawalSaysWhetherTheRequestStillGoesOn() {
        RequestCase attorney = Cases.submitted(Cases.attorney(), Optional.of(Cases.validAuthorization()));
        Transition stops = attorney.withdrawAuthorization(STAFF, at(2));
        assertThat(stops.after().status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(stops.history()).singleElement()
                .satisfies(h -> assertThat(h.detail()).contains("nothing not yet released will be released"));

        RequestCase ownCopies = Cases.submitted(Cases.imagesOnCd(), Optional.of(Cases.validAuthorization()));
        Transition goesOn = ownCopies.withdrawAuthorization(STAFF, at(2));
        assertThat(goesOn.after().status()).isEqualTo(RequestStatus.IN_PROCESS);
        assertThat(goesOn.history()).singleElement()
                .satisfies(h -> assertThat(h.detail()).contains("the request needs none"));
    }

    @Test
    void attachingAnAuthorizationRecordsItsDefectsOrThatItIsValid() {
        RequestCase waiting = Cases.submitted(Cases.attorney(), Optional.empty());
        Authorization expired = Cases.authorization(RECEIVED.toLocalDate().minusDays(1), "Whitfield & Ames LLP");

        Transition bad = waiting.attachAuthorization(expired, STAFF, zonedAt(1));
        assertThat(bad.after().status()).isEqualTo(RequestStatus.AWAITING_AUTHORIZATION);
        assertThat(bad.history()).singleElement().satisfies(h -> assertThat(h.detail()).contains("EXPIRED"));

        Transition good = waiting.attachAuthorization(Cases.validAuthorization(), STAFF, zonedAt(1));
        assertThat(good.after().status()).isEqualTo(RequestStatus.IN_PROCESS);
        assertThat(good.history()).singleElement().satisfies(h -> assertThat(h.detail()).isEqualTo("valid"));
    }

    @Test
    void aReversedWholeDenialReturnsTheRequestToTheStatusItWasDeniedFrom() {
        RequestCase waiting = Cases.submitted(Cases.attorney(), Optional.empty());
        assertThat(waiting.status()).isEqualTo(RequestStatus.AWAITING_AUTHORIZATION);
        RequestCase denied = waiting.deny(DenialGround.ENDANGERMENT, Set.of(0), Optional.of(DR_LEE), STAFF, at(1))
                .after();
        assertThat(denied.review(DR_ROE, Review.Outcome.REVERSED, STAFF, at(2)).after().status())
                .isEqualTo(RequestStatus.AWAITING_AUTHORIZATION);

        RequestCase quoted = Cases.fulfilled(Cases.submitted(Cases.reportAndNotes(), Optional.empty()),
                Cases.paperPages(4));
        assertThat(quoted.status()).isEqualTo(RequestStatus.QUOTED);
        RequestCase deniedLater = quoted.deny(DenialGround.ENDANGERMENT, Set.of(0, 1), Optional.of(DR_LEE), STAFF,
                at(2)).after();
        assertThat(deniedLater.review(DR_ROE, Review.Outcome.REVERSED, STAFF, at(3)).after().status())
                .isEqualTo(RequestStatus.QUOTED);
    }

    @Test
    void aDenialsHistoryNamesTheWithheldSelectionsAndWhoDetermined() {
        RequestCase c = Cases.submitted(Cases.reportAndNotes(), Optional.empty());

        Transition one = c.deny(DenialGround.REFERENCE_TO_ANOTHER_PERSON, Set.of(1), Optional.of(DR_LEE), STAFF,
                at(1));
        assertThat(one.history().get(0).detail()).contains("withheld selection [1]")
                .contains(", determined by dr-lee");
        Transition both = c.deny(DenialGround.PRIVACY_ACT, Set.of(1, 0), Optional.empty(), STAFF, at(1));
        assertThat(both.history().get(0).detail()).contains("withheld selections [0, 1]")
                .doesNotContain("determined by");
    }

    @Test
    void refusesADenialThatNamesANullSelection() {
        Set<Integer> withNull = new HashSet<>();
        withNull.add(null);
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new Denial(DenialGround.PRIVACY_ACT, withNull, false, Optional.empty(), STAFF, at(1)))
                .withMessage("withheld selection");
    }

    @Test
    void theDisclosureLogDescribesOnlyWhatWasReleasedForThePurposeGiven() {
        RecordsRequest request = subpoenaFor(Purpose.of(PurposeKind.LEGAL, "Case CV-26-1187"), RecordType.MRI_REPORT,
                RecordType.LAB_RESULTS);
        RequestCase partly = Cases.submitted(request, Optional.empty())
                .deny(DenialGround.LITIGATION_MATERIAL, Set.of(1), Optional.empty(), STAFF, at(1)).after();

        Transition released = releaseAfterPayment(partly);

        assertThat(released.disclosures()).singleElement().satisfies(d -> {
            assertThat(d.description()).isEqualTo(RecordType.MRI_REPORT.label());
            assertThat(d.purpose()).isEqualTo("LEGAL: Case CV-26-1187");
            assertThat(d.basis()).isEqualTo(LegalBasis.COURT_ORDER_OR_SUBPOENA);
        });
        assertThat(released.history()).singleElement()
                .satisfies(h -> assertThat(h.detail()).isEqualTo("by PAPER_BY_MAIL, disclosure logged"));
    }

    @Test
    void aReleaseOutsideTheAccountingLogsNothingAndSaysSo() {
        Transition released = releaseAfterPayment(Cases.submitted(Cases.reportAndNotes(), Optional.empty()));

        assertThat(released.disclosures()).isEmpty();
        assertThat(released.history()).singleElement()
                .satisfies(h -> assertThat(h.detail()).isEqualTo("by PAPER_BY_MAIL"));
    }

    @Test
    void anOutsideCompanysReleaseUnderASubpoenaIsLoggedUnderItsName() {
        RequestCase handed = Cases.submitted(subpoenaFor(Purpose.of(PurposeKind.LEGAL), RecordType.MRI_REPORT),
                Optional.empty()).handOff("Acme ROI Services", "ACME-1", STAFF, at(1)).after();

        Transition released = handed.recordOutsideRelease(DeliveryMethod.PAPER_BY_MAIL, STAFF, zonedAt(5));

        assertThat(released.disclosures()).singleElement().satisfies(d -> {
            assertThat(d.disclosedBy()).isEqualTo("Acme ROI Services");
            assertThat(d.purpose()).isEqualTo("LEGAL");
        });
        assertThat(released.history().get(0).detail()).endsWith(", disclosure logged");
        RequestCase ownHanded = Cases.submitted(Cases.reportAndNotes(), Optional.empty())
                .handOff("Acme ROI Services", "ACME-2", STAFF, at(1)).after();
        assertThat(ownHanded.recordOutsideRelease(DeliveryMethod.PAPER_BY_MAIL, STAFF, zonedAt(5)).history().get(0)
                .detail()).doesNotContain("disclosure logged");
    }

    @Test
    void aDueSoonAlertCanBeAskedForOnTheWorkingTargetItselfButNotBeforeIt() {
        RequestCase c = Cases.submitted(Cases.reportAndNotes(), Optional.empty());
        LocalDate target = c.dueDate().orElseThrow().workingTarget();

        assertThat(c.raiseDeadlineAlerts(target.minusDays(1), 0, at(20))).isEmpty();
        assertThat(c.raiseDeadlineAlerts(target, 0, at(20))).hasValueSatisfying(t -> assertThat(t.events())
                .extracting(DomainEvent::type).containsExactly(EventType.DUE_SOON));
        assertThatIllegalArgumentException().isThrownBy(() -> c.raiseDeadlineAlerts(target, -1, at(20)));
    }
}

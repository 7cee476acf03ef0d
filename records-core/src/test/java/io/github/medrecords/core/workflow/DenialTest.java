package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.PRACTICE;
import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static io.github.medrecords.core.workflow.Cases.zonedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DenialTest {

    static final LicensedProfessional DR_LEE = LicensedProfessional.of("dr-lee", "Dr. Ana Lee", "MD, CT 041233");
    static final LicensedProfessional DR_ROE = LicensedProfessional.of("dr-roe", "Dr. Sam Roe", "MD, CT 052311");

    private static RequestCase twoSelections() {
        return Cases.submitted(Cases.reportAndNotes(), Optional.empty());
    }

    private static RequestCase wholeReviewableDenial() {
        return twoSelections().deny(DenialGround.ENDANGERMENT, Set.of(0, 1), Optional.of(DR_LEE), STAFF, at(1))
                .after();
    }

    @Test
    void aWholeDenialClosesTheRequestAndTellsTheRequester() {
        Transition t = twoSelections().deny(DenialGround.PSYCHOTHERAPY_NOTES, Set.of(0, 1), Optional.empty(), STAFF,
                at(1));

        assertThat(t.after().status()).isEqualTo(RequestStatus.DENIED);
        assertThat(t.after().status().isOpen()).isFalse();
        assertThat(t.events()).extracting(DomainEvent::type).containsExactly(EventType.DENIED);
        assertThat(t.history()).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo(HistoryAction.DENIED);
            assertThat(h.fromStatus()).isEqualTo(RequestStatus.IN_PROCESS);
            assertThat(h.detail()).contains("PSYCHOTHERAPY_NOTES", "R1.17");
        });
        assertThat(t.after().denial()).hasValueSatisfying(d -> {
            assertThat(d.whole()).isTrue();
            assertThat(d.reviewable()).isFalse();
        });
    }

    @Test
    void aReviewableGroundNeedsANamedLicensedProfessional() {
        RequestCase c = twoSelections();

        assertThatExceptionOfType(DenialRefusedException.class)
                .isThrownBy(() -> c.deny(DenialGround.ENDANGERMENT, Set.of(0), Optional.empty(), STAFF, at(1)))
                .satisfies(e -> {
                    assertThat(e.getRefusal()).isEqualTo(DenialRefusedException.Refusal
                            .PROFESSIONAL_DETERMINATION_REQUIRED);
                    assertThat(e.getRuleId()).isEqualTo("R1.18");
                    assertThat(e.getStatus()).isEqualTo(RequestStatus.IN_PROCESS);
                });
    }

    @Test
    void anUnreviewableGroundTakesNoProfessionalsDetermination() {
        assertThatExceptionOfType(DenialRefusedException.class)
                .isThrownBy(() -> twoSelections().deny(DenialGround.PRIVACY_ACT, Set.of(0), Optional.of(DR_LEE), STAFF,
                        at(1)))
                .extracting(DenialRefusedException::getRefusal)
                .isEqualTo(DenialRefusedException.Refusal.NO_DETERMINATION_FOR_UNREVIEWABLE_GROUND);
    }

    @Test
    void groundsSplitIntoReviewableAndUnreviewableAsTheRuleSays() {
        assertThat(DenialGround.values()).filteredOn(DenialGround::reviewable).containsExactlyInAnyOrder(
                DenialGround.ENDANGERMENT, DenialGround.REFERENCE_TO_ANOTHER_PERSON,
                DenialGround.PERSONAL_REPRESENTATIVE_HARM).allSatisfy(g -> assertThat(g.ruleId()).isEqualTo("R1.18"));
        assertThat(DenialGround.values()).filteredOn(g -> !g.reviewable()).hasSize(6)
                .allSatisfy(g -> assertThat(g.ruleId()).isEqualTo("R1.17"));
    }

    @Test
    void refusesASecondDenialAndADenialOfAClosedRequest() {
        RequestCase partly = twoSelections().deny(DenialGround.LITIGATION_MATERIAL, Set.of(1), Optional.empty(),
                STAFF, at(1)).after();
        assertThatExceptionOfType(DenialRefusedException.class)
                .isThrownBy(() -> partly.deny(DenialGround.PRIVACY_ACT, Set.of(0), Optional.empty(), STAFF, at(2)))
                .extracting(DenialRefusedException::getRefusal)
                .isEqualTo(DenialRefusedException.Refusal.ALREADY_DENIED);

        RequestCase denied = wholeReviewableDenial();
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> denied.deny(DenialGround.PRIVACY_ACT, Set.of(0), Optional.empty(), STAFF, at(2)))
                .extracting(IllegalTransitionException::getStatus).isEqualTo(RequestStatus.DENIED);
    }

    @Test
    void refusesADenialWithholdingNothingOrASelectionThatDoesNotExist() {
        RequestCase c = twoSelections();
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> c.deny(DenialGround.PRIVACY_ACT, Set.of(), Optional.empty(), STAFF, at(1)));
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> c.deny(DenialGround.PRIVACY_ACT, Set.of(2), Optional.empty(), STAFF, at(1)));
    }

    @Test
    void aPartialDenialWithholdsItsSelectionsAndTheRestStillReleases() {
        RequestCase c = Cases.verified(twoSelections().deny(DenialGround.LITIGATION_MATERIAL, Set.of(1),
                Optional.empty(), STAFF, at(1)).after());
        assertThat(c.status()).isEqualTo(RequestStatus.IN_PROCESS);
        assertThat(c.withheldSelections()).containsExactly(1);

        List<SelectionFulfilment> both = List.of(SelectionFulfilment.ofPages(0, 3, RecordKeeping.PAPER),
                SelectionFulfilment.ofPages(1, 4, RecordKeeping.PAPER));
        RequestCase before = c;
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> before.recordFulfilment(both, Cases.quote(before, both), STAFF, at(2)))
                .withMessageContaining("withheld");

        List<SelectionFulfilment> rest = List.of(SelectionFulfilment.ofPages(0, 3, RecordKeeping.PAPER));
        c = c.recordFulfilment(rest, Cases.quote(c, rest), STAFF, at(2)).after();
        if (c.status() == RequestStatus.QUOTED) {
            c = c.waiveFee("Hardship", STAFF, at(3)).after();
        }
        Transition released = c.release(c.request().delivery().method(), Optional.empty(), PRACTICE.name(), STAFF,
                zonedAt(4));
        assertThat(released.after().status()).isEqualTo(RequestStatus.RELEASED);
    }

    @Test
    void aPartialDenialIsRefusedOnceTheCopiesAreMade() {
        RequestCase copied = Cases.fulfilled(twoSelections(), Cases.paperPages(3));

        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> copied.deny(DenialGround.PRIVACY_ACT, Set.of(1), Optional.empty(), STAFF, at(2)))
                .satisfies(e -> assertThat(e.getCommand()).isEqualTo("deny access in part"));
    }

    @Test
    void theDenialNoticeCarriesEveryPartTheLawRequiresForAReviewableDenial() {
        DenialNotice n = DenialNotice.of(wholeReviewableDenial(), PRACTICE.complaintContact());

        assertThat(n.requestNumber()).isEqualTo(RequestNumber.of(2026, 42));
        assertThat(n.ground()).isEqualTo(DenialGround.ENDANGERMENT);
        assertThat(n.whole()).isTrue();
        assertThat(n.withheld()).containsExactly("MRI report", "Clinical visit summary");
        assertThat(n.basis()).isEqualTo(DenialGround.ENDANGERMENT.basis())
                .contains("licensed health-care professional");
        assertThat(n.reviewRights()).hasValueSatisfying(r -> assertThat(r)
                .contains("right to have this decision reviewed", "did not take part",
                        PRACTICE.complaintContact().nameOrTitle(), PRACTICE.complaintContact().phone().formatted(),
                        "2026-000042"));
        assertThat(n.complaintContact()).isEqualTo(PRACTICE.complaintContact());
        assertThat(n.practiceComplaint()).contains(PRACTICE.complaintContact().nameOrTitle(),
                PRACTICE.complaintContact().phone().formatted());
        assertThat(n.secretaryComplaint()).contains("Secretary", "Health and Human Services", "1-800-368-1019");
        assertThat(n.restReleased()).isEmpty();
        assertThat(n.text()).contains(n.basis(), n.reviewRights().get(), n.practiceComplaint(), n.secretaryComplaint());
        assertThat(n.toString()).doesNotContain("Maria", "Kowalski");
    }

    @Test
    void theNoticeOfAnUnreviewablePartialDenialPromisesTheRestAndNoReview() {
        RequestCase c = twoSelections().deny(DenialGround.LITIGATION_MATERIAL, Set.of(1), Optional.empty(), STAFF,
                at(1)).after();

        DenialNotice n = DenialNotice.of(c, PRACTICE.complaintContact());

        assertThat(n.whole()).isFalse();
        assertThat(n.withheld()).containsExactly("Clinical visit summary");
        assertThat(n.basis()).isEqualTo(DenialGround.LITIGATION_MATERIAL.basis());
        assertThat(n.reviewRights()).isEmpty();
        assertThat(n.restReleased()).contains("We will still provide the other records you asked for.");
        assertThat(n.complaintContact()).isEqualTo(PRACTICE.complaintContact());
        assertThat(n.secretaryComplaint()).isEqualTo(DenialNotice.SECRETARY_COMPLAINT);
        assertThat(n.text()).contains("does not give a right to have this kind of decision reviewed");
    }

    @Test
    void aReviewThatReversesAWholeDenialReopensTheRequestWhereItWas() {
        Transition t = wholeReviewableDenial().review(DR_ROE, Review.Outcome.REVERSED, STAFF, at(3));

        assertThat(t.after().status()).isEqualTo(RequestStatus.IN_PROCESS);
        assertThat(t.after().withheldSelections()).isEmpty();
        assertThat(t.events()).extracting(DomainEvent::type).containsExactly(EventType.DENIAL_REVERSED);
        assertThat(t.history()).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo(HistoryAction.DENIAL_REVERSED);
            assertThat(h.fromStatus()).isEqualTo(RequestStatus.DENIED);
            assertThat(h.detail()).contains("dr-roe");
        });
    }

    @Test
    void aReviewThatUpholdsTheDenialLeavesItClosedAndTellsTheRequester() {
        Transition t = wholeReviewableDenial().review(DR_ROE, Review.Outcome.UPHELD, STAFF, at(3));

        assertThat(t.after().status()).isEqualTo(RequestStatus.DENIED);
        assertThat(t.after().withheldSelections()).containsExactly(0, 1);
        assertThat(t.events()).extracting(DomainEvent::type).containsExactly(EventType.DENIAL_UPHELD);
        assertThat(EventType.DENIAL_UPHELD.toldToRequester()).isTrue();
    }

    @Test
    void refusesAReviewByTheProfessionalWhoDenied() {
        RequestCase denied = wholeReviewableDenial();

        assertThatExceptionOfType(DenialRefusedException.class)
                .isThrownBy(() -> denied.review(DR_LEE, Review.Outcome.REVERSED, STAFF, at(3)))
                .satisfies(e -> {
                    assertThat(e.getRefusal()).isEqualTo(DenialRefusedException.Refusal.REVIEWER_TOOK_PART);
                    assertThat(e.getRuleId()).isEqualTo("R1.20");
                });
    }

    @Test
    void refusesAReviewByTheStaffMemberWhoRecordedTheDenial() {
        RequestCase denied = wholeReviewableDenial();
        LicensedProfessional clerk = LicensedProfessional.of(STAFF.id(), "Pat Clerk", "RN, CT 1");

        assertThatExceptionOfType(DenialRefusedException.class)
                .isThrownBy(() -> denied.review(clerk, Review.Outcome.REVERSED, STAFF, at(3)))
                .extracting(DenialRefusedException::getRefusal)
                .isEqualTo(DenialRefusedException.Refusal.REVIEWER_TOOK_PART);
    }

    @Test
    void refusesAReviewOfNothingOfAnUnreviewableDenialAndASecondReview() {
        assertThatExceptionOfType(DenialRefusedException.class)
                .isThrownBy(() -> twoSelections().review(DR_ROE, Review.Outcome.UPHELD, STAFF, at(3)))
                .extracting(DenialRefusedException::getRefusal)
                .isEqualTo(DenialRefusedException.Refusal.NOTHING_TO_REVIEW);

        RequestCase unreviewable = twoSelections().deny(DenialGround.PRIVACY_ACT, Set.of(0, 1), Optional.empty(),
                STAFF, at(1)).after();
        assertThatExceptionOfType(DenialRefusedException.class)
                .isThrownBy(() -> unreviewable.review(DR_ROE, Review.Outcome.UPHELD, STAFF, at(3)))
                .extracting(DenialRefusedException::getRefusal)
                .isEqualTo(DenialRefusedException.Refusal.NOT_REVIEWABLE);

        RequestCase reviewed = wholeReviewableDenial().review(DR_ROE, Review.Outcome.UPHELD, STAFF, at(3)).after();
        assertThatExceptionOfType(DenialRefusedException.class)
                .isThrownBy(() -> reviewed.review(LicensedProfessional.of("dr-poe", "Dr. Poe", "MD"),
                        Review.Outcome.REVERSED, STAFF, at(4)))
                .extracting(DenialRefusedException::getRefusal)
                .isEqualTo(DenialRefusedException.Refusal.ALREADY_REVIEWED);
    }

    @Test
    void aReversedPartialDenialLetsTheWithheldSelectionBeCopied() {
        RequestCase c = twoSelections().deny(DenialGround.REFERENCE_TO_ANOTHER_PERSON, Set.of(1), Optional.of(DR_LEE),
                STAFF, at(1)).after().review(DR_ROE, Review.Outcome.REVERSED, STAFF, at(2)).after();
        List<SelectionFulfilment> both = List.of(SelectionFulfilment.ofPages(0, 3, RecordKeeping.PAPER),
                SelectionFulfilment.ofPages(1, 4, RecordKeeping.PAPER));

        RequestCase copied = c.recordFulfilment(both, Cases.quote(c, both), STAFF, at(3)).after();

        assertThat(copied.withheldSelections()).isEmpty();
        assertThat(copied.status()).isIn(RequestStatus.QUOTED, RequestStatus.READY_FOR_RELEASE);
    }

    @Test
    void aWholeDenialAfterPaymentOwesEverythingBack() {
        RequestCase c = Cases.fulfilled(Cases.submitted(Cases.imagesOnCd(), Optional.empty()), Cases.oneCd());
        c = c.issueInvoice(STAFF, at(2)).after();
        c = c.recordPayment(c.invoice().orElseThrow().number(), c.amountDue(), PaymentMethod.CARD, "ch-1", STAFF,
                at(3)).after();
        Money paid = c.netPaid();

        RequestCase denied = c.deny(DenialGround.PRIVACY_ACT, Set.of(0), Optional.empty(), STAFF, at(4)).after();

        assertThat(denied.refundDue()).isEqualTo(paid);
        assertThat(denied.refund("r-1", STAFF, at(5)).after().netPaid()).isEqualTo(Money.ZERO);
    }

    @Test
    void aLicensedProfessionalNeedsEveryPart() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> LicensedProfessional.of("dr-x", " ", "MD"));
        assertThat(DR_LEE.isSamePersonAs(LicensedProfessional.of("dr-lee", "Ana Lee", "MD"))).isTrue();
        assertThat(DR_LEE.isSamePersonAs(DR_ROE)).isFalse();
    }

    @Test
    void refusesAReviewOfAPartialDenialOnceTheRestIsReleased() {
        RequestCase c = Cases.verified(twoSelections().deny(DenialGround.REFERENCE_TO_ANOTHER_PERSON, Set.of(1),
                Optional.of(DR_LEE), STAFF, at(1)).after());
        List<SelectionFulfilment> rest = List.of(SelectionFulfilment.ofPages(0, 3, RecordKeeping.PAPER));
        c = c.recordFulfilment(rest, Cases.quote(c, rest), STAFF, at(2)).after();
        if (c.status() == RequestStatus.QUOTED) {
            c = c.waiveFee("Hardship", STAFF, at(3)).after();
        }
        RequestCase released = c.release(c.request().delivery().method(), Optional.empty(), PRACTICE.name(), STAFF,
                zonedAt(4)).after();

        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> released.review(DR_ROE, Review.Outcome.REVERSED, STAFF, at(5)))
                .satisfies(e -> {
                    assertThat(e.getCommand()).isEqualTo("review a denial");
                    assertThat(e.getStatus()).isEqualTo(RequestStatus.RELEASED);
                });
    }
}

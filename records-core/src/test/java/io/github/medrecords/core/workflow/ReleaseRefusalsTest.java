package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.ADDRESS;
import static io.github.medrecords.core.workflow.Cases.PRACTICE;
import static io.github.medrecords.core.workflow.Cases.RECEIVED;
import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static io.github.medrecords.core.workflow.Cases.zonedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.CoverageGap;
import io.github.medrecords.core.authorization.Expiration;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.request.DateRange;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.request.ThirdPartyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The release check seen through {@link RequestCase#releaseRefusals}: each guard names its own facts, and
 * the guards look at every selection of the request.
 */
class ReleaseRefusalsTest {

    private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
    private static final LocalDate SEP_30 = LocalDate.of(2026, 9, 30);
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final LocalDate OCT_15 = LocalDate.of(2026, 10, 15);
    private static final String FIRM = "Whitfield & Ames LLP";

    private static RecordsRequest attorneyAsking(RecordSelection... selections) {
        RecordsRequest.Builder b = RecordsRequest.builder(PRACTICE.id())
                .requester(Requester.thirdParty(ThirdPartyKind.ATTORNEY, "Dana Whitfield", FIRM,
                        new ContactDetails(EmailAddress.parse("records@whitfield-ames.example"), null, null)))
                .legalBasis(LegalBasis.AUTHORIZATION).purpose(Purpose.of(PurposeKind.LEGAL)).patient(Cases.MARIA)
                .delivery(Delivery.paperByMail(ADDRESS));
        for (RecordSelection s : selections) {
            b.selection(s);
        }
        return b.build();
    }

    private static Authorization covering(DateRange dates, RecordType... types) {
        return Authorization.builder().informationDescription("Knee records").covers(types).coveredDates(dates)
                .disclosingParty(PRACTICE.name()).recipient(FIRM).purpose(PurposeKind.LEGAL)
                .expiration(Expiration.onDate(RECEIVED.toLocalDate().plusMonths(6)))
                .signature("Maria Kowalski", RECEIVED.toLocalDate().minusDays(2)).statements(true, true, true).build();
    }

    private static List<ReleaseRefusal> coverage(RecordsRequest request, Authorization authorization) {
        RequestCase c = Cases.submitted(request, Optional.of(authorization));
        return c.releaseRefusals(DeliveryMethod.PAPER_BY_MAIL, Optional.empty(), zonedAt(3)).stream()
                .filter(r -> r.guard() == ReleaseGuard.AUTHORIZATION_COVERS).toList();
    }

    private static RecordSelection selection(RecordType type, LocalDate from, LocalDate to) {
        return RecordSelection.of(type, null, DateRange.of(from, to), 1);
    }

    @Test
    void refusesARecordTypeOfAnySelectionThatTheAuthorizationDoesNotName() {
        RecordsRequest request = attorneyAsking(RecordSelection.of(RecordType.MRI_REPORT),
                RecordSelection.of(RecordType.LAB_RESULTS));

        assertThat(coverage(request, covering(DateRange.all(), RecordType.MRI_REPORT)))
                .containsExactly(new ReleaseRefusal.AuthorizationDoesNotCover(Set.of(CoverageGap.RECORDS_NOT_COVERED)));
        assertThat(coverage(request, covering(DateRange.all(), RecordType.MRI_REPORT, RecordType.LAB_RESULTS)))
                .isEmpty();
    }

    @Test
    void refusesDatesOfCareOutsideTheAuthorizationAcrossEverySelection() {
        RecordsRequest request = attorneyAsking(selection(RecordType.MRI_REPORT, OCT_1, OCT_15),
                selection(RecordType.MRI_IMAGES, SEP_1, SEP_30));
        RecordType[] both = {RecordType.MRI_REPORT, RecordType.MRI_IMAGES};
        ReleaseRefusal datesGap = new ReleaseRefusal.AuthorizationDoesNotCover(Set.of(CoverageGap.DATES_NOT_COVERED));

        assertThat(coverage(request, covering(DateRange.of(SEP_1, OCT_15), both))).isEmpty();
        assertThat(coverage(request, covering(DateRange.of(SEP_1.plusDays(1), OCT_15), both)))
                .as("the earliest first date of any selection").containsExactly(datesGap);
        assertThat(coverage(request, covering(DateRange.of(SEP_1, OCT_15.minusDays(1)), both)))
                .as("the latest last date of any selection").containsExactly(datesGap);
    }

    @Test
    void takesASelectionWithoutDatesAsAllDatesOfCare() {
        RecordsRequest openStart = attorneyAsking(selection(RecordType.MRI_REPORT, SEP_1, SEP_30),
                selection(RecordType.MRI_REPORT, null, OCT_15));
        RecordsRequest openEnd = attorneyAsking(selection(RecordType.MRI_REPORT, OCT_1, null),
                selection(RecordType.MRI_REPORT, SEP_1, SEP_30));
        Authorization bounded = covering(DateRange.of(SEP_1, OCT_15), RecordType.MRI_REPORT);

        assertThat(coverage(openStart, bounded)).extracting(r -> ((ReleaseRefusal.AuthorizationDoesNotCover) r).gaps())
                .containsExactly(Set.of(CoverageGap.DATES_NOT_COVERED));
        assertThat(coverage(openEnd, bounded)).extracting(r -> ((ReleaseRefusal.AuthorizationDoesNotCover) r).gaps())
                .containsExactly(Set.of(CoverageGap.DATES_NOT_COVERED));
        assertThat(coverage(openStart, covering(DateRange.of(null, OCT_15), RecordType.MRI_REPORT))).isEmpty();
        assertThat(coverage(openEnd, covering(DateRange.of(SEP_1, null), RecordType.MRI_REPORT))).isEmpty();
    }

    @Test
    void explainsWhichCoverageGapsBlockTheRelease() {
        ReleaseRefusal gap = new ReleaseRefusal.AuthorizationDoesNotCover(
                Set.of(CoverageGap.PURPOSE_NOT_COVERED, CoverageGap.RECORDS_NOT_COVERED));

        assertThat(gap.explain()).isEqualTo(
                "R3.2: the authorization does not cover RECORDS_NOT_COVERED, PURPOSE_NOT_COVERED.");
    }

    @Test
    void refusesAnotherDeliveryWhenTheReasonIsBlank() {
        RequestCase ready = Cases.verified(Cases.fulfilled(Cases.submitted(Cases.continuingCare(), Optional.empty()),
                Cases.oneCd()));

        assertThat(ready.releaseRefusals(DeliveryMethod.FAX, Optional.of("   "), zonedAt(3))).containsExactly(
                new ReleaseRefusal.DeliveryDiffers(DeliveryMethod.DIRECT_TO_PROVIDER, DeliveryMethod.FAX));
        assertThatExceptionOfType(ReleaseBlockedException.class)
                .isThrownBy(() -> ready.release(DeliveryMethod.FAX, Optional.of(""), PRACTICE.name(), STAFF,
                        zonedAt(3)))
                .withMessage("Release refused: DELIVERY_AS_REQUESTED (R1.12) — R1.12: the requester asked for "
                        + "DIRECT_TO_PROVIDER, not FAX; record why the delivery differs.");
    }

    @Test
    void recordsNoDeviationReasonForADeliveryAsRequested() {
        RequestCase ready = Cases.verified(Cases.fulfilled(Cases.submitted(Cases.continuingCare(), Optional.empty()),
                Cases.oneCd()));

        Transition released = ready.release(DeliveryMethod.DIRECT_TO_PROVIDER, Optional.of("  "), PRACTICE.name(),
                STAFF, zonedAt(3));

        assertThat(released.after().release()).map(Release::deviationReason).contains(Optional.empty());
    }

    @Test
    void namesTheUnpaidAmountAndThatNoInvoiceWasIssuedYet() {
        RequestCase quoted = Cases.fulfilled(Cases.verified(Cases.submitted(Cases.imagesOnCd(), Optional.empty())),
                Cases.oneCd());
        assertThat(quoted.status()).isEqualTo(RequestStatus.QUOTED);

        assertThat(quoted.releaseRefusals(DeliveryMethod.CD_BY_MAIL, Optional.empty(), zonedAt(2))).singleElement()
                .satisfies(r -> {
                    assertThat(r).isEqualTo(new ReleaseRefusal.FeeUnsettled(quoted.amountDue(), Optional.empty()));
                    assertThat(r.explain()).isEqualTo(quoted.amountDue() + " is unpaid and no invoice has been issued"
                            + " (the practice's policy of payment before release).");
                });
        assertThat(quoted.amountDue().isZero()).isFalse();
    }

    @Test
    void namesTheInvoiceThatIsUnpaid() {
        ReleaseRefusal unpaid = new ReleaseRefusal.FeeUnsettled(Money.ofCents(1250), Optional.of("INV-7"));

        assertThat(unpaid.explain()).startsWith(Money.ofCents(1250) + " is unpaid on invoice INV-7 (");
    }

    @Test
    void saysWhyAnAuthorizationIsNeededWhenNoneIsAttached() {
        RequestCase byPolicy = Cases.submit(Cases.imagesOnCd(), Optional.empty(), true).after();
        RequestCase underAuthorization = Cases.submitted(Cases.attorney(), Optional.empty());

        assertThat(byPolicy.releaseRefusals(DeliveryMethod.CD_BY_MAIL, Optional.empty(), zonedAt(1)))
                .contains(new ReleaseRefusal.AuthorizationMissing(
                        "the practice's policy asks for its own authorization form."));
        assertThat(underAuthorization.releaseRefusals(DeliveryMethod.PAPER_BY_MAIL, Optional.empty(), zonedAt(1)))
                .contains(new ReleaseRefusal.AuthorizationMissing(
                        "the request is a disclosure under an authorization."));
        assertThat(new ReleaseRefusal.AuthorizationMissing("why.").explain())
                .isEqualTo("R3.1: attach a valid authorization; why.");
    }

    @Test
    void asksNoAuthorizationOfAPatientsOwnRequest() {
        RequestCase own = Cases.submitted(Cases.imagesOnCd(), Optional.empty());

        assertThat(own.releaseRefusals(DeliveryMethod.CD_BY_MAIL, Optional.empty(), zonedAt(1)))
                .extracting(ReleaseRefusal::guard)
                .containsExactly(ReleaseGuard.IDENTITY_VERIFIED, ReleaseGuard.FULFILLED);
    }

    @Test
    void refusesEveryReleaseOfAClosedRequestAndSaysWhoReleasesAHandedOffOne() {
        RequestCase cancelled = Cases.submitted(Cases.imagesOnCd(), Optional.empty())
                .cancel("Changed my mind", Cases.PATIENT, at(1)).after();
        RequestCase handedOff = Cases.submitted(Cases.imagesOnCd(), Optional.empty())
                .handOff("Ciox Health", "CX-1", STAFF, at(1)).after();

        assertThat(cancelled.releaseRefusals(DeliveryMethod.CD_BY_MAIL, Optional.empty(), zonedAt(2)))
                .first().satisfies(r -> {
                    assertThat(r).isEqualTo(new ReleaseRefusal.NotReleasable(RequestStatus.CANCELLED));
                    assertThat(r.explain()).isEqualTo(
                            "The request is CANCELLED and closed; nothing more is released under it.");
                });
        assertThat(handedOff.releaseRefusals(DeliveryMethod.CD_BY_MAIL, Optional.empty(), zonedAt(2)))
                .first().satisfies(r -> {
                    assertThat(r).isEqualTo(new ReleaseRefusal.NotReleasable(RequestStatus.HANDED_OFF));
                    assertThat(r.explain()).startsWith("The request is HANDED_OFF; the outside company releases it");
                });
    }

    @Test
    void listsEveryFailingGuardInTheExceptionAndNeedsAtLeastOne() {
        RequestCase waiting = Cases.submitted(Cases.attorney(), Optional.empty());

        assertThatExceptionOfType(ReleaseBlockedException.class)
                .isThrownBy(() -> waiting.release(DeliveryMethod.FAX, Optional.empty(), PRACTICE.name(), STAFF,
                        zonedAt(1)))
                .satisfies(e -> {
                    assertThat(e.getFailing()).containsExactly(ReleaseGuard.IDENTITY_VERIFIED,
                            ReleaseGuard.AUTHORIZATION_PRESENT, ReleaseGuard.FULFILLED,
                            ReleaseGuard.DELIVERY_AS_REQUESTED);
                    assertThat(e.getMessage()).startsWith("Release refused: IDENTITY_VERIFIED (R1.5) — R1.5: verify")
                            .contains(" AUTHORIZATION_PRESENT (R3.1) — R3.1: attach");
                });
        assertThatIllegalArgumentException().isThrownBy(() -> new ReleaseBlockedException(List.of()));
    }

    @Test
    void describesEachGuardWithItsRule() {
        assertThat(ReleaseGuard.AUTHORIZATION_COVERS.ruleId()).isEqualTo("R3.2");
        assertThat(ReleaseGuard.DELIVERY_AS_REQUESTED.ruleId()).isEqualTo("R1.12");
        assertThat(ReleaseGuard.values()).allSatisfy(g -> assertThat(g.description()).endsWith("."));
    }
}

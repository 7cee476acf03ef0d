package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.PRACTICE;
import static io.github.medrecords.core.workflow.Cases.RECEIVED;
import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static io.github.medrecords.core.workflow.Cases.zonedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.QuoteNotInvoiceableException;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordType;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestCaseTest {

    @Test
    void aPatientsOwnRequestNeedsNoAuthorization() {
        Transition t = Cases.submit(Cases.imagesOnCd(), Optional.empty(), false);

        assertThat(t.after().status()).isEqualTo(RequestStatus.IN_PROCESS);
        assertThat(t.events()).extracting(DomainEvent::type).containsExactly(EventType.SUBMITTED);
        assertThat(t.history()).singleElement().satisfies(h -> {
            assertThat(h.sequence()).isEqualTo(1);
            assertThat(h.action()).isEqualTo(HistoryAction.SUBMITTED);
            assertThat(h.toStatus()).isEqualTo(RequestStatus.IN_PROCESS);
        });
        assertThat(t.expectedVersion()).isZero();
        assertThat(t.after().dueDate()).map(d -> d.legalDate()).contains(Cases.RECEIVED.toLocalDate().plusDays(30));
    }

    @Test
    void aThirdPartyWaitsForAValidAuthorization() {
        RequestCase waiting = Cases.submitted(Cases.attorney(), Optional.empty());
        assertThat(waiting.status()).isEqualTo(RequestStatus.AWAITING_AUTHORIZATION);

        Transition expired = waiting.attachAuthorization(
                Cases.authorization(Cases.RECEIVED.toLocalDate().minusDays(1), "Whitfield & Ames LLP"), STAFF,
                zonedAt(1));
        assertThat(expired.after().status()).isEqualTo(RequestStatus.AWAITING_AUTHORIZATION);
        assertThat(expired.events()).extracting(DomainEvent::type)
                .containsExactly(EventType.AUTHORIZATION_ATTACHED, EventType.AUTHORIZATION_NEEDED);

        Transition valid = expired.after().attachAuthorization(Cases.validAuthorization(), STAFF, zonedAt(2));
        assertThat(valid.after().status()).isEqualTo(RequestStatus.IN_PROCESS);
        assertThat(valid.history()).singleElement().extracting(HistoryEntry::action)
                .isEqualTo(HistoryAction.AUTHORIZATION_REPLACED);
    }

    @Test
    void thePracticesOwnFormPolicyAddsAStepButKeepsTheClock() {
        Transition withPolicy = Cases.submit(Cases.imagesOnCd(), Optional.empty(), true);
        Transition without = Cases.submit(Cases.imagesOnCd(), Optional.empty(), false);

        assertThat(withPolicy.after().status()).isEqualTo(RequestStatus.AWAITING_AUTHORIZATION);
        assertThat(withPolicy.after().dueDate()).isEqualTo(without.after().dueDate());
        assertThat(withPolicy.after().request().legalBasis()).isEqualTo(LegalBasis.INDIVIDUAL_ACCESS);
        assertThat(withPolicy.after().estimate()).isEqualTo(without.after().estimate());
    }

    @Test
    void refusesFulfilmentBeforeTheAuthorizationAndChangesNothing() {
        RequestCase waiting = Cases.submitted(Cases.attorney(), Optional.empty());
        RequestCase.Snapshot before = waiting.snapshot();

        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> Cases.fulfilled(waiting, Cases.paperPages(3)))
                .satisfies(e -> {
                    assertThat(e.getStatus()).isEqualTo(RequestStatus.AWAITING_AUTHORIZATION);
                    assertThat(e.getCommand()).isEqualTo("record the fulfilment");
                    assertThat(e.getRule()).contains("authorization");
                });
        assertThat(waiting.snapshot()).isEqualTo(before);
    }

    @Test
    void aZeroQuoteNeedsNoInvoiceOrPayment() {
        RequestCase care = Cases.fulfilled(Cases.submitted(Cases.continuingCare(), Optional.empty()), Cases.oneCd());

        assertThat(care.quote()).map(q -> q.total()).contains(Money.ZERO);
        assertThat(care.status()).isEqualTo(RequestStatus.READY_FOR_RELEASE);
        assertThat(care.feeSettled()).isTrue();
        assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> care.issueInvoice(STAFF, at(2)));
    }

    @Test
    void invoicesOnlyAQuoteTheLawLetsThePracticeBill() {
        RequestCase ehrPages = Cases.fulfilled(Cases.submitted(Cases.patientRequest(
                        Delivery.paperByMail(Cases.ADDRESS), RecordType.MRI_REPORT).build(), Optional.empty()),
                List.of(SelectionFulfilment.ofPages(0, 10, RecordKeeping.ELECTRONIC)));

        assertThat(ehrPages.quote().orElseThrow().compliance().outcome())
                .isEqualTo(ComplianceOutcome.METHOD_NOT_PERMITTED);
        assertThatExceptionOfType(QuoteNotInvoiceableException.class)
                .isThrownBy(() -> ehrPages.issueInvoice(STAFF, at(2)));
    }

    @Test
    void takesPaymentAgainstThisRequestsInvoiceOnly() {
        RequestCase quoted = Cases.fulfilled(Cases.submitted(Cases.imagesOnCd(), Optional.empty()), Cases.oneCd());
        RequestCase invoiced = quoted.issueInvoice(STAFF, at(2)).after();
        Invoice invoice = invoiced.invoice().orElseThrow();
        assertThat(invoice.amount()).isEqualTo(Money.ofDollars(25));

        assertThatExceptionOfType(PaymentRejectedException.class)
                .isThrownBy(() -> invoiced.recordPayment("INV-2026-000001-1", Money.ofDollars(25), PaymentMethod.CARD,
                        "ch_1", STAFF, at(3)))
                .satisfies(e -> assertThat(e.getInvoiceNumber()).isEqualTo("INV-2026-000001-1"));

        RequestCase part = invoiced.recordPayment(invoice.number(), Money.ofDollars(10), PaymentMethod.CARD, "ch_2",
                STAFF, at(3)).after();
        assertThat(part.status()).isEqualTo(RequestStatus.INVOICED);
        assertThat(part.amountDue()).isEqualTo(Money.ofDollars(15));

        Transition rest = part.recordPayment(invoice.number(), Money.ofDollars(15), PaymentMethod.CARD, "ch_3", STAFF,
                at(3));
        assertThat(rest.after().status()).isEqualTo(RequestStatus.READY_FOR_RELEASE);
        assertThat(rest.events()).extracting(DomainEvent::type)
                .containsExactly(EventType.PAID, EventType.READY_FOR_RELEASE);
        assertThat(rest.events().get(0).amount()).contains(Money.ofDollars(15));
    }

    @Test
    void refundsWhatWasPaidBeyondTheFinalQuote() {
        RequestCase quoted = Cases.fulfilled(Cases.submitted(Cases.patientRequest(Delivery.paperByMail(Cases.ADDRESS),
                RecordType.MRI_REPORT).build(), Optional.empty()), Cases.paperPages(8));
        RequestCase invoiced = quoted.issueInvoice(STAFF, at(2)).after();
        Money billed = invoiced.invoice().orElseThrow().amount();
        RequestCase paid = invoiced.recordPayment(invoiced.invoice().orElseThrow().number(), billed,
                PaymentMethod.CHECK, "chk-1001", STAFF, at(3)).after();
        assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> paid.refund("r-0", STAFF, at(3)));

        RequestCase recounted = Cases.fulfilled(paid, Cases.paperPages(2));
        assertThat(recounted.status()).isEqualTo(RequestStatus.READY_FOR_RELEASE);
        assertThat(recounted.refundDue()).isEqualTo(billed.minus(recounted.quote().orElseThrow().total()));

        Transition refund = recounted.refund("r-1", STAFF, at(4));
        assertThat(refund.after().refundDue()).isEqualTo(Money.ZERO);
        assertThat(refund.events()).extracting(DomainEvent::type).containsExactly(EventType.REFUNDED);
    }

    @Test
    void aWaiverSettlesTheFeeWithItsReason() {
        RequestCase quoted = Cases.fulfilled(Cases.submitted(Cases.imagesOnCd(), Optional.empty()), Cases.oneCd());

        Transition waived = quoted.waiveFee("Financial hardship", STAFF, at(2));

        assertThat(waived.after().status()).isEqualTo(RequestStatus.READY_FOR_RELEASE);
        assertThat(waived.after().amountDue()).isEqualTo(Money.ZERO);
        assertThat(waived.history()).singleElement().extracting(HistoryEntry::reason).isEqualTo("Financial hardship");
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> quoted.waiveFee(" ", STAFF, at(2)));
    }

    @Test
    void releasesOnlyWithIdentityVerified() {
        RequestCase ready = Cases.fulfilled(Cases.submitted(Cases.continuingCare(), Optional.empty()), Cases.oneCd());

        assertThatExceptionOfType(ReleaseBlockedException.class)
                .isThrownBy(() -> ready.release(DeliveryMethod.DIRECT_TO_PROVIDER, Optional.empty(), PRACTICE.name(),
                        STAFF, zonedAt(3)))
                .satisfies(e -> assertThat(e.getFailing()).containsExactly(ReleaseGuard.IDENTITY_VERIFIED));

        Transition released = Cases.verified(ready).release(DeliveryMethod.DIRECT_TO_PROVIDER, Optional.empty(),
                PRACTICE.name(), STAFF, zonedAt(3));
        assertThat(released.after().status()).isEqualTo(RequestStatus.RELEASED);
        assertThat(released.after().release()).hasValueSatisfying(r -> {
            assertThat(r.recipient()).isEqualTo("Shoreline Physical Therapy");
            assertThat(r.method()).isEqualTo(DeliveryMethod.DIRECT_TO_PROVIDER);
        });
        assertThat(released.disclosures()).as("treatment is not in the accounting (R4.2)").isEmpty();
    }

    @Test
    void releasesUnderAnAuthorizationOnlyWhileItIsValidAtThatInstant() {
        RequestCase ready = readyAttorneyRequest(Cases.authorization(Cases.RECEIVED.toLocalDate().plusDays(5),
                "Whitfield & Ames LLP"));

        assertThat(ready.failingGuards(DeliveryMethod.PAPER_BY_MAIL, Optional.empty(), zonedAt(5))).isEmpty();
        assertThatExceptionOfType(ReleaseBlockedException.class)
                .isThrownBy(() -> ready.release(DeliveryMethod.PAPER_BY_MAIL, Optional.empty(), PRACTICE.name(),
                        STAFF, zonedAt(6)))
                .satisfies(e -> assertThat(e.getFailing()).containsExactly(ReleaseGuard.AUTHORIZATION_VALID));
    }

    @Test
    void releasesUnderAnAuthorizationOnlyToTheRecipientItNames() {
        RequestCase ready = readyAttorneyRequest(Cases.authorization(Cases.RECEIVED.toLocalDate().plusMonths(6),
                "Acme Insurance"));

        assertThat(ready.failingGuards(DeliveryMethod.PAPER_BY_MAIL, Optional.empty(), zonedAt(3)))
                .containsExactly(ReleaseGuard.AUTHORIZATION_COVERS);
    }

    @Test
    void releasesAnotherWayOnlyWithAReason() {
        RequestCase ready = Cases.verified(Cases.fulfilled(Cases.submitted(Cases.continuingCare(), Optional.empty()),
                Cases.oneCd()));

        assertThat(ready.failingGuards(DeliveryMethod.FAX, Optional.empty(), zonedAt(3)))
                .containsExactly(ReleaseGuard.DELIVERY_AS_REQUESTED);
        Transition faxed = ready.release(DeliveryMethod.FAX, Optional.of("Office asked for a fax"), PRACTICE.name(),
                STAFF, zonedAt(3));
        assertThat(faxed.after().release()).map(Release::deviationReason).contains(Optional.of("Office asked for a fax"));
    }

    @Test
    void refusesReleaseBeforeThePaymentAndBeforeTheCopies() {
        RequestCase inProcess = Cases.verified(Cases.submitted(Cases.imagesOnCd(), Optional.empty()));
        assertThat(inProcess.failingGuards(DeliveryMethod.CD_BY_MAIL, Optional.empty(), zonedAt(1)))
                .containsExactly(ReleaseGuard.FULFILLED);

        RequestCase invoiced = Cases.fulfilled(inProcess, Cases.oneCd()).issueInvoice(STAFF, at(2)).after();
        assertThat(invoiced.failingGuards(DeliveryMethod.CD_BY_MAIL, Optional.empty(), zonedAt(2)))
                .containsExactly(ReleaseGuard.FEE_SETTLED);
        assertThatExceptionOfType(ReleaseBlockedException.class)
                .isThrownBy(() -> invoiced.release(DeliveryMethod.CD_BY_MAIL, Optional.empty(), PRACTICE.name(),
                        STAFF, zonedAt(2)))
                .satisfies(e -> assertThat(e.refusals()).containsExactly(new ReleaseRefusal.FeeUnsettled(
                        invoiced.amountDue(), invoiced.invoice().map(Invoice::number))))
                .withMessageContaining("FEE_SETTLED").withMessageContaining(invoiced.amountDue().toString());
        assertThatExceptionOfType(ReleaseBlockedException.class)
                .isThrownBy(() -> inProcess.release(DeliveryMethod.CD_BY_MAIL, Optional.empty(), PRACTICE.name(),
                        STAFF, zonedAt(1)))
                .satisfies(e -> assertThat(e.refusals()).containsExactly(new ReleaseRefusal.NotFulfilled()))
                .withMessageNotContaining("paid");
    }

    @Test
    void refusesReleaseUnderAnExpiredAuthorizationNamingTheDefectAndTheDayItExpired() {
        LocalDate expires = RECEIVED.toLocalDate().plusDays(3);
        RequestCase attorney = Cases.verified(Cases.submitted(Cases.attorney(),
                Optional.of(Cases.authorization(expires, "Whitfield & Ames LLP"))));
        RequestCase quoted = Cases.fulfilled(attorney, Cases.paperPages(2));

        ZonedDateTime later = zonedAt(10);
        assertThatExceptionOfType(ReleaseBlockedException.class)
                .isThrownBy(() -> quoted.release(quoted.request().delivery().method(), Optional.empty(),
                        PRACTICE.name(), STAFF, later))
                .satisfies(e -> {
                    assertThat(e.refusals()).filteredOn(ReleaseRefusal.AuthorizationInvalid.class::isInstance)
                            .singleElement().isEqualTo(new ReleaseRefusal.AuthorizationInvalid(
                                    java.util.Set.of(io.github.medrecords.core.authorization.AuthorizationDefect.EXPIRED),
                                    Optional.of(expires), Optional.empty()));
                    assertThat(e.getMessage()).contains("EXPIRED").doesNotContain(expires.toString());
                });
    }

    @Test
    void writesADisclosureEntryExactlyWhereTheAccountingListsTheRelease() {
        RequestCase court = Cases.verified(Cases.fulfilled(Cases.submitted(Cases.subpoena(), Optional.empty()),
                Cases.paperPages(4)));
        court = court.issueInvoice(STAFF, at(2)).after();
        court = court.recordPayment(court.invoice().orElseThrow().number(), court.amountDue(), PaymentMethod.CHECK,
                "chk-9", STAFF, at(3)).after();

        Transition released = court.release(DeliveryMethod.PAPER_BY_MAIL, Optional.empty(), PRACTICE.name(), STAFF,
                zonedAt(4));

        assertThat(released.disclosures()).singleElement().satisfies(d -> {
            assertThat(d.basis()).isEqualTo(LegalBasis.COURT_ORDER_OR_SUBPOENA);
            assertThat(d.recipientName()).isEqualTo("Superior Court");
            assertThat(d.recipientAddress()).contains("12 Elm Street, Hartford, CT 06103");
            assertThat(d.description()).isEqualTo("MRI report");
            assertThat(d.purpose()).isEqualTo("LEGAL");
            assertThat(d.disclosedBy()).isEqualTo(PRACTICE.name());
            assertThat(d.disclosedAt()).isEqualTo(at(4));
        });
        RequestCase attorney = readyAttorneyRequest(Cases.validAuthorization());
        assertThat(attorney.release(DeliveryMethod.PAPER_BY_MAIL, Optional.empty(), PRACTICE.name(), STAFF,
                zonedAt(4)).disclosures()).as("under an authorization: not listed (R4.2)").isEmpty();
    }

    @Test
    void aReleasedRequestTakesNoMoreCommands() {
        RequestCase released = Cases.verified(Cases.fulfilled(Cases.submitted(Cases.continuingCare(),
                Optional.empty()), Cases.oneCd())).release(DeliveryMethod.DIRECT_TO_PROVIDER, Optional.empty(),
                PRACTICE.name(), STAFF, zonedAt(3)).after();

        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> Cases.verified(released))
                .satisfies(e -> assertThat(e.getStatus()).isEqualTo(RequestStatus.RELEASED));
        assertThatExceptionOfType(IllegalTransitionException.class)
                .isThrownBy(() -> released.attachAuthorization(Cases.validAuthorization(), STAFF, zonedAt(4)));
    }

    @Test
    void recordsEveryChangeInTheHistoryWithStableEventKeys() {
        RequestCase c = Cases.submitted(Cases.imagesOnCd(), Optional.empty());
        c = Cases.verified(c);
        Transition fulfilled = c.recordFulfilment(Cases.oneCd(), Cases.quote(c, Cases.oneCd()), STAFF, at(1));

        assertThat(fulfilled.after().history()).extracting(HistoryEntry::sequence).containsExactly(1, 2, 3);
        assertThat(fulfilled.after().history()).extracting(HistoryEntry::action)
                .containsExactly(HistoryAction.SUBMITTED, HistoryAction.IDENTITY_VERIFIED,
                        HistoryAction.FULFILMENT_RECORDED);
        assertThat(fulfilled.history().get(0).fromStatus()).isEqualTo(RequestStatus.IN_PROCESS);
        assertThat(fulfilled.history().get(0).toStatus()).isEqualTo(RequestStatus.QUOTED);
        assertThat(fulfilled.events().get(0).idempotencyKey()).isEqualTo(c.id() + ":3:FULFILMENT_RECORDED");
        assertThat(fulfilled.expectedVersion()).isEqualTo(c.version());
    }

    @Test
    void aRepeatRaisesThePriorityOfTheOriginal() {
        RequestCase original = Cases.submitted(Cases.imagesOnCd(), Optional.empty());

        Transition repeat = original.recordRepeat(RequestNumber.of(2026, 43), at(10));

        assertThat(repeat.after().priorityRaised()).isTrue();
        assertThat(repeat.after().repeatCount()).isEqualTo(1);
        assertThat(repeat.after().dueDate()).isEqualTo(original.dueDate());
        assertThat(repeat.history()).singleElement().extracting(HistoryEntry::detail)
                .isEqualTo("repeated by 2026-000043, asked 2 times");
    }

    @Test
    void restoresFromItsPersistenceForm() {
        RequestCase c = Cases.fulfilled(Cases.submitted(Cases.imagesOnCd(), Optional.empty()), Cases.oneCd());

        assertThat(RequestCase.restore(c.snapshot())).isEqualTo(c);
        assertThat(c.toString()).doesNotContain("Maria", "Kowalski", "Elm");
    }

    private static RequestCase readyAttorneyRequest(io.github.medrecords.core.authorization.Authorization a) {
        RequestCase c = Cases.verified(Cases.submitted(Cases.attorney(), Optional.of(a)));
        c = Cases.fulfilled(c, Cases.paperPages(3));
        c = c.issueInvoice(STAFF, at(1)).after();
        return c.recordPayment(c.invoice().orElseThrow().number(), c.amountDue(), PaymentMethod.CHECK, "chk-1", STAFF,
                at(1)).after();
    }
}

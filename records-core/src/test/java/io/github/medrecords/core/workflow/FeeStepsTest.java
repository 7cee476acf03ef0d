package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.RecordType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The money side of the workflow: what each event carries, how invoices follow a recount, what a closed
 * request owes back, and which fulfilments are refused.
 */
class FeeStepsTest {

    private static RequestCase reportOnPaper() {
        return Cases.verified(Cases.submitted(Cases.patientRequest(Delivery.paperByMail(Cases.ADDRESS),
                RecordType.MRI_REPORT).build(), Optional.empty()));
    }

    @Test
    void eachFeeEventCarriesTheAmountItIsAbout() {
        Transition submitted = Cases.submit(Cases.imagesOnCd(), Optional.empty(), false);
        assertThat(submitted.events().get(0).amount()).contains(submitted.after().estimate().total());

        RequestCase c = reportOnPaper();
        Transition fulfilled = c.recordFulfilment(Cases.paperPages(8), Cases.quote(c, Cases.paperPages(8)), STAFF,
                at(1));
        Money total = fulfilled.after().quote().orElseThrow().total();
        assertThat(fulfilled.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.FULFILMENT_RECORDED);
            assertThat(e.amount()).contains(total);
        });

        Transition invoiced = fulfilled.after().issueInvoice(STAFF, at(2));
        assertThat(invoiced.events()).singleElement().satisfies(e -> assertThat(e.amount()).contains(total));

        Transition paid = invoiced.after().recordPayment(invoiced.after().invoice().orElseThrow().number(),
                total.plus(Money.ofDollars(5)), PaymentMethod.CHECK, "chk-1", STAFF, at(3));
        assertThat(paid.events()).extracting(e -> e.amount())
                .containsExactly(Optional.of(total.plus(Money.ofDollars(5))), Optional.empty());

        Transition refunded = paid.after().refund("r-1", STAFF, at(4));
        assertThat(refunded.events()).singleElement().satisfies(e -> assertThat(e.amount())
                .contains(Money.ofDollars(5)));

        Transition waived = fulfilled.after().waiveFee("Hardship", STAFF, at(2));
        assertThat(waived.events()).extracting(e -> e.amount()).containsExactly(Optional.of(total), Optional.empty());
        assertThat(waived.history().get(0).detail()).isEqualTo("waived " + total);
    }

    @Test
    void aRecountAfterTheInvoiceVoidsItAndTheNextInvoiceBillsWhatIsStillDue() {
        RequestCase c = reportOnPaper();
        RequestCase invoiced = Cases.fulfilled(c, Cases.paperPages(8)).issueInvoice(STAFF, at(2)).after();
        Invoice first = invoiced.invoice().orElseThrow();
        Money part = Money.ofDollars(1);
        RequestCase partPaid = invoiced.recordPayment(first.number(), part, PaymentMethod.CARD, "ch-1", STAFF, at(2))
                .after();

        RequestCase recounted = Cases.fulfilled(partPaid, Cases.paperPages(12));
        assertThat(recounted.invoice()).isEmpty();
        assertThat(recounted.status()).isEqualTo(RequestStatus.QUOTED);
        Invoice second = recounted.issueInvoice(STAFF, at(3)).after().invoice().orElseThrow();
        assertThat(first.number()).isEqualTo("INV-2026-000042-1");
        assertThat(second.number()).isEqualTo("INV-2026-000042-2");
        assertThat(second.amount()).isEqualTo(recounted.quote().orElseThrow().total().minus(part));
    }

    @Test
    void recordingTheSameCopiesAgainKeepsTheInvoiceAndTakesPaymentAgainstIt() {
        RequestCase invoiced = Cases.fulfilled(reportOnPaper(), Cases.paperPages(8)).issueInvoice(STAFF, at(2))
                .after();
        Invoice invoice = invoiced.invoice().orElseThrow();
        RequestCase partPaid = invoiced.recordPayment(invoice.number(), Money.ofDollars(1), PaymentMethod.CARD, "ch-1",
                STAFF, at(2)).after();

        RequestCase recounted = Cases.fulfilled(partPaid, Cases.paperPages(8));

        assertThat(recounted.invoice()).contains(invoice);
        assertThat(recounted.status()).isEqualTo(RequestStatus.INVOICED);
        RequestCase paid = recounted.recordPayment(invoice.number(), recounted.amountDue(), PaymentMethod.CARD, "ch-2",
                STAFF, at(3)).after();
        assertThat(paid.status()).isEqualTo(RequestStatus.READY_FOR_RELEASE);
    }

    @Test
    void aCancelledRequestOwesBackEverythingPaid() {
        RequestCase invoiced = Cases.fulfilled(reportOnPaper(), Cases.paperPages(8)).issueInvoice(STAFF, at(2))
                .after();
        Money paid = Money.ofDollars(2);
        RequestCase partPaid = invoiced.recordPayment(invoiced.invoice().orElseThrow().number(), paid,
                PaymentMethod.CARD, "ch-1", STAFF, at(2)).after();
        assertThat(partPaid.refundDue()).isEqualTo(Money.ZERO);

        RequestCase cancelled = partPaid.cancel("No longer needed", Cases.PATIENT, at(3)).after();

        assertThat(cancelled.refundDue()).isEqualTo(paid);
        assertThat(cancelled.refund("r-1", STAFF, at(4)).history().get(0).detail()).isEqualTo("refunded " + paid);
    }

    @Test
    void refusesAFulfilmentOfNoSelectionOfOneTwiceOrOfOneThatDoesNotExist() {
        RequestCase c = reportOnPaper();
        List<SelectionFulfilment> none = List.of();
        List<SelectionFulfilment> twice = List.of(SelectionFulfilment.ofPages(0, 2, RecordKeeping.PAPER),
                SelectionFulfilment.ofPages(0, 3, RecordKeeping.PAPER));
        List<SelectionFulfilment> missing = List.of(SelectionFulfilment.ofPages(1, 2, RecordKeeping.PAPER));

        assertThatIllegalArgumentException().isThrownBy(() -> c.recordFulfilment(none,
                Cases.quote(c, Cases.paperPages(0)), STAFF, at(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> c.recordFulfilment(twice, Cases.quote(c, twice), STAFF,
                at(1))).withMessageContaining("out of range or repeated");
        assertThatIllegalArgumentException().isThrownBy(() -> c.recordFulfilment(missing, Cases.quote(c, missing),
                STAFF, at(1))).withMessageContaining("Selection index 1");
    }

    @Test
    void recordsWhatWasCopiedAndTheQuoteInTheHistory() {
        RequestCase c = reportOnPaper();
        List<SelectionFulfilment> copies = Cases.paperPages(8);

        Transition t = c.recordFulfilment(copies, Cases.quote(c, copies), STAFF, at(1));

        assertThat(t.history().get(0).detail()).startsWith("8 pages, 0 media, quote "
                + t.after().quote().orElseThrow().total());
        assertThat(t.after().snapshot().fees().fulfilment()).isEqualTo(copies);
    }
}

package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.MedrecordsException;
import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.CostBasisRequiredException;
import io.github.medrecords.core.fee.CostKind;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.QuoteNotInvoiceableException;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticePolicies;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.RecordType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Invoicing a price that is lawful only with a documented cost basis is the practice's choice, off by default
 * (#13): refused with an error that names the rule and how to record the cost, invoiced when the practice
 * chose so, and then the history says it was.
 */
class CostBasisPolicyTest {

    private static final PriceList PUBLISHED = ExamplePractices.connecticutOrthopaedicsPriceList();

    /** Images on CD for the patient, quoted with the seed's published list, which records no cost basis. */
    private static RequestCase quotedWithoutCostBasis() {
        RequestCase c = Cases.submitted(Cases.imagesOnCd(), Optional.empty());
        Quote quote = FeeCalculator.standard().quote(PUBLISHED, c.request(), RequestCase.totals(Cases.oneCd()),
                Cases.RECEIVED.toLocalDate(), Cases.PRACTICE.jurisdictions());
        return c.recordFulfilment(Cases.oneCd(), quote, STAFF, at(1)).after();
    }

    @Test
    void refusesByDefaultNamingTheRuleThePriceRuleAndHowToRecordTheCost() {
        RequestCase quoted = quotedWithoutCostBasis();
        assertThat(quoted.quote().orElseThrow().compliance().outcome()).isEqualTo(ComplianceOutcome.NEEDS_COST_BASIS);
        assertThat(PracticePolicies.defaults().invoiceWithoutCostBasis()).isFalse();

        assertThatExceptionOfType(CostBasisRequiredException.class).isThrownBy(() -> quoted.issueInvoice(STAFF, at(2)))
                .isInstanceOf(MedrecordsException.class)
                .satisfies(e -> {
                    assertThat(e.ruleId()).isEqualTo("R2.3");
                    assertThat(e.priceRuleIds()).containsExactly("ONS-IMAGES-CD");
                    assertThat(e.costKind()).isEqualTo(CostKind.ALLOWABLE_COST);
                    assertThat(e.total()).isEqualTo(Money.ofDollars(25));
                })
                .withMessageContaining("under R2.3 for price rule ONS-IMAGES-CD")
                .withMessageContaining("PriceList.Builder.costBasis(CostBasis.actual or CostBasis.average(\"ONS-IMAGES-CD\"")
                .withMessageContaining("cost-basis.ONS-IMAGES-CD.ALLOWABLE_COST.method = ACTUAL or AVERAGE")
                .withMessageNotContaining("Maria").withMessageNotContaining("Kowalski");
        assertThatExceptionOfType(CostBasisRequiredException.class)
                .isThrownBy(() -> quoted.quote().orElseThrow().requireInvoiceable());
        assertThatExceptionOfType(CostBasisRequiredException.class)
                .isThrownBy(() -> quoted.issueInvoice(STAFF, at(2), false));
    }

    @Test
    void invoicesWhenThePracticeChoseToAndTheHistorySaysSo() {
        RequestCase quoted = quotedWithoutCostBasis();

        Transition t = quoted.issueInvoice(STAFF, at(2), true);

        assertThat(t.after().status()).isEqualTo(RequestStatus.INVOICED);
        assertThat(t.after().invoice()).map(Invoice::amount).contains(Money.ofDollars(25));
        assertThat(t.history()).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo(HistoryAction.INVOICE_ISSUED_WITHOUT_COST_BASIS);
            assertThat(h.detail()).startsWith("INV-").contains("for $25.00")
                    .contains("issued without a documented cost basis, as the practice's policy allows")
                    .endsWith("(R2.3: ONS-IMAGES-CD)");
        });
        assertThat(t.events()).extracting(DomainEvent::type).containsExactly(EventType.INVOICE_ISSUED);
    }

    @Test
    void aRecordedCostBasisInvoicesAsUsualWhateverThePolicy() {
        RequestCase c = Cases.submitted(Cases.imagesOnCd(), Optional.empty());
        RequestCase quoted = Cases.fulfilled(c, Cases.oneCd());
        assertThat(quoted.quote().orElseThrow().needsCostBasis()).isFalse();

        for (boolean policy : new boolean[] {false, true}) {
            Transition t = quoted.issueInvoice(STAFF, at(2), policy);
            assertThat(t.history()).singleElement().extracting(HistoryEntry::action)
                    .isEqualTo(HistoryAction.INVOICE_ISSUED);
        }
    }

    @Test
    void countsAnInvoiceIssuedWithoutCostBasisWhenNumberingTheNext() {
        RequestCase c = Cases.submitted(Cases.patientRequest(Delivery.paperByMail(Cases.ADDRESS),
                RecordType.MRI_REPORT).build(), Optional.empty());
        RequestCase invoiced = c.recordFulfilment(paper(8), quote(c, paper(8)), STAFF, at(1)).after()
                .issueInvoice(STAFF, at(2), true).after();
        String first = invoiced.invoice().orElseThrow().number();
        RequestCase recounted = invoiced.recordFulfilment(paper(9), quote(invoiced, paper(9)), STAFF, at(3)).after();

        Transition second = recounted.issueInvoice(STAFF, at(4), true);

        assertThat(recounted.status()).isEqualTo(RequestStatus.QUOTED);
        assertThat(first).endsWith("-1");
        assertThat(second.after().invoice().orElseThrow().number()).endsWith("-2");
        assertThat(second.history()).singleElement().satisfies(h -> assertThat(h.detail()).endsWith("(R2.1: ONS-PAGES)"));
    }

    private static List<SelectionFulfilment> paper(int pages) {
        return List.of(SelectionFulfilment.ofPages(0, pages, RecordKeeping.PAPER));
    }

    private static Quote quote(RequestCase c, List<SelectionFulfilment> fulfilment) {
        return FeeCalculator.standard().quote(PUBLISHED, c.request(), RequestCase.totals(fulfilment),
                Cases.RECEIVED.toLocalDate(), Cases.PRACTICE.jurisdictions());
    }

    @Test
    void aQuoteTheLawForbidsStaysRefusedWhateverThePolicy() {
        RequestCase ehrPages = Cases.fulfilled(Cases.submitted(Cases.patientRequest(
                        Delivery.paperByMail(Cases.ADDRESS), RecordType.MRI_REPORT).build(), Optional.empty()),
                List.of(SelectionFulfilment.ofPages(0, 10, RecordKeeping.ELECTRONIC)));

        assertThatExceptionOfType(QuoteNotInvoiceableException.class)
                .isThrownBy(() -> ehrPages.issueInvoice(STAFF, at(2), true));
    }
}

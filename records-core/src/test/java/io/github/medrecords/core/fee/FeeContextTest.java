package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.party.PostalAddress;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DateRange;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.DocumentKind;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.SupportingDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Building fee contexts from requests, for estimates and quotes, and refusing invalid ones. */
class FeeContextTest {

    private final PracticeProfile practice = ExamplePractices.connecticutOrthopaedics();
    private final FeeCalculator fees = FeeCalculator.standard();

    private static RecordsRequest.Builder patientRequest() {
        return RecordsRequest.builder(ExamplePractices.CONNECTICUT_ORTHOPAEDICS_ID)
                .requester(Requester.patient())
                .legalBasis(LegalBasis.INDIVIDUAL_ACCESS)
                .patient(PatientIdentity.of(PersonName.of("Ada", "Lovelace"), LocalDate.of(1980, 1, 1), null,
                        ContactDetails.none()))
                .delivery(Delivery.paperByMail(PostalAddress.of("1 Main St", null, "Hartford", UsState.CT, "06101")));
    }

    @Test
    void estimatesFromTheFormsSelectionsAndTypicalPageCounts() {
        RecordsRequest request = patientRequest().purpose(Purpose.of(PurposeKind.AT_REQUEST_OF_INDIVIDUAL))
                .selection(RecordSelection.of(RecordType.CLINICAL_VISIT_SUMMARY, null, DateRange.all(), 2))
                .selection(RecordSelection.of(RecordType.LAB_RESULTS)).build();
        Estimate estimate = fees.estimate(practice.priceList(), request, Contexts.RECEIVED, practice.jurisdictions());
        // 2 copies x 4 pages + 1 x 3 pages = 11 pages at $0.65, capped at $6.50.
        assertThat(estimate.context().pages()).isEqualTo(11);
        assertThat(estimate.context().recordKeeping()).isEqualTo(RecordKeeping.ELECTRONIC);
        assertThat(estimate.total()).isEqualTo(Money.parse("6.50"));
        assertThat(estimate.explain()).startsWith("Estimate, assuming 11 pages and 0 media: Copies of records");
    }

    @Test
    void quotesFromWhatStaffRecordedAtFulfilment() {
        RecordsRequest request = patientRequest().purpose(Purpose.of(PurposeKind.AT_REQUEST_OF_INDIVIDUAL))
                .selection(RecordSelection.of(RecordType.BILLING_RECORDS)).build();
        Quote quote = fees.quote(practice.priceList(), request, Fulfilment.ofPages(3, RecordKeeping.PAPER)
                .withPostage(Money.parse("0.78")), Contexts.RECEIVED, practice.jurisdictions());
        assertThat(quote.context().pages()).isEqualTo(3);
        assertThat(quote.context().postage()).isEqualTo(Money.parse("0.78"));
        assertThat(quote.context().copyFormat()).isEqualTo(CopyFormat.PAPER);
        assertThat(quote.total()).isEqualTo(Money.parse("1.95"));
    }

    @Test
    void carriesTheDocumentedBenefitClaimFromTheRequest() {
        RecordsRequest request = patientRequest().purpose(Purpose.of(PurposeKind.SOCIAL_SECURITY_CLAIM))
                .document(SupportingDocument.of(DocumentKind.SOCIAL_SECURITY_CLAIM, "doc-1"))
                .selection(RecordSelection.of(RecordType.CLINICAL_VISIT_SUMMARY)).build();
        FeeContext context = FeeContext.forQuote(request, Fulfilment.ofPages(30, RecordKeeping.PAPER),
                Contexts.RECEIVED,
                practice.jurisdictions());
        assertThat(context.claimDocumented()).isTrue();
        assertThat(fees.quote(practice.priceList(), context).total()).isEqualTo(Money.ZERO);
    }

    @Test
    void refusesARoleThatMayNotRelyOnTheBasis() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> FeeContext.builder(
                LegalBasis.INDIVIDUAL_ACCESS, RequesterRole.THIRD_PARTY, DeliveryMethod.FAX, Contexts.RECEIVED)
                .recordType(RecordType.LAB_RESULTS).build()).withMessageContaining("may not rely on");
    }

    @Test
    void refusesClaimDocumentationWithoutAClaim() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Contexts.attorney(1)
                .claimDocumented(true).build()).withMessageContaining("not a benefit claim");
    }

    @Test
    void refusesPostageOnADeliveryThatIsNotMailed() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Contexts.patient(
                DeliveryMethod.SECURE_LINK, RecordKeeping.ELECTRONIC, 1).postage(Money.parse("0.78")).build());
    }

    @Test
    void refusesAContextWithoutRecordTypes() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> FeeContext.builder(
                LegalBasis.INDIVIDUAL_ACCESS, RequesterRole.PATIENT, DeliveryMethod.FAX, Contexts.RECEIVED).build())
                .withMessageContaining("no record type");
    }

    @Test
    void derivesTheCopyFormatFromTheDelivery() {
        assertThat(Contexts.patient(DeliveryMethod.FAX, RecordKeeping.PAPER, 1).build().copyFormat())
                .isEqualTo(CopyFormat.PAPER);
        assertThat(Contexts.patient(DeliveryMethod.CD_BY_MAIL, RecordKeeping.PAPER, 1).build().copyFormat())
                .isEqualTo(CopyFormat.ELECTRONIC);
    }

    @Test
    void refusesToInvoiceANonCompliantQuote() {
        Quote quote = fees.quote(practice.priceList(),
                Contexts.patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.ELECTRONIC, 4).build());
        assertThatExceptionOfType(QuoteNotInvoiceableException.class).isThrownBy(quote::requireInvoiceable)
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(ComplianceOutcome.METHOD_NOT_PERMITTED);
                    assertThat(e.ruleId()).isEqualTo("R2.5");
                    assertThat(e.total()).isEqualTo(Money.parse("2.60"));
                });
    }

    @Test
    void invoicesACompliantQuote() {
        Quote quote = fees.quote(practice.priceList(), Contexts.attorney(4).build());
        assertThat(quote.requireInvoiceable()).isSameAs(quote);
    }
}

package io.github.medrecords.examples;

import io.github.medrecords.core.fee.Compliance;
import io.github.medrecords.core.fee.Estimate;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.FeeLine;
import io.github.medrecords.core.fee.Fulfilment;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.party.PostalAddress;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DateRange;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.Requester;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Shows fees for the seed practice: the estimate a portal shows before a patient submits (R2.6),
 * then quotes after fulfilment with their compliance against HIPAA and Connecticut law, including
 * the seed price list's own findings (R2.5, and R2.3 with R5.4).
 */
public final class FeesDemo {

    private FeesDemo() {
    }

    /**
     * Runs the demo.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Prints an estimate and quotes with their compliance for the seed practice.
     *
     * @param out  where to print, not null
     */
    public static void run(PrintStream out) {
        Objects.requireNonNull(out, "out");
        PracticeProfile practice = ExamplePractices.connecticutOrthopaedics();
        PriceList prices = practice.priceList();
        FeeCalculator fees = FeeCalculator.standard();
        LocalDate received = LocalDate.of(2026, 11, 2);

        RecordsRequest request = RecordsRequest.builder(practice.id())
                .requester(Requester.patient())
                .legalBasis(LegalBasis.INDIVIDUAL_ACCESS)
                .purpose(Purpose.of(PurposeKind.AT_REQUEST_OF_INDIVIDUAL))
                .patient(PatientIdentity.of(PersonName.of("Sample", "Patient"), LocalDate.of(1970, 1, 1), null,
                        ContactDetails.none()))
                .selection(RecordSelection.of(RecordType.CLINICAL_VISIT_SUMMARY, null, DateRange.all(), 2))
                .selection(RecordSelection.of(RecordType.LAB_RESULTS))
                .delivery(Delivery.paperByMail(PostalAddress.of("1 Main Street", null, "Hartford", UsState.CT,
                        "06101")))
                .build();

        out.println("== Fees at " + practice.name() + " (" + prices.name() + ")");
        Estimate estimate = fees.estimate(prices, request, received, practice.jurisdictions());
        out.println(estimate.explain());

        out.println();
        out.println("-- Quote: 14 pages copied from a paper chart");
        print(out, fees.quote(prices, request, Fulfilment.ofPages(14, RecordKeeping.PAPER), received,
                practice.jurisdictions()));

        out.println();
        out.println("-- Quote: 10 pages printed from the EHR (per-page fees on electronic records, R2.5)");
        print(out, fees.quote(prices, request, Fulfilment.ofPages(10, RecordKeeping.ELECTRONIC), received,
                practice.jurisdictions()));

        out.println();
        out.println("-- Quote: MRI images on CD by mail (image prices need a cost basis, R2.3, R5.4)");
        RecordsRequest images = RecordsRequest.builder(practice.id())
                .requester(Requester.patient())
                .legalBasis(LegalBasis.INDIVIDUAL_ACCESS)
                .purpose(Purpose.of(PurposeKind.AT_REQUEST_OF_INDIVIDUAL))
                .patient(request.patient())
                .selection(RecordSelection.of(RecordType.MRI_IMAGES))
                .delivery(Delivery.cdByMail(PostalAddress.of("1 Main Street", null, "Hartford", UsState.CT, "06101")))
                .build();
        print(out, fees.quote(prices, images, Fulfilment.ofPages(0, RecordKeeping.ELECTRONIC).withMedia(1), received,
                practice.jurisdictions()));
    }

    private static void print(PrintStream out, Quote quote) {
        for (FeeLine line : quote.lines()) {
            out.printf("  %-16s %-6s %4d x %8s = %8s   %s%n", line.ruleId(), line.kind(), line.quantity(),
                    line.unitPrice(), line.amount(), line.citation());
        }
        out.println("  " + quote.explain());
        Compliance compliance = quote.compliance();
        out.println("  Compliance: " + compliance.explain());
        out.println("  Invoice permitted: " + (compliance.permitsInvoice() ? "yes" : "no"));
    }
}

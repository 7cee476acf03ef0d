package io.github.medrecords.benchmarks;

import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.InvoiceAudit;
import io.github.medrecords.core.fee.InvoiceFinding;
import io.github.medrecords.core.fee.PastInvoice;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A quote plus its compliance check for the seed practice's price list, in three contexts: an
 * attorney's capped paper copy (compliant, with a cap line), a patient's copy of electronically kept
 * records (method not permitted, R2.5) and a patient's images on CD (needs a cost basis, R2.3, R5.4).
 * Target: under 1 microsecond and under 1 KB allocated per quote ({@code -prof gc}). {@link #judgeInvoice} judges a
 * past invoice of $20.00 for the same context with {@code InvoiceAudit} (#18), which should cost about what a
 * quote costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FeeBenchmark {

    @Param({"ATTORNEY_12_PAGES", "PATIENT_EHR_10_PAGES", "PATIENT_IMAGES_CD"})
    String scenario;

    private final FeeCalculator fees = FeeCalculator.standard();
    private final PriceList seed = ExamplePractices.connecticutOrthopaedicsPriceList();
    private FeeContext context;
    private final InvoiceAudit audit = InvoiceAudit.standard();
    private PastInvoice invoice;

    @Setup
    public void setUp() {
        LocalDate received = LocalDate.of(2026, 11, 2);
        switch (scenario) {
            case "ATTORNEY_12_PAGES":
                context = FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.THIRD_PARTY,
                        DeliveryMethod.PAPER_BY_MAIL, received).recordType(RecordType.BILLING_RECORDS)
                        .recordKeeping(RecordKeeping.PAPER).pages(12).jurisdiction(UsState.CT).build();
                break;
            case "PATIENT_EHR_10_PAGES":
                context = FeeContext.builder(LegalBasis.INDIVIDUAL_ACCESS, RequesterRole.PATIENT,
                        DeliveryMethod.PAPER_BY_MAIL, received).recordType(RecordType.CLINICAL_VISIT_SUMMARY)
                        .recordKeeping(RecordKeeping.ELECTRONIC).pages(10).jurisdiction(UsState.CT).build();
                break;
            default:
                context = FeeContext.builder(LegalBasis.INDIVIDUAL_ACCESS, RequesterRole.PATIENT,
                        DeliveryMethod.CD_BY_MAIL, received).recordType(RecordType.MRI_IMAGES)
                        .recordKeeping(RecordKeeping.ELECTRONIC).media(1).jurisdiction(UsState.CT).build();
        }
        invoice = PastInvoice.builder(context, Money.parse("20.00")).build();
    }

    @Benchmark
    public InvoiceFinding judgeInvoice() {
        return audit.judge(invoice);
    }

    @Benchmark
    public Quote quoteWithCompliance() {
        return fees.quote(seed, context);
    }
}

package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed practice's published prices, and what the law says about them (RULES.md Contradictions 1-3). */
class SeedPriceListTest {

    private final PriceList seed = ExamplePractices.connecticutOrthopaedics().priceList();
    private final FeeCalculator fees = FeeCalculator.standard();

    private Quote quote(FeeContext.Builder context) {
        return fees.quote(seed, context.build());
    }

    @Test
    void isThePracticeProfilesPriceList() {
        assertThat(seed).isEqualTo(ExamplePractices.connecticutOrthopaedicsPriceList());
        assertThat(seed.name()).contains("Connecticut Orthopaedic Specialists");
    }

    @Test
    void chargesNothingForZeroPages() {
        Quote quote = quote(Contexts.attorney(0));
        assertThat(quote.lines()).isEmpty();
        assertThat(quote.total()).isEqualTo(Money.ZERO);
    }

    @Test
    void chargesSixtyFiveCentsForOnePage() {
        Quote quote = quote(Contexts.attorney(1));
        assertThat(quote.total()).isEqualTo(Money.parse("0.65"));
        assertThat(quote.lines()).singleElement().satisfies(line -> {
            assertThat(line.ruleId()).isEqualTo("ONS-PAGES");
            assertThat(line.quantity()).isEqualTo(1);
            assertThat(line.unitPrice()).isEqualTo(Money.parse("0.65"));
        });
    }

    @Test
    void chargesTenPagesUpToTheCapWithoutACapLine() {
        Quote quote = quote(Contexts.attorney(10));
        assertThat(quote.total()).isEqualTo(Money.parse("6.50"));
        assertThat(quote.lines()).extracting(FeeLine::kind).containsExactly(LineKind.CHARGE);
    }

    @Test
    void capsPerPageFeeAtPracticeMaximum() {
        Quote quote = quote(Contexts.attorney(11));
        assertThat(quote.total()).isEqualTo(Money.parse("6.50"));
        assertThat(quote.lines()).extracting(FeeLine::kind).containsExactly(LineKind.CHARGE, LineKind.CAP);
        assertThat(quote.lines().get(0).amount()).isEqualTo(Money.parse("7.15"));
        assertThat(quote.lines().get(1).amount()).isEqualTo(Money.parse("-0.65"));
    }

    @Test
    void explainsCappedFeeInPlainWords() {
        assertThat(quote(Contexts.attorney(12)).explain())
                .isEqualTo("Copies of records: 12 pages at $0.65, capped at $6.50 per request. Total $6.50.");
    }

    @Test
    void chargesFifteenDollarsForImagesBySecureLink() {
        Quote quote = quote(Contexts.patientImages(DeliveryMethod.SECURE_LINK));
        assertThat(quote.total()).isEqualTo(Money.parse("15.00"));
        assertThat(quote.lines()).singleElement().extracting(FeeLine::ruleId).isEqualTo("ONS-IMAGES-LINK");
    }

    @Test
    void chargesTwentyFiveDollarsForImagesOnCdByMail() {
        Quote quote = quote(Contexts.patientImages(DeliveryMethod.CD_BY_MAIL));
        assertThat(quote.total()).isEqualTo(Money.parse("25.00"));
        assertThat(quote.lines()).singleElement().extracting(FeeLine::ruleId).isEqualTo("ONS-IMAGES-CD");
    }

    @Test
    void addsImageAndPageChargesForAMixedRequest() {
        Quote quote = quote(Contexts.patientImages(DeliveryMethod.CD_BY_MAIL)
                .recordType(RecordType.MRI_REPORT).recordKeeping(RecordKeeping.PAPER).pages(3));
        assertThat(quote.total()).isEqualTo(Money.parse("26.95"));
        assertThat(quote.lines()).extracting(FeeLine::ruleId).containsExactly("ONS-PAGES", "ONS-IMAGES-CD");
    }

    @Test
    void chargesNothingInThePortalByLawForAPatient() {
        Quote quote = quote(Contexts.patient(DeliveryMethod.PORTAL_DOWNLOAD, RecordKeeping.ELECTRONIC, 30));
        assertThat(quote.total()).isEqualTo(Money.ZERO);
        assertThat(quote.lines()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(LineKind.EXEMPTION);
            assertThat(line.cites("R2.2")).isTrue();
            assertThat(line.citation().law()).isTrue();
        });
    }

    @Test
    void chargesNothingInThePortalByPracticePolicyWhereTheLawIsSilent() {
        Quote quote = quote(FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.PATIENT,
                DeliveryMethod.PORTAL_DOWNLOAD, Contexts.RECEIVED).recordType(RecordType.LAB_RESULTS).pages(30));
        assertThat(quote.total()).isEqualTo(Money.ZERO);
        assertThat(quote.lines()).singleElement().extracting(FeeLine::ruleId).isEqualTo("ONS-PORTAL");
    }

    @Test
    void chargesNothingForContinuingCareAsPracticePolicy() {
        Quote quote = quote(FeeContext.builder(LegalBasis.TREATMENT, RequesterRole.PROVIDER,
                DeliveryMethod.DIRECT_TO_PROVIDER, Contexts.RECEIVED).purpose(PurposeKind.CONTINUING_CARE)
                .recordType(RecordType.CLINICAL_VISIT_SUMMARY).pages(40));
        assertThat(quote.total()).isEqualTo(Money.ZERO);
        assertThat(quote.lines()).singleElement().satisfies(line -> {
            assertThat(line.ruleId()).isEqualTo("ONS-CONTINUING-CARE");
            assertThat(line.citation().law()).isFalse();
            assertThat(line.cites("R5.11")).isTrue();
        });
        assertThat(quote.compliance().findings()).isEmpty();
    }

    @Test
    void labelsTheSixFiftyCapAsThePracticesOwnNotStateLaw() {
        // Contradiction 1: CT sets $0.65 a page with no cap (R5.2, R5.3); the cap is the practice's.
        PriceRule pages = seed.rules().stream().filter(r -> r.id().equals("ONS-PAGES")).findFirst().orElseThrow();
        assertThat(pages.citation().law()).isFalse();
        assertThat(pages.citation().related()).containsExactly("R5.2", "R5.3");
        Quote quote = quote(Contexts.attorney(20));
        assertThat(quote.compliance().outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        assertThat(quote.compliance().lawfulMaximum()).contains(Money.parse("13.00"));
        assertThat(quote.compliance().limitingRule()).get().extracting(Citation::ruleId).isEqualTo("R5.2");
    }

    @Test
    void findsPerPageFeeForElectronicallyKeptRecordsNotPermittedEvenUnderSixFifty() {
        // Contradiction 2 (R2.5).
        Quote quote = quote(Contexts.patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.ELECTRONIC, 10));
        assertThat(quote.total()).isEqualTo(Money.parse("6.50"));
        assertThat(quote.compliance().outcome()).isEqualTo(ComplianceOutcome.METHOD_NOT_PERMITTED);
        assertThat(quote.compliance().decisiveFindings()).singleElement()
                .extracting(f -> f.rule().ruleId()).isEqualTo("R2.5");
        assertThat(quote.compliance().permitsInvoice()).isFalse();
    }

    @Test
    void findsImageFeesAboveTheFlatFeeNeedACostBasis() {
        // Contradiction 3 (R2.3, R5.4).
        for (DeliveryMethod delivery : new DeliveryMethod[] {DeliveryMethod.SECURE_LINK, DeliveryMethod.CD_BY_MAIL}) {
            Compliance compliance = quote(Contexts.patientImages(delivery)).compliance();
            assertThat(compliance.outcome()).isEqualTo(ComplianceOutcome.NEEDS_COST_BASIS);
            assertThat(compliance.decisiveFindings()).extracting(f -> f.rule().ruleId())
                    .containsExactly("R2.3", "R5.4");
            assertThat(compliance.lawfulMaximum()).contains(Money.parse("6.50"));
            assertThat(compliance.limitingRule()).get().extracting(Citation::ruleId).isEqualTo("R2.3");
        }
    }

    @Test
    void acceptsImageFeesOnceTheCostBasisIsDocumented() {
        PriceList documented = seed.toBuilder()
                .costBasis(CostBasis.average("ONS-IMAGES-LINK", CostKind.ALLOWABLE_COST, "15.00", "2026 cost study"))
                .costBasis(CostBasis.actual("ONS-IMAGES-LINK", CostKind.MATERIALS, "15.00", "2026 cost study"))
                .build();
        Quote quote = fees.quote(documented, Contexts.patientImages(DeliveryMethod.SECURE_LINK).build());
        assertThat(quote.compliance().outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        assertThat(quote.compliance().lawfulMaximum()).contains(Money.parse("15.00"));
    }
}

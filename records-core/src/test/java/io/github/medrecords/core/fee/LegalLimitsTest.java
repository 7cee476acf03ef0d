package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Each legal rule at 0 and 1 pages and at its boundaries, with the outcome it must produce. */
class LegalLimitsTest {

    private final FeeCalculator fees = FeeCalculator.standard();

    private static PriceList perPage(String price) {
        return PriceList.builder("Test per-page prices").rule(PriceRule.perPage("PAGES", "Copies", price)).build();
    }

    private static PriceList flat(String price) {
        return PriceList.builder("Test flat prices").rule(PriceRule.perRequest("FLAT", "Copies", price)).build();
    }

    private static PriceList images(String price) {
        return PriceList.builder("Test image prices")
                .rule(PriceRule.perRequest("IMAGES", "Images", price).forImages()).build();
    }

    private Compliance check(PriceList prices, FeeContext.Builder context) {
        return fees.quote(prices, context.build()).compliance();
    }

    private static String decisiveRule(Compliance compliance) {
        return compliance.decisiveFindings().get(0).rule().ruleId();
    }

    // R5.2: $0.65 a page, including research and handling, plus first-class postage.

    @Test
    void allowsNothingForZeroPagesInConnecticut() {
        Compliance compliance = check(perPage("0.65"), Contexts.attorney(0));
        assertThat(compliance.outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        assertThat(compliance.lawfulMaximum()).contains(Money.ZERO);
    }

    @Test
    void allowsSixtyFiveCentsForOnePageInConnecticut() {
        assertThat(check(perPage("0.65"), Contexts.attorney(1)).outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        Compliance over = check(perPage("0.66"), Contexts.attorney(1));
        assertThat(over.outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        assertThat(over.lawfulMaximum()).contains(Money.parse("0.65"));
        assertThat(decisiveRule(over)).isEqualTo("R5.2");
        assertThat(over.permitsInvoice()).isFalse();
    }

    @Test
    void countsAFlatHandlingFeeAgainstThePerPageMaximum() {
        Compliance compliance = check(flat("1.00"), Contexts.attorney(1));
        assertThat(compliance.outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        assertThat(decisiveRule(compliance)).isEqualTo("R5.2");
    }

    @Test
    void allowsFirstClassPostageOnTopOfThePageRate() {
        PriceList prices = perPage("0.65").toBuilder().rule(PriceRule.postage("POSTAGE")).build();
        Quote quote = fees.quote(prices, Contexts.attorney(2).postage(Money.parse("0.78")).build());
        assertThat(quote.total()).isEqualTo(Money.parse("2.08"));
        assertThat(quote.compliance().outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        assertThat(quote.compliance().lawfulMaximum()).contains(Money.parse("2.08"));
        Quote withoutPostageRule = fees.quote(flat("2.08"), Contexts.attorney(2).postage(Money.parse("0.78")).build());
        assertThat(withoutPostageRule.compliance().outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
    }

    @Test
    void setsNoOverallCapInConnecticut() {
        // R5.3: no $6.50 cap in 20-7c.
        Compliance compliance = check(perPage("0.65"), Contexts.attorney(100));
        assertThat(compliance.outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        assertThat(compliance.lawfulMaximum()).contains(Money.parse("65.00"));
    }

    @Test
    void usesTheRateInForceOnTheDayTheRequestWasReceived() {
        FeeContext before = Contexts.attorney(10).build().toBuilder().build();
        FeeContext.Builder dayBefore = FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.THIRD_PARTY,
                DeliveryMethod.PAPER_BY_MAIL, LocalDate.of(2008, 9, 30)).recordType(RecordType.BILLING_RECORDS)
                .recordKeeping(RecordKeeping.PAPER).pages(10).jurisdictions(before.jurisdictions());
        FeeContext.Builder dayOf = FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.THIRD_PARTY,
                DeliveryMethod.PAPER_BY_MAIL, LocalDate.of(2008, 10, 1)).recordType(RecordType.BILLING_RECORDS)
                .recordKeeping(RecordKeeping.PAPER).pages(10).jurisdictions(before.jurisdictions());
        assertThat(check(perPage("0.65"), dayBefore).lawfulMaximum()).contains(Money.parse("4.50"));
        assertThat(check(perPage("0.65"), dayBefore).outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        assertThat(check(perPage("0.65"), dayOf).lawfulMaximum()).contains(Money.parse("6.50"));
        assertThat(check(perPage("0.65"), dayOf).outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
    }

    @Test
    void appliesTheConnecticutRateOnlyWhereConnecticutLawApplies() {
        FeeContext.Builder elsewhere = FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.THIRD_PARTY,
                DeliveryMethod.PAPER_BY_MAIL, Contexts.RECEIVED).recordType(RecordType.BILLING_RECORDS)
                .recordKeeping(RecordKeeping.PAPER).pages(1);
        Compliance compliance = check(perPage("5.00"), elsewhere);
        assertThat(compliance.findings()).isEmpty();
        assertThat(compliance.outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
    }

    // R5.4: x-rays at the cost of materials.

    @Test
    void needsADocumentedCostOfMaterialsForImages() {
        FeeContext.Builder attorneyImages = Contexts.attorney(0).recordType(RecordType.XRAY_IMAGES).media(1);
        assertThat(check(images("5.00"), attorneyImages).outcome()).isEqualTo(ComplianceOutcome.NEEDS_COST_BASIS);
        assertThat(decisiveRule(check(images("5.00"), attorneyImages))).isEqualTo("R5.4");
        PriceList documented = images("5.00").toBuilder()
                .costBasis(CostBasis.actual("IMAGES", CostKind.MATERIALS, "5.00", "CD and sleeve invoice")).build();
        assertThat(check(documented, attorneyImages).outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        PriceList under = images("5.00").toBuilder()
                .costBasis(CostBasis.actual("IMAGES", CostKind.MATERIALS, "4.99", "CD and sleeve invoice")).build();
        Compliance exceeds = check(under, attorneyImages);
        assertThat(exceeds.outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        assertThat(exceeds.lawfulMaximum()).contains(Money.parse("4.99"));
    }

    @Test
    void chargesNothingForImagesThatAreFree() {
        FeeContext.Builder attorneyImages = Contexts.attorney(0).recordType(RecordType.XRAY_IMAGES).media(1);
        assertThat(check(images("0.00"), attorneyImages).outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
    }

    // R5.5: no charge with Social Security claim documentation.

    @Test
    void makesADocumentedSocialSecurityClaimFreeInConnecticut() {
        PriceList seed = ExamplePractices.connecticutOrthopaedicsPriceList();
        Quote quote = fees.quote(seed, Contexts.attorney(20).purpose(PurposeKind.SOCIAL_SECURITY_CLAIM)
                .claimDocumented(true).build());
        assertThat(quote.total()).isEqualTo(Money.ZERO);
        assertThat(quote.lines()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(LineKind.EXEMPTION);
            assertThat(line.ruleId()).isEqualTo("R5.5");
        });
        assertThat(quote.compliance().isCompliant()).isTrue();
    }

    @Test
    void chargesAnUndocumentedSocialSecurityClaim() {
        Quote quote = fees.quote(perPage("0.65"), Contexts.attorney(1).purpose(PurposeKind.SOCIAL_SECURITY_CLAIM)
                .build());
        assertThat(quote.total()).isEqualTo(Money.parse("0.65"));
    }

    @Test
    void chargesOtherDocumentedBenefitClaimsUnderConnecticutLaw() {
        Quote quote = fees.quote(perPage("0.65"), Contexts.attorney(1).purpose(PurposeKind.VETERANS_BENEFIT_CLAIM)
                .claimDocumented(true).build());
        assertThat(quote.total()).isEqualTo(Money.parse("0.65"));
    }

    // R2.2: nothing for portal access.

    @Test
    void makesPortalAccessFreeWhateverThePriceList() {
        Quote quote = fees.quote(flat("5.00"),
                Contexts.patient(DeliveryMethod.PORTAL_DOWNLOAD, RecordKeeping.ELECTRONIC, 1).build());
        assertThat(quote.total()).isEqualTo(Money.ZERO);
        assertThat(quote.lines()).singleElement().extracting(FeeLine::ruleId).isEqualTo("R2.2");
    }

    // R2.5: no per-page fees for electronically kept records.

    @Test
    void forbidsPerPageFeesOnElectronicallyKeptRecordsFromTheFirstPage() {
        Compliance one = check(perPage("0.01"),
                Contexts.patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.ELECTRONIC, 1));
        assertThat(one.outcome()).isEqualTo(ComplianceOutcome.METHOD_NOT_PERMITTED);
        assertThat(decisiveRule(one)).isEqualTo("R2.5");
        Compliance zero = check(perPage("0.01"),
                Contexts.patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.ELECTRONIC, 0));
        assertThat(zero.outcome()).isNotEqualTo(ComplianceOutcome.METHOD_NOT_PERMITTED);
    }

    @Test
    void allowsPerPageFeesOnPaperRecordsWithADocumentedCost() {
        PriceList documented = perPage("0.50").toBuilder()
                .costBasis(CostBasis.average("PAGES", CostKind.ALLOWABLE_COST, "0.50", "2026 labour study")).build();
        Compliance compliance = check(documented,
                Contexts.patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 1));
        assertThat(compliance.outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
    }

    // R2.1: a reasonable, cost-based fee.

    @Test
    void needsADocumentedCostForAPatientsPaperCopies() {
        Compliance compliance = check(perPage("0.50"),
                Contexts.patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 1));
        assertThat(compliance.outcome()).isEqualTo(ComplianceOutcome.NEEDS_COST_BASIS);
        assertThat(decisiveRule(compliance)).isEqualTo("R2.1");
        assertThat(compliance.permitsInvoice()).isTrue();
    }

    @Test
    void findsAPriceAboveTheDocumentedCostExcessive() {
        PriceList documented = perPage("0.50").toBuilder()
                .costBasis(CostBasis.average("PAGES", CostKind.ALLOWABLE_COST, "0.40", "2026 labour study")).build();
        Compliance compliance = check(documented,
                Contexts.patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 10));
        assertThat(compliance.outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        assertThat(compliance.lawfulMaximum()).contains(Money.parse("4.00"));
        assertThat(compliance.limitingRule()).get().extracting(Citation::ruleId).isEqualTo("R2.1");
    }

    @Test
    void allowsAPatientNothingButPostageWithoutACostBasis() {
        PriceList postageOnly = PriceList.builder("Postage only").rule(PriceRule.postage("POSTAGE")).build();
        Compliance compliance = check(postageOnly,
                Contexts.patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 5)
                .postage(Money.parse("1.10")));
        assertThat(compliance.outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
    }

    // R2.3 / R2.4: the $6.50 flat fee is optional, not a cap.

    @Test
    void allowsTheFlatFeeUpToSixFiftyForElectronicCopiesOfElectronicRecords() {
        FeeContext.Builder hipaaOnly = FeeContext.builder(LegalBasis.INDIVIDUAL_ACCESS, RequesterRole.PATIENT,
                DeliveryMethod.SECURE_LINK, Contexts.RECEIVED).recordType(RecordType.LAB_RESULTS).pages(1);
        assertThat(check(flat("6.50"), hipaaOnly).outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        Compliance above = check(flat("6.51"), hipaaOnly);
        assertThat(above.outcome()).isEqualTo(ComplianceOutcome.NEEDS_COST_BASIS);
        assertThat(above.lawfulMaximum()).contains(Money.parse("6.50"));
        assertThat(decisiveRule(above)).isEqualTo("R2.3");
    }

    @Test
    void allowsMoreThanTheFlatFeeWithADocumentedCost() {
        FeeContext.Builder hipaaOnly = FeeContext.builder(LegalBasis.INDIVIDUAL_ACCESS, RequesterRole.PATIENT,
                DeliveryMethod.SECURE_LINK, Contexts.RECEIVED).recordType(RecordType.LAB_RESULTS).pages(1);
        PriceList documented = flat("9.00").toBuilder()
                .costBasis(CostBasis.actual("FLAT", CostKind.ALLOWABLE_COST, "9.00", "request log 2026-11")).build();
        assertThat(check(documented, hipaaOnly).outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        PriceList belowFlat = flat("9.00").toBuilder()
                .costBasis(CostBasis.actual("FLAT", CostKind.ALLOWABLE_COST, "6.00", "request log 2026-11")).build();
        Compliance exceeds = check(belowFlat, hipaaOnly);
        assertThat(exceeds.outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        assertThat(exceeds.lawfulMaximum()).contains(Money.parse("6.50"));
    }

    // R2.10: where HIPAA and the state both apply, the lower limit wins.

    @Test
    void appliesConnecticutsLowerLimitToTheFlatFee() {
        Compliance compliance = check(flat("6.50"),
                Contexts.patient(DeliveryMethod.SECURE_LINK, RecordKeeping.ELECTRONIC, 5));
        assertThat(compliance.outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        assertThat(compliance.lawfulMaximum()).contains(Money.parse("3.25"));
        assertThat(compliance.limitingRule()).get().extracting(Citation::ruleId).isEqualTo("R5.2");
    }

    @Test
    void appliesHipaasLowerLimitWhenConnecticutAllowsMore() {
        Compliance compliance = check(flat("6.50"),
                Contexts.patient(DeliveryMethod.SECURE_LINK, RecordKeeping.ELECTRONIC, 20));
        assertThat(compliance.outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        assertThat(compliance.lawfulMaximum()).contains(Money.parse("6.50"));
        assertThat(compliance.limitingRule()).get().extracting(Citation::ruleId).isEqualTo("R2.3");
    }

    // R2.7 - R2.9: the patient rate after Ciox v. Azar.

    @Test
    void appliesThePatientRateToDirectivesOnlyBeforeCiox() {
        FeeContext.Builder after = FeeContext.builder(LegalBasis.THIRD_PARTY_DIRECTIVE, RequesterRole.PATIENT,
                DeliveryMethod.PAPER_BY_MAIL, LocalDate.of(2020, 1, 23)).recordType(RecordType.LAB_RESULTS).pages(1);
        FeeContext.Builder before = FeeContext.builder(LegalBasis.THIRD_PARTY_DIRECTIVE, RequesterRole.PATIENT,
                DeliveryMethod.PAPER_BY_MAIL, LocalDate.of(2020, 1, 22)).recordType(RecordType.LAB_RESULTS)
                .pages(1);
        assertThat(check(perPage("0.65"), after).findings()).isEmpty();
        assertThat(check(perPage("0.65"), before).outcome()).isEqualTo(ComplianceOutcome.METHOD_NOT_PERMITTED);
    }

    @Test
    void neverAppliesThePatientRateToAnAuthorization() {
        for (LocalDate received : new LocalDate[] {LocalDate.of(2019, 1, 1), Contexts.RECEIVED}) {
            Compliance compliance = check(perPage("0.65"), FeeContext.builder(LegalBasis.AUTHORIZATION,
                    RequesterRole.PATIENT, DeliveryMethod.PAPER_BY_MAIL, received)
                    .recordType(RecordType.LAB_RESULTS).pages(1));
            assertThat(compliance.findings()).isEmpty();
        }
    }
}

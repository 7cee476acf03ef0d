package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of RULES.md section 6 (NY, CA, TX, FL, MA) at its boundaries, each failing if the rule is removed. */
class StateLimitsTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 6, 3);

    private final FeeCalculator fees = FeeCalculator.standard();

    private static PriceList perPage(String price) {
        return PriceList.builder("Per-page prices").rule(PriceRule.perPage("PAGES", "Copies", price)).build();
    }

    private static PriceList flat(String price) {
        return PriceList.builder("Flat prices").rule(PriceRule.perRequest("FLAT", "Copies", price)).build();
    }

    /** An attorney's request under an authorization for paper copies of paper records. */
    private static FeeContext.Builder attorney(UsState state, int pages) {
        return attorney(state, pages, DeliveryMethod.PAPER_BY_MAIL);
    }

    private static FeeContext.Builder attorney(UsState state, int pages, DeliveryMethod delivery) {
        return FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.THIRD_PARTY, delivery, RECEIVED)
                .recordType(RecordType.BILLING_RECORDS).recordKeeping(RecordKeeping.PAPER).pages(pages)
                .jurisdiction(state);
    }

    private Compliance check(PriceList prices, FeeContext.Builder context) {
        return fees.quote(prices, context.build()).compliance();
    }

    private static void assertExceeds(Compliance compliance, String ruleId, String maximum) {
        assertThat(compliance.outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        assertThat(compliance.lawfulMaximum()).contains(Money.parse(maximum));
        assertThat(compliance.limitingRule()).get().extracting(Citation::ruleId).isEqualTo(ruleId);
    }

    // New York, PHL 18(2)(e)

    @Test
    void capsNewYorkPaperCopiesAtSeventyFiveCentsAPage() {
        assertThat(check(perPage("0.75"), attorney(UsState.NY, 1)).isCompliant()).isTrue();
        assertExceeds(check(perPage("0.76"), attorney(UsState.NY, 1)), "NY.1", "0.75");
        assertExceeds(check(perPage("0.76"), attorney(UsState.NY, 100)), "NY.1", "75.00");
    }

    @Test
    void leavesNewYorkElectronicCopiesToOtherRules() {
        Compliance compliance = check(perPage("0.76"), attorney(UsState.NY, 10)
                .copyFormat(CopyFormat.ELECTRONIC));
        assertThat(compliance.findings()).isEmpty();
    }

    @Test
    void makesNewYorkBenefitClaimsFreeWithoutDocumentationAndBetweenProviders() {
        for (PurposeKind purpose : new PurposeKind[] {PurposeKind.SOCIAL_SECURITY_CLAIM,
                PurposeKind.GOVERNMENT_BENEFIT_CLAIM, PurposeKind.VETERANS_BENEFIT_CLAIM}) {
            Quote quote = fees.quote(perPage("0.75"), attorney(UsState.NY, 20).purpose(purpose).build());
            assertThat(quote.total()).isEqualTo(Money.ZERO);
            assertThat(quote.lines()).singleElement().extracting(FeeLine::ruleId).isEqualTo("NY.3");
        }
        Quote transfer = fees.quote(perPage("0.75"), FeeContext.builder(LegalBasis.TREATMENT, RequesterRole.PROVIDER,
                DeliveryMethod.DIRECT_TO_PROVIDER, RECEIVED).recordType(RecordType.LAB_RESULTS).pages(5)
                .purpose(PurposeKind.GOVERNMENT_BENEFIT_CLAIM).jurisdiction(UsState.NY).build());
        assertThat(transfer.lines()).singleElement().extracting(FeeLine::ruleId).isEqualTo("NY.3");
        Quote other = fees.quote(perPage("0.75"), attorney(UsState.NY, 20).purpose(PurposeKind.LEGAL).build());
        assertThat(other.total()).isEqualTo(Money.parse("15.00"));
    }

    @Test
    void chargesNothingForCopyingAnOriginalMammogramInNewYork() {
        PriceList images = PriceList.builder("Image prices")
                .rule(PriceRule.perMedium("IMAGES", "Image copies", "5.00")).build();
        FeeContext.Builder mammogram = attorney(UsState.NY, 0).recordType(LegalLimits.MAMMOGRAM).media(1);
        Compliance compliance = check(images, mammogram);
        assertExceeds(compliance, "NY.2", "0.00");
        FeeContext.Builder xray = attorney(UsState.NY, 0).recordType(RecordType.XRAY_IMAGES).media(1);
        assertThat(check(images, xray).isCompliant()).isTrue();
        assertThat(check(PriceList.noCharge(), mammogram).isCompliant()).isTrue();
    }

    // California, Health & Safety Code 123110 and Evidence Code 1158

    @Test
    void capsCaliforniaCopiesAtTwentyFiveCentsAPageAndFiftyFromMicrofilm() {
        assertThat(check(perPage("0.25"), attorney(UsState.CA, 1)).isCompliant()).isTrue();
        assertExceeds(check(perPage("0.26"), attorney(UsState.CA, 1)), "CA.1", "0.25");
        FeeContext.Builder microfilm = attorney(UsState.CA, 10).recordKeeping(RecordKeeping.MICROFILM);
        assertThat(check(perPage("0.50"), microfilm).isCompliant()).isTrue();
        assertExceeds(check(perPage("0.51"), microfilm), "CA.2", "5.00");
    }

    @Test
    void allowsCaliforniaClericalCostsOnlyWhenDocumented() {
        PriceList withHandling = perPage("0.25").toBuilder()
                .rule(PriceRule.perRequest("HANDLING", "Clerical handling", "10.00").forRecords()).build();
        Compliance undocumented = check(withHandling, attorney(UsState.CA, 4));
        assertThat(undocumented.outcome()).isEqualTo(ComplianceOutcome.NEEDS_COST_BASIS);
        assertThat(undocumented.decisiveFindings()).singleElement().extracting(f -> f.rule().ruleId())
                .isEqualTo("CA.1");
        PriceList documented = withHandling.toBuilder()
                .costBasis(CostBasis.average("HANDLING", CostKind.CLERICAL, "10.00", "2026 clerical time study"))
                .build();
        assertThat(check(documented, attorney(UsState.CA, 4)).isCompliant()).isTrue();
        PriceList underDocumented = withHandling.toBuilder()
                .costBasis(CostBasis.average("HANDLING", CostKind.CLERICAL, "9.99", "2026 clerical time study"))
                .build();
        assertExceeds(check(underDocumented, attorney(UsState.CA, 4)), "CA.1", "10.99");
    }

    @Test
    void makesCaliforniaPublicBenefitAppealsFree() {
        Quote quote = fees.quote(perPage("0.25"), attorney(UsState.CA, 10)
                .purpose(PurposeKind.GOVERNMENT_BENEFIT_CLAIM).build());
        assertThat(quote.lines()).singleElement().extracting(FeeLine::ruleId).isEqualTo("CA.4");
    }

    @Test
    void needsADocumentedReasonableCostForXraysSentToAnotherProviderInCalifornia() {
        PriceList images = PriceList.builder("Image prices")
                .rule(PriceRule.perMedium("IMAGES", "Image copies", "5.00")).build();
        FeeContext.Builder toProvider = FeeContext.builder(LegalBasis.TREATMENT, RequesterRole.PROVIDER,
                DeliveryMethod.DIRECT_TO_PROVIDER, RECEIVED).recordType(RecordType.XRAY_IMAGES).media(1)
                .jurisdiction(UsState.CA);
        Compliance undocumented = check(images, toProvider);
        assertThat(undocumented.outcome()).isEqualTo(ComplianceOutcome.NEEDS_COST_BASIS);
        assertThat(undocumented.decisiveFindings()).singleElement().extracting(f -> f.rule().ruleId())
                .isEqualTo("CA.3");
        PriceList documented = images.toBuilder()
                .costBasis(CostBasis.actual("IMAGES", CostKind.ACTUAL_COST, "5.00", "film duplication invoice"))
                .build();
        assertThat(check(documented, toProvider).isCompliant()).isTrue();
    }

    @Test
    void appliesEvidenceCode1158ToAnAttorneysRequestBeforeSuit() {
        FeeContext.Builder beforeSuit = attorney(UsState.CA, 10).attorneyBeforeSuit(true);
        assertThat(check(perPage("0.10"), beforeSuit).isCompliant()).isTrue();
        assertExceeds(check(perPage("0.11"), beforeSuit), "CA.5", "1.00");
        assertExceeds(check(perPage("0.25"), beforeSuit), "CA.5", "1.00");
        assertThat(check(perPage("0.25"), attorney(UsState.CA, 10)).isCompliant()).isTrue();
        FeeContext.Builder microfilm = attorney(UsState.CA, 10).attorneyBeforeSuit(true)
                .recordKeeping(RecordKeeping.MICROFILM);
        assertThat(check(perPage("0.20"), microfilm).isCompliant()).isTrue();
        assertExceeds(check(perPage("0.21"), microfilm), "CA.6", "2.00");
    }

    @Test
    void allowsActualPostageOnTopUnder1158ButNotUnder123110() {
        PriceList withPostage = perPage("0.10").toBuilder().rule(PriceRule.postage("POSTAGE")).build();
        Money postage = Money.parse("1.00");
        assertThat(check(withPostage, attorney(UsState.CA, 10).attorneyBeforeSuit(true).postage(postage))
                .isCompliant()).isTrue();
        PriceList hsc = perPage("0.25").toBuilder().rule(PriceRule.postage("POSTAGE")).build();
        // 123110 names no postage: over $0.25 a page only with postage counted inside, which is not settled.
        Compliance unsettled = check(hsc, attorney(UsState.CA, 10).postage(postage));
        assertThat(unsettled.outcome()).isEqualTo(ComplianceOutcome.UNCONFIRMED_LIMIT);
        assertThat(unsettled.permitsInvoice()).isTrue();
        assertThat(unsettled.decisiveFindings()).singleElement().satisfies(f -> {
            assertThat(f.rule().ruleId()).isEqualTo("CA.1");
            assertThat(f.lawfulMaximum()).contains(Money.parse("2.50"));
            assertThat(f.explain()).startsWith("CA.1 (UNCONFIRMED): ").contains("only if postage counts inside");
        });
        // Above the rate without the postage: a hard excess, postage or not.
        PriceList over = perPage("0.26").toBuilder().rule(PriceRule.postage("POSTAGE")).build();
        assertExceeds(check(over, attorney(UsState.CA, 10).postage(postage)), "CA.1", "2.50");
    }

    @Test
    void marksElectronicCopiesUnder1158Unconfirmed() {
        Compliance compliance = check(perPage("0.11"), attorney(UsState.CA, 10, DeliveryMethod.SECURE_LINK)
                .attorneyBeforeSuit(true));
        assertExceeds(compliance, "CA.7", "1.00");
        assertThat(compliance.limitingRule()).get().extracting(Citation::unconfirmed).isEqualTo(true);
        assertThat(compliance.decisiveFindings()).singleElement().satisfies(f ->
                assertThat(f.explain()).startsWith("CA.7 (UNCONFIRMED): "));
        assertThat(compliance.explain()).contains("under CA.7 (UNCONFIRMED)");
    }

    // Texas, 22 TAC 165.2 and its renumbered successor

    @Test
    void capsTexasPaperCopiesAtTwentyFiveDollarsForTwentyPagesThenFiftyCents() {
        assertThat(check(flat("25.00"), attorney(UsState.TX, 1)).isCompliant()).isTrue();
        assertExceeds(check(flat("25.01"), attorney(UsState.TX, 20)), "TX.1", "25.00");
        assertExceeds(check(perPage("1.26"), attorney(UsState.TX, 20)), "TX.1", "25.00");
        assertThat(check(flat("25.50"), attorney(UsState.TX, 21)).isCompliant()).isTrue();
        assertExceeds(check(flat("25.51"), attorney(UsState.TX, 21)), "TX.1", "25.50");
        assertThat(check(flat("0.01"), attorney(UsState.TX, 0)).outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
    }

    @Test
    void capsTexasElectronicCopiesAtTwentyFiveUpToFiveHundredPagesAndFiftyAbove() {
        FeeContext.Builder electronic = attorney(UsState.TX, 500, DeliveryMethod.SECURE_LINK);
        assertExceeds(check(flat("25.01"), electronic), "TX.2", "25.00");
        assertThat(check(flat("50.00"), electronic.pages(501)).isCompliant()).isTrue();
        assertExceeds(check(flat("50.01"), electronic.pages(501)), "TX.2", "50.00");
        assertExceeds(check(flat("50.01"), electronic.pages(5000)), "TX.2", "50.00");
    }

    @Test
    void marksTexasRulesUnconfirmedFromTheRenumbering() {
        FeeContext before = attorney(UsState.TX, 20).build().withReceivedOn(LegalLimits.TX_RENUMBERED.minusDays(1));
        FeeContext after = before.withReceivedOn(LegalLimits.TX_RENUMBERED);
        Compliance confirmed = fees.quote(flat("30.00"), before).compliance();
        Compliance unconfirmed = fees.quote(flat("30.00"), after).compliance();
        assertExceeds(confirmed, "TX.1", "25.00");
        assertExceeds(unconfirmed, "TX.1", "25.00");
        assertThat(confirmed.explain()).doesNotContain("UNCONFIRMED");
        assertThat(unconfirmed.explain()).contains("TX.1 (UNCONFIRMED)");
    }

    // Florida, Fla. Admin. Code 64B8-10.003

    @Test
    void chargesPatientsInFloridaOneDollarForTwentyFivePagesThenAQuarter() {
        FeeContext.Builder patient = FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.PATIENT,
                DeliveryMethod.PAPER_BY_MAIL, RECEIVED).recordType(RecordType.LAB_RESULTS)
                .recordKeeping(RecordKeeping.PAPER).pages(25).jurisdiction(UsState.FL);
        assertThat(check(perPage("1.00"), patient).isCompliant()).isTrue();
        assertExceeds(check(perPage("1.01"), patient), "FL.1", "25.00");
        assertExceeds(check(perPage("1.00"), patient.pages(26)), "FL.1", "25.25");
        FeeContext.Builder government = FeeContext.builder(LegalBasis.PUBLIC_HEALTH, RequesterRole.THIRD_PARTY,
                DeliveryMethod.FAX, RECEIVED).recordType(RecordType.LAB_RESULTS).pages(26).jurisdiction(UsState.FL);
        assertExceeds(check(perPage("1.00"), government), "FL.1", "25.25");
    }

    @Test
    void chargesOtherEntitiesInFloridaOneDollarAPage() {
        assertThat(check(perPage("1.00"), attorney(UsState.FL, 26)).isCompliant()).isTrue();
        assertExceeds(check(perPage("1.01"), attorney(UsState.FL, 1)), "FL.2", "1.00");
    }

    @Test
    void needsTheActualCostOfFloridaXrays() {
        PriceList images = PriceList.builder("Image prices")
                .rule(PriceRule.perMedium("IMAGES", "Image copies", "5.00")).build();
        FeeContext.Builder xrays = attorney(UsState.FL, 0).recordType(RecordType.XRAY_IMAGES).media(1);
        assertThat(check(images, xrays).outcome()).isEqualTo(ComplianceOutcome.NEEDS_COST_BASIS);
        PriceList documented = images.toBuilder()
                .costBasis(CostBasis.actual("IMAGES", CostKind.ACTUAL_COST, "4.00", "film invoice")).build();
        assertExceeds(check(documented, xrays), "FL.3", "4.00");
    }

    // Massachusetts, G.L. c.111 70 and c.112 12CC, by Oct 1 effective date

    @Test
    void appliesTheMassachusettsBaseFeeAndTiersOfOctober2023() {
        FeeContext.Builder context = attorney(UsState.MA, 100);
        assertThat(check(flat("123.38"), context).isCompliant()).isTrue();
        assertExceeds(check(flat("123.39"), context), "MA.1", "123.38");
        assertExceeds(check(flat("123.88"), attorney(UsState.MA, 101)), "MA.1", "123.87");
        // The base fee is per request: a flat fee within it is lawful even before a page is counted.
        assertThat(check(flat("28.38"), attorney(UsState.MA, 0)).isCompliant()).isTrue();
        assertExceeds(check(flat("28.39"), attorney(UsState.MA, 0)), "MA.1", "28.38");
    }

    @Test
    void usesTheMassachusettsRatesInForceOnTheDayReceived() {
        FeeContext oct2022 = attorney(UsState.MA, 1).build().withReceivedOn(LocalDate.of(2022, 10, 1));
        FeeContext sept2023 = oct2022.withReceivedOn(LocalDate.of(2023, 9, 30));
        FeeContext oct2023 = oct2022.withReceivedOn(LocalDate.of(2023, 10, 1));
        FeeContext sept2022 = oct2022.withReceivedOn(LocalDate.of(2022, 9, 30));
        PriceList prices = flat("100.00");
        assertThat(fees.quote(prices, sept2022).compliance().lawfulMaximum()).contains(Money.parse("27.92"));
        assertThat(fees.quote(prices, oct2022).compliance().lawfulMaximum()).contains(Money.parse("28.81"));
        assertThat(fees.quote(prices, sept2023).compliance().lawfulMaximum()).contains(Money.parse("28.81"));
        assertThat(fees.quote(prices, oct2023).compliance().lawfulMaximum()).contains(Money.parse("29.33"));
        FeeContext before = oct2022.withReceivedOn(LegalLimits.MA_FIRST_RESEARCHED.minusDays(1));
        assertThat(fees.quote(prices, before).compliance().findings()).isEmpty();
    }

    @Test
    void carriesTheOctober2023RatesForwardAsUnconfirmed() {
        FeeContext oct2024 = attorney(UsState.MA, 1).build().withReceivedOn(LegalLimits.MA_FIRST_UNCONFIRMED);
        Compliance compliance = fees.quote(flat("100.00"), oct2024).compliance();
        assertThat(compliance.lawfulMaximum()).contains(Money.parse("29.33"));
        assertThat(compliance.limitingRule()).get().extracting(Citation::unconfirmed).isEqualTo(true);
        assertThat(compliance.explain()).contains("MA.1 (UNCONFIRMED)");
    }

    @Test
    void makesMassachusettsSocialSecurityAndNeedBasedClaimsFree() {
        Quote quote = fees.quote(flat("50.00"), attorney(UsState.MA, 10).purpose(PurposeKind.SOCIAL_SECURITY_CLAIM)
                .build());
        assertThat(quote.lines()).singleElement().extracting(FeeLine::ruleId).isEqualTo("MA.2");
        Quote veterans = fees.quote(flat("20.00"), attorney(UsState.MA, 10)
                .purpose(PurposeKind.VETERANS_BENEFIT_CLAIM).build());
        assertThat(veterans.total()).isEqualTo(Money.parse("20.00"));
    }

    // R2.10: HIPAA still caps a patient's own copies where the state allows more.

    @Test
    void letsHipaaCapAPatientsOwnCopiesWhereTheStateAllowsMore() {
        FeeContext.Builder patient = FeeContext.builder(LegalBasis.INDIVIDUAL_ACCESS, RequesterRole.PATIENT,
                DeliveryMethod.SECURE_LINK, RECEIVED).recordType(RecordType.LAB_RESULTS).pages(100)
                .jurisdiction(UsState.MA);
        Compliance compliance = check(flat("20.00"), patient);
        assertThat(compliance.outcome()).isEqualTo(ComplianceOutcome.NEEDS_COST_BASIS);
        assertThat(compliance.lawfulMaximum()).contains(Money.parse("6.50"));
        assertThat(compliance.limitingRule()).get().extracting(Citation::ruleId).isEqualTo("R2.3");
    }
}

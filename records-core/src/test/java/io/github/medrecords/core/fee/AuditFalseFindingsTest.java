package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the audit must not report (flat fees within a per-request base fee or first band, postage under a
 * law that does not settle it, the same problem under each record-keeping variant, examples nobody
 * recognises) and what it must (a list that omits a legal no-fee case).
 */
class AuditFalseFindingsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private final PriceListAudit audit = PriceListAudit.standard();

    /** Free for a patient's own request and for every benefit claim, so that only the state's limits remain. */
    private static PriceList.Builder statePrices(String name) {
        return PriceList.builder(name)
                .free("FREE-PATIENT", "a patient's own copies and directives", FeeCondition.any()
                        .withLegalBases(LegalBasis.INDIVIDUAL_ACCESS, LegalBasis.THIRD_PARTY_DIRECTIVE))
                .free("FREE-CLAIMS", "records supporting a benefit claim", FeeCondition.any().withPurposes(
                        PurposeKind.SOCIAL_SECURITY_CLAIM, PurposeKind.GOVERNMENT_BENEFIT_CLAIM,
                        PurposeKind.VETERANS_BENEFIT_CLAIM));
    }

    private static List<String> blocking(AuditReport report) {
        List<String> result = new ArrayList<>();
        for (AuditFinding f : report.findings()) {
            if (f.blocksInvoices()) {
                result.add(f.priceRuleId() + " " + f.legalRuleId() + " " + f.outcome());
            }
        }
        return result;
    }

    @Test
    void passesTexasTwentyFiveDollarsForTheFirstTwentyPagesThenFiftyCents() {
        PriceList prices = statePrices("Texas clinic")
                .rule(PriceRule.perRequest("FIRST-20", "Paper copies, pages 1-20", "25.00").forRecords()
                        .withCondition(FeeCondition.any().withCopyFormat(CopyFormat.PAPER)))
                .rule(PriceRule.perPage("PAGES", "Paper copies from page 21", "0.00")
                        .withTiers(Tier.from(1, "0.00"), Tier.from(21, "0.50"))
                        .withCondition(FeeCondition.any().withCopyFormat(CopyFormat.PAPER)))
                .rule(PriceRule.perRequest("ELECTRONIC", "Electronic copies", "25.00").forRecords()
                        .withCondition(FeeCondition.any().withCopyFormat(CopyFormat.ELECTRONIC)))
                .build();
        assertThat(blocking(audit.audit(prices, UsState.TX, DAY))).isEmpty();
    }

    @Test
    void passesAMassachusettsBaseFeeWithinTheBaseButFindsOneAboveIt() {
        PriceList within = statePrices("Massachusetts hospital")
                .rule(PriceRule.perRequest("BASE", "Base charge per request", "28.38"))
                .rule(PriceRule.perPage("PAGES", "Copies", "0.95").withTiers(Tier.from(1, "0.95"),
                        Tier.from(101, "0.49")))
                .build();
        assertThat(blocking(audit.audit(within, UsState.MA, DAY))).isEmpty();
        PriceList above = within.toBuilder().rule(PriceRule.perRequest("RUSH", "Rush handling", "0.01")).build();
        AuditReport report = audit.audit(above, UsState.MA, DAY);
        // Removing any of the three clears it; the smallest change is the one reported.
        assertThat(blocking(report)).containsExactly("RUSH MA.1 EXCEEDS_LIMIT");
        assertThat(report.findings()).filteredOn(AuditFinding::blocksInvoices).singleElement()
                .satisfies(f -> assertThat(f.example().pages()).isLessThanOrEqualTo(1));
    }

    @Test
    void passesSmallFlatPerRequestFeesWithinOnePageUnderEveryPageRate() {
        assertThat(blocking(audit.audit(statePrices("NY").rule(PriceRule.perRequest("FLAT", "Copies", "0.75")
                .forRecords()).build(), UsState.NY, DAY))).isEmpty();
        assertThat(blocking(audit.audit(statePrices("CT").rule(PriceRule.perRequest("FLAT", "Copies", "0.65")
                .forRecords()).build(), UsState.CT, DAY))).isEmpty();
        assertThat(blocking(audit.audit(statePrices("FL").rule(PriceRule.perRequest("FLAT", "Copies", "1.00")
                .forRecords()).build(), UsState.FL, DAY))).isEmpty();
        // A cent more is a breach at 1 page, and reported there.
        AuditReport ct = audit.audit(statePrices("CT").rule(PriceRule.perRequest("FLAT", "Copies", "0.66")
                .forRecords()).build(), UsState.CT, DAY);
        assertThat(blocking(ct)).containsExactly("FLAT R5.2 EXCEEDS_LIMIT");
        assertThat(ct.findings().get(0).example().pages()).isEqualTo(1);
        assertThat(ct.findings().get(0).lawfulMaximum()).contains(Money.parse("0.65"));
    }

    @Test
    void reportsCaliforniaPostageInsideTheRateAsUnconfirmedOnceAndTheAttorneyRateBreachOnce() {
        PriceList prices = statePrices("California clinic")
                .rule(PriceRule.perPage("PAGES", "Copies", "0.25"))
                .rule(PriceRule.postage("POSTAGE"))
                .build();
        AuditReport report = audit.audit(prices, UsState.CA, DAY);
        assertThat(report.findings()).extracting(f -> f.priceRuleId() + " " + f.legalRuleId() + " " + f.outcome()
                + " " + f.variants()).containsExactlyInAnyOrder(
                        // Blamed on postage: without it the rate is within $0.25 a page.
                        "POSTAGE CA.1 UNCONFIRMED_LIMIT [CA.2]",
                        // $0.25 against $0.10 for an attorney before suit: one finding for paper, microfilm
                        // and electronic variants of Evidence Code 1158.
                        "PAGES CA.5 EXCEEDS_LIMIT [CA.6, CA.7]");
        AuditFinding postage = report.findings().stream()
                .filter(f -> f.outcome() == ComplianceOutcome.UNCONFIRMED_LIMIT).findFirst().orElseThrow();
        assertThat(postage.blocksInvoices()).isFalse();
        assertThat(postage.example().postage()).isEqualTo(PriceListAudit.POSTAGE);
    }

    @Test
    void probesThePageCountsWhereAnOutcomeChangesAndNeverNone() {
        PriceList seed = ExamplePractices.connecticutOrthopaedicsPriceList();
        int[] counts = PriceListAudit.pageCounts(seed, List.of());
        // $0.65 a page capped at $6.50: the cap is crossed at 11 pages.
        assertThat(counts).contains(1, 2, 10, 11, 12).doesNotContain(0);
        List<LegalLimit> ma = LegalLimits.massachusetts().get(2).limits();
        assertThat(PriceListAudit.pageCounts(PriceList.noCharge(), ma)).contains(1, 2, 100, 101, 102)
                .doesNotContain(0);
    }

    @Test
    void usesExamplesAPracticeRecognises() {
        assertThat(PriceListAudit.recognisable(RequesterRole.THIRD_PARTY, LegalBasis.AUTHORIZATION,
                DeliveryMethod.PORTAL_DOWNLOAD)).isFalse();
        assertThat(PriceListAudit.recognisable(RequesterRole.PATIENT, LegalBasis.THIRD_PARTY_DIRECTIVE,
                DeliveryMethod.PORTAL_DOWNLOAD)).isFalse();
        assertThat(PriceListAudit.recognisable(RequesterRole.PERSONAL_REPRESENTATIVE, LegalBasis.INDIVIDUAL_ACCESS,
                DeliveryMethod.PORTAL_DOWNLOAD)).isTrue();
        assertThat(PriceListAudit.recognisable(RequesterRole.THIRD_PARTY, LegalBasis.AUTHORIZATION,
                DeliveryMethod.PAPER_BY_MAIL)).isTrue();
        for (AuditFinding f : audit.audit(ExamplePractices.connecticutOrthopaedicsPriceList(), UsState.CT, DAY)
                .findings()) {
            assertThat(f.example().pages()).isBetween(0, 11);
            assertThat(f.example().deliveryMethod()).isNotEqualTo(DeliveryMethod.PORTAL_DOWNLOAD);
        }
    }

    @Test
    void reportsAListThatOmitsALegalNoFeeCaseWithoutBlockingInvoices() {
        PriceList silent = PriceList.builder("Silent on claims")
                .free("FREE-PATIENT", "a patient's own copies and directives", FeeCondition.any()
                        .withLegalBases(LegalBasis.INDIVIDUAL_ACCESS, LegalBasis.THIRD_PARTY_DIRECTIVE))
                .rule(PriceRule.perPage("PAGES", "Copies", "0.10"))
                .build();
        for (String[] state : new String[][] {{"CT", "R5.5"}, {"CA", "CA.4"}, {"MA", "MA.2"}, {"NY", "NY.3"}}) {
            AuditReport report = audit.audit(silent, UsState.valueOf(state[0]), DAY);
            assertThat(report.findings()).as(state[0]).extracting(f -> f.priceRuleId() + " " + f.legalRuleId())
                    .contains("PAGES " + state[1]);
            assertThat(report.findings()).as(state[0]).filteredOn(f -> f.legalRuleId().equals(state[1]))
                    .singleElement().satisfies(f -> {
                        assertThat(f.outcome()).isEqualTo(ComplianceOutcome.LIST_OMITS_EXEMPTION);
                        assertThat(f.blocksInvoices()).isFalse();
                        assertThat(f.example().purpose().isBenefitClaim()).isTrue();
                    });
        }
        // Saying it clears the finding.
        PriceList saying = silent.toBuilder().free("FREE-CLAIMS", "records supporting a benefit claim",
                FeeCondition.any().withPurposes(PurposeKind.SOCIAL_SECURITY_CLAIM, PurposeKind.GOVERNMENT_BENEFIT_CLAIM,
                        PurposeKind.VETERANS_BENEFIT_CLAIM)).build();
        assertThat(audit.audit(saying, UsState.CT, DAY).findings())
                .noneMatch(f -> f.outcome() == ComplianceOutcome.LIST_OMITS_EXEMPTION);
    }
}

package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which price rule the audit tells a practice to change when a charge needs a documented cost: each charge
 * the legal rule judges that has no cost basis, never a documented one, never the page rate that a page
 * maximum judges by itself, never a charge for records under a rule about images.
 */
class AuditBlameTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    /** Free for a patient's own request and for every benefit claim, so that only the state's limits remain. */
    private static PriceList.Builder statePrices(String name) {
        return PriceList.builder(name)
                .free("FREE-PATIENT", "a patient's own copies and directives", FeeCondition.any()
                        .withLegalBases(LegalBasis.INDIVIDUAL_ACCESS, LegalBasis.THIRD_PARTY_DIRECTIVE))
                .free("FREE-CLAIMS", "records supporting a benefit claim", FeeCondition.any().withPurposes(
                        PurposeKind.SOCIAL_SECURITY_CLAIM, PurposeKind.GOVERNMENT_BENEFIT_CLAIM,
                        PurposeKind.VETERANS_BENEFIT_CLAIM));
    }

    private static List<String> findings(AuditReport report, String legalRuleId) {
        return report.findings().stream().filter(f -> f.legalRuleId().equals(legalRuleId))
                .map(f -> f.priceRuleId() + " " + f.outcome()).sorted().toList();
    }

    @Test
    void blamesEachUndocumentedImageChargeUnderTheCostOfMaterialsAndNeitherTheDocumentedOneNorThePages() {
        PriceList prices = statePrices("Connecticut imaging")
                .rule(PriceRule.perPage("PAGES", "Copies of records", "0.50"))
                .rule(PriceRule.perMedium("CD", "Images on CD", "5.00").forImages())
                .rule(PriceRule.perRequest("FILM", "Film handling", "3.00").forImages())
                .rule(PriceRule.perRequest("BURN", "Disc burning", "2.00").forImages())
                .costBasis(new CostBasis("CD", CostKind.MATERIALS, CostMethod.ACTUAL, Money.parse("5.00"),
                        "CD supplier invoice 2026"))
                .build();

        AuditReport report = PriceListAudit.standard().audit(prices, UsState.CT, DAY);

        assertThat(findings(report, "R5.4")).containsExactly("BURN NEEDS_COST_BASIS", "FILM NEEDS_COST_BASIS");
    }

    @Test
    void blamesEachUndocumentedAddOnUnderACaliforniaPageRateAndNeitherThePageRateNorTheImages() {
        PriceList prices = statePrices("California clinic")
                .rule(PriceRule.perPage("PAGES", "Copies of records", "0.25"))
                .rule(PriceRule.perRequest("CLERK", "Clerical handling", "10.00").forRecords())
                .rule(PriceRule.perRequest("RUSH", "Rush handling", "5.00"))
                .rule(PriceRule.perMedium("CD", "Images on CD", "5.00").forImages())
                .build();

        AuditReport report = PriceListAudit.standard().audit(prices, UsState.CA, DAY);

        assertThat(findings(report, "CA.1")).contains("CLERK NEEDS_COST_BASIS", "RUSH NEEDS_COST_BASIS")
                .doesNotContain("CD NEEDS_COST_BASIS");
        assertThat(report.findings()).as("the page rate is the law's own rate: never blamed at a size a practice sees")
                .noneMatch(f -> f.priceRuleId().equals("PAGES") && f.legalRuleId().equals("CA.1")
                        && f.example().pages() <= 10_000);
    }

    @Test
    void blamesOnlyTheUndocumentedChargesOfAPatientsCostBasedFee() {
        PriceList prices = PriceList.builder("Patient prices")
                .rule(PriceRule.perPage("PAGES", "Copies of records", "0.10"))
                .rule(PriceRule.perRequest("HANDLING", "Handling", "2.00"))
                .rule(PriceRule.perRequest("LINK", "Secure link", "1.00"))
                .costBasis(new CostBasis("PAGES", CostKind.ALLOWABLE_COST, CostMethod.ACTUAL, Money.parse("0.10"),
                        "paper and toner 2026"))
                .build();

        AuditReport report = PriceListAudit.standard().audit(prices, UsState.CT, DAY);

        // Each undocumented charge needs a cost basis of its own; of two that each clear a breach, the smaller is
        // the change to make (the $1.00 link at 36 pages: $3.60 + $3.00 over the $6.50 flat fee).
        assertThat(report.findings()).filteredOn(f -> f.outcome() == ComplianceOutcome.NEEDS_COST_BASIS)
                .extracting(AuditFinding::priceRuleId).contains("HANDLING", "LINK");
        assertThat(report.findings()).filteredOn(f -> f.priceRuleId().equals("LINK")
                && f.legalRuleId().equals("R2.3")).singleElement().satisfies(f -> {
                    assertThat(f.example().pages()).isEqualTo(36);
                    assertThat(f.lawfulMaximum()).contains(Money.parse("6.50"));
                    assertThat(f.variants()).contains("R2.1");
                });
        assertThat(report.findings()).as("a documented page rate never needs a cost basis at a size a practice sees")
                .noneMatch(f -> f.priceRuleId().equals("PAGES") && f.outcome() == ComplianceOutcome.NEEDS_COST_BASIS
                        && f.example().pages() <= 10_000);
    }
}

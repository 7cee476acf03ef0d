package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit of a whole price list: the seed list's findings, a compliant list, a single overcharge. */
class PriceListAuditTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private final PriceListAudit audit = PriceListAudit.standard();
    private final FeeCalculator fees = FeeCalculator.standard();

    /** Free for a patient's own copies and directives (HIPAA, R2.1-R2.5); $0.45 a page and $5 images else. */
    static PriceList compliantConnecticut() {
        return PriceList.builder("Compliant Connecticut prices")
                .free("FREE-PATIENT", "a patient's own copies and directives",
                        FeeCondition.any().withLegalBases(LegalBasis.INDIVIDUAL_ACCESS,
                                LegalBasis.THIRD_PARTY_DIRECTIVE), "R2.5")
                .free("FREE-SSA", "records supporting a documented Social Security claim or appeal",
                        FeeCondition.any().withPurposes(PurposeKind.SOCIAL_SECURITY_CLAIM).withDocumentedClaim(), "R5.5")
                .rule(PriceRule.perPage("PAGES", "Copies of records", "0.45"))
                .rule(PriceRule.perRequest("IMAGES", "Image copies", "5.00").forImages())
                .rule(PriceRule.postage("POSTAGE"))
                .costBasis(CostBasis.actual("IMAGES", CostKind.MATERIALS, "5.00", "CD supplier invoice"))
                .build();
    }

    @Test
    void reportsTheSeedListsContradictionsUnderConnecticutAndNothingElse() {
        AuditReport report = audit.audit(ExamplePractices.connecticutOrthopaedicsPriceList(), UsState.CT, DAY);
        assertThat(report.findings()).extracting(f -> f.priceRuleId() + " " + f.legalRuleId() + " " + f.outcome())
                .containsExactlyInAnyOrder(
                        // Contradiction 2: per-page fees for electronically kept records (R2.5), and
                        // per-page fees for paper records only within a documented cost-based fee (R2.1).
                        "ONS-PAGES R2.5 METHOD_NOT_PERMITTED",
                        "ONS-PAGES R2.1 NEEDS_COST_BASIS",
                        // Contradiction 3: $15 / $25 images above the flat fee (R2.3, its paper and film
                        // variant R2.1 folded in), at the cost of materials in CT (R5.4).
                        "ONS-IMAGES-LINK R2.3 NEEDS_COST_BASIS",
                        "ONS-IMAGES-LINK R5.4 NEEDS_COST_BASIS",
                        "ONS-IMAGES-CD R2.3 NEEDS_COST_BASIS",
                        "ONS-IMAGES-CD R5.4 NEEDS_COST_BASIS",
                        // The published list says nothing of the Social Security exemption (R5.5).
                        "ONS-PAGES, ONS-IMAGES-LINK, ONS-IMAGES-CD R5.5 LIST_OMITS_EXEMPTION");
        AuditFinding perPage = report.findings().stream().filter(f -> f.legalRuleId().equals("R2.5")).findFirst()
                .orElseThrow();
        assertThat(perPage.example().pages()).isEqualTo(1);
        assertThat(perPage.example().legalBasis()).isEqualTo(LegalBasis.INDIVIDUAL_ACCESS);
        assertThat(perPage.example().recordKeeping()).isEqualTo(RecordKeeping.ELECTRONIC);
        assertThat(perPage.citation()).isEqualTo(Citation.law("R2.5", "[WK][LEX]"));
        AuditFinding images = report.findings().stream()
                .filter(f -> f.priceRuleId().equals("ONS-IMAGES-LINK") && f.legalRuleId().equals("R2.3"))
                .findFirst().orElseThrow();
        assertThat(images.lawfulMaximum()).contains(Money.parse("6.50"));
        assertThat(images.example().media()).isEqualTo(1);
        assertThat(images.variants()).containsExactly("R2.1");
        assertThat(report.findings()).filteredOn(AuditFinding::blocksInvoices).extracting(AuditFinding::legalRuleId)
                .containsExactly("R2.5");
        assertThat(report.passes()).isFalse();
    }

    @Test
    void reproducesEveryFindingByQuotingItsExample() {
        PriceList seed = ExamplePractices.connecticutOrthopaedicsPriceList();
        FeeCalculator published = FeeCalculator.of(LegalLimits.of(List.of()));
        for (AuditFinding finding : audit.audit(seed, UsState.CT, DAY).findings()) {
            Quote quote = fees.quote(seed, finding.example());
            if (finding.outcome() == ComplianceOutcome.LIST_OMITS_EXEMPTION) {
                assertThat(quote.total()).isEqualTo(Money.ZERO);
                assertThat(quote.lines()).singleElement().extracting(FeeLine::ruleId).isEqualTo(finding.legalRuleId());
                assertThat(published.quote(seed, finding.example()).total()).isEqualTo(finding.charged());
                continue;
            }
            assertThat(quote.compliance().findings()).anySatisfy(f -> {
                assertThat(f.limit()).isEqualTo(finding.limit());
                assertThat(f.outcome()).isEqualTo(finding.outcome());
                assertThat(f.lawfulMaximum()).isEqualTo(finding.lawfulMaximum());
            });
        }
    }

    @Test
    void reportsNothingForAListBuiltToComply() {
        AuditReport report = audit.audit(compliantConnecticut(), UsState.CT, DAY);
        assertThat(report.findings()).isEmpty();
        assertThat(report.passes()).isTrue();
        assertThat(report.contextsExplored()).isGreaterThan(5_000);
        assertThat(audit.audit(PriceList.noCharge(), UsState.TX, DAY).passes()).isTrue();
    }

    @Test
    void reportsExactlyOneFindingForAListThatOverchargesInOneContext() {
        // A $1 rush fee on top of $0.45 a page, only for a provider's fax of lab results under an
        // authorization: above CT's $0.65 a page (R5.2) below 5 pages.
        PriceList prices = compliantConnecticut().toBuilder()
                .rule(PriceRule.perRequest("FAX-LABS", "Faxed lab results", "1.00").forRecords()
                        .withCondition(FeeCondition.any()
                        .withRoles(RequesterRole.PROVIDER).withLegalBases(LegalBasis.AUTHORIZATION)
                        .withDeliveryMethods(DeliveryMethod.FAX).withRecordTypes(RecordType.LAB_RESULTS)))
                .build();
        AuditReport report = audit.audit(prices, UsState.CT, DAY);
        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.priceRuleId()).isEqualTo("FAX-LABS");
            assertThat(finding.legalRuleId()).isEqualTo("R5.2");
            assertThat(finding.outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
            // Probed from 1 page, never 0: $1.00 + $0.45 against $0.65 for one page.
            assertThat(finding.lawfulMaximum()).contains(Money.parse("0.65"));
            assertThat(finding.charged()).isEqualTo(Money.parse("1.45"));
            assertThat(finding.example().pages()).isEqualTo(1);
            assertThat(finding.example().recordTypes()).containsExactly(RecordType.LAB_RESULTS);
            assertThat(finding.example().deliveryMethod()).isEqualTo(DeliveryMethod.FAX);
        });
    }

    @Test
    void findsABreachOnlyPastTheLastTierOfTheLaw() {
        // Massachusetts allows $0.49 a page from page 101; this list charges $0.50 from 101.
        PriceList prices = PriceList.builder("Tiered")
                .free("FREE-PATIENT", "a patient's own copies", FeeCondition.any()
                        .withLegalBases(LegalBasis.INDIVIDUAL_ACCESS, LegalBasis.THIRD_PARTY_DIRECTIVE))
                .rule(PriceRule.perPage("PAGES", "Copies", "0.95").withTiers(Tier.from(1, "0.95"),
                        Tier.from(101, "0.50")))
                .build();
        AuditReport report = audit.audit(prices, UsState.MA, DAY);
        assertThat(report.findings()).filteredOn(AuditFinding::blocksInvoices).extracting(AuditFinding::legalRuleId)
                .containsOnly("MA.1");
        assertThat(report.findings()).filteredOn(AuditFinding::blocksInvoices).allSatisfy(f -> {
            assertThat(f.citation().unconfirmed()).isTrue();
            assertThat(f.explain()).contains("MA.1 (UNCONFIRMED)");
        });
        // $95 + $0.50 a page from 101 first passes $28.38 + $95 + $0.49 a page from 101 at page 2,939: the audit
        // reports the page count where the outcome changes, not the far probe.
        assertThat(report.findings()).filteredOn(AuditFinding::blocksInvoices).singleElement()
                .satisfies(f -> assertThat(f.example().pages()).isEqualTo(2939));
    }

    @Test
    void printsATableNamingEachPairAndItsExample() {
        String table = audit.audit(ExamplePractices.connecticutOrthopaedicsPriceList(), UsState.CT, DAY).table();
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(2 + 7);
        assertThat(lines.get(1)).startsWith("Price rule").contains("Legal rule").contains("Smallest example");
        assertThat(table).contains("ONS-PAGES").contains("R2.5 [WK][LEX]").contains("METHOD_NOT_PERMITTED");
    }
}

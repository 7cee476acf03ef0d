package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page counts the audit probes for a list's page rates: 1 and 2, the far end, and the pages on either
 * side of every tier start, of every legal band start and of the first page a cap cuts the charge at, so
 * that an outcome that changes there is seen where it changes.
 */
class AuditPageProbesTest {

    private static final int MAX = FeeContext.MAX_PAGES;

    private static int[] probes(PriceRule... rules) {
        PriceList.Builder b = PriceList.builder("Probes");
        for (PriceRule rule : rules) {
            b.rule(rule);
        }
        return PriceListAudit.pageCounts(b.build(), List.of());
    }

    @Test
    void probesAroundTheFirstPageACapCuts() {
        // $0.65 a page capped at $6.50: 10 pages cost $6.50, the 11th is the first the cap cuts.
        assertThat(probes(PriceRule.perPage("P", "Pages", "0.65").withCap("6.50")))
                .containsExactly(1, 2, 10, 11, 12, MAX);
    }

    @Test
    void findsTheCapCrossingInALaterTierAfterAddingUpTheEarlierOnes() {
        // $1.00 for pages 1-10 ($10.00), then $0.50: $12.00 is reached at 14 pages, cut from the 15th.
        assertThat(probes(PriceRule.perPage("P", "Pages", "1.00").withTiers(Tier.from(1, "1.00"), Tier.from(11, "0.50"))
                .withCap("12.00"))).containsExactly(1, 2, 10, 11, 12, 14, 15, 16, MAX);
    }

    @Test
    void aCapReachedOnTheLastPageOfATierIsCrossedThere() {
        // $9.00 is reached at 9 pages; the 10th, still in the first tier, is the first the cap cuts.
        assertThat(probes(PriceRule.perPage("P", "Pages", "1.00").withTiers(Tier.from(1, "1.00"), Tier.from(11, "0.50"))
                .withCap("9.00"))).containsExactly(1, 2, 9, 10, 11, 12, MAX);
    }

    @Test
    void skipsFreeTiersAndProbesTheFarEndWhereNoChargeEverReachesTheCap() {
        assertThat(probes(PriceRule.perPage("P", "Pages", "0.00").withTiers(Tier.from(1, "0.00"), Tier.from(11, "1.00"))
                .withCap("5.00"))).containsExactly(1, 2, 10, 11, 12, 15, 16, 17, MAX);
        assertThat(probes(PriceRule.perPage("P", "Pages", "0.00").withCap("5.00")))
                .containsExactly(1, 2, MAX - 1, MAX);
    }

    @Test
    void probesAroundLegalBandStartsAndIgnoresChargesThatAreNotPerPage() {
        PriceList list = PriceList.builder("Bands").rule(PriceRule.perRequest("R", "Handling", "5.00").withCap("5.00"))
                .build();
        LegalLimit texas = LegalLimit.pageSchedule(Citation.law("TX.1", "[TX]"), "Texas paper copies",
                FeeCondition.any(), PageSchedule.none().plusFlatFrom(1, "25.00").plusPerPageFrom(21, "0.50"), true);
        assertThat(PriceListAudit.pageCounts(list, List.of(texas))).containsExactly(1, 2, 20, 21, 22, MAX);
        assertThat(PriceListAudit.pageCounts(list, List.of(LegalLimit.costBased(Citation.law("R2.1", "[HHS]"),
                "cost-based", FeeCondition.any())))).containsExactly(1, 2, MAX);
    }
}

package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.request.RecordType;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Tiers, caps and validation of price rules and price lists. */
class PriceRuleTest {

    private final FeeCalculator fees = FeeCalculator.standard();
    private final PriceList tiered = PriceList.builder("Tiered test prices")
            .rule(PriceRule.perPage("TIERED", "Copies", "0.95").withTiers(Tier.from(1, "0.95"), Tier.from(101, "0.49"))
                    .withCap("100.00"))
            .build();

    private List<FeeLine> lines(int pages) {
        return fees.quote(tiered, Contexts.attorney(pages).build()).lines();
    }

    @Test
    void chargesTheFirstTierUpToItsLastPage() {
        assertThat(lines(100)).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(100);
            assertThat(line.amount()).isEqualTo(Money.parse("95.00"));
        });
    }

    @Test
    void chargesTheSecondTierFromItsFirstPage() {
        List<FeeLine> lines = lines(101);
        assertThat(lines).extracting(FeeLine::quantity).containsExactly(100L, 1L);
        assertThat(lines).extracting(FeeLine::unitPrice).containsExactly(Money.parse("0.95"), Money.parse("0.49"));
        assertThat(lines.get(1).description()).isEqualTo("Copies, pages from 101");
    }

    @Test
    void capsTieredChargesAtTheCapBoundary() {
        // 100 x 0.95 + 10 x 0.49 = 99.90; 11 x 0.49 takes it to 100.39.
        assertThat(lines(110)).extracting(FeeLine::kind).containsExactly(LineKind.CHARGE, LineKind.CHARGE);
        List<FeeLine> capped = lines(111);
        assertThat(capped).extracting(FeeLine::kind).containsExactly(LineKind.CHARGE, LineKind.CHARGE, LineKind.CAP);
        assertThat(capped.get(2).amount()).isEqualTo(Money.parse("-0.39"));
        assertThat(fees.quote(tiered, Contexts.attorney(111).build()).total()).isEqualTo(Money.parse("100.00"));
    }

    @Test
    void explainsTiersInPlainWords() {
        assertThat(fees.quote(tiered, Contexts.attorney(102).build()).explain())
                .isEqualTo("Copies, pages 1-100: 100 pages at $0.95 plus 2 pages at $0.49. Total $95.98.");
    }

    @Test
    void refusesTiersThatDoNotStartAtOne() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> PriceRule.perPage("X", "Copies", "1").withTiers(Tier.from(2, "1.00")));
    }

    @Test
    void refusesTiersOutOfOrder() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> PriceRule.perPage("X", "Copies", "1")
                .withTiers(Tier.from(1, "1.00"), Tier.from(50, "0.50"), Tier.from(50, "0.40")));
    }

    @Test
    void refusesAPerPageRuleForImages() {
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> PriceRule.perPage("X", "Copies", "1").forImages());
    }

    @Test
    void refusesDuplicateRuleIdsAndOrphanCostBases() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> PriceList.builder("Bad")
                .rule(PriceRule.perPage("X", "Copies", "1")).rule(PriceRule.perRequest("X", "Flat", "1"))
                .costBasis(CostBasis.average("Y", CostKind.ALLOWABLE_COST, "1", "study")).build())
                .withMessageContaining("X is used twice").withMessageContaining("names no rule Y");
    }

    @Test
    void refusesFractionsOfACent() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> PriceRule.perPage("X", "Copies", "0.655"));
    }

    @Test
    void refusesALineWhoseAmountDoesNotFollowFromItsQuantity() {
        Citation citation = Citation.practice("X", "Test");
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> FeeLine.of("X", LineKind.CHARGE,
                ChargeBasis.PER_PAGE, ChargeScope.RECORDS, "Copies", 2, Money.parse("0.65"), Money.parse("1.00"),
                citation));
    }

    @Test
    void pricesRecordTypesApart() {
        PriceList byType = PriceList.builder("Prices by image type")
                .rule(PriceRule.perMedium("XRAY", "X-ray images", "4.00")
                        .withCondition(FeeCondition.any().withRecordTypes(RecordType.XRAY_IMAGES)))
                .rule(PriceRule.perMedium("MRI", "MRI images", "9.00")
                        .withCondition(FeeCondition.any().withRecordTypes(RecordType.MRI_IMAGES)))
                .build();
        Quote xray = fees.quote(byType, Contexts.attorney(0).recordType(RecordType.XRAY_IMAGES).media(2).build());
        assertThat(xray.lines()).singleElement().extracting(FeeLine::ruleId).isEqualTo("XRAY");
        assertThat(xray.total()).isEqualTo(Money.parse("8.00"));
    }

    @Test
    void chargesNothingWithTheDefaultPriceList() {
        Quote quote = fees.quote(PriceList.noCharge(), Contexts.attorney(500).build());
        assertThat(quote.total()).isEqualTo(Money.ZERO);
        assertThat(quote.compliance().isCompliant()).isTrue();
        assertThat(quote.explain()).isEqualTo("No charge: no price applies. Total $0.00.");
    }
}

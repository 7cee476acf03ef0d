package io.github.medrecords.testkit.fee;

import static io.github.medrecords.testkit.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.FeeLine;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of every quote, over seeded contexts from {@link FeeContextGenerator}. */
class FeeProperties {

    private static final int EXAMPLES = 2000;

    private final FeeCalculator fees = FeeCalculator.standard();
    private final PriceList seed = ExamplePractices.connecticutOrthopaedicsPriceList();
    private final PriceList compliant = CompliantPriceLists.connecticut();
    private final List<PriceList> priceLists = List.of(seed, compliant, PriceList.noCharge());

    @Test
    void totalIsTheSumOfTheLines() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(s -> {
            FeeContext context = FeeContextGenerator.fromSeed(s);
            for (PriceList prices : priceLists) {
                assertThat(fees.quote(prices, context)).hasTotalEqualToSumOfLines();
                assertThat(fees.estimate(prices, context)).hasTotalEqualToSumOfLines();
            }
        });
    }

    @Test
    void cappedTotalNeverExceedsTheCap() {
        Money cap = Money.parse("6.50");
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(s -> {
            Quote quote = fees.quote(seed, FeeContextGenerator.fromSeed(s));
            Money pages = Money.ZERO;
            for (FeeLine line : quote.lines()) {
                if (line.ruleId().equals("ONS-PAGES")) {
                    pages = pages.plus(line.amount());
                }
            }
            org.assertj.core.api.Assertions.assertThat(pages).isLessThanOrEqualTo(cap);
        });
    }

    @Test
    void totalNeverDecreasesAsPagesGrow() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 500)).checkAssert((s, more) -> {
            FeeContext context = FeeContextGenerator.fromSeed(s);
            FeeContext bigger = context.withPages(context.pages() + more);
            for (PriceList prices : priceLists) {
                org.assertj.core.api.Assertions.assertThat(fees.quote(prices, bigger).total())
                        .isGreaterThanOrEqualTo(fees.quote(prices, context).total());
            }
        });
    }

    @Test
    void exemptContextsAreAlwaysFree() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(s -> {
            FeeContext context = FeeContextGenerator.seeded(s).nextExempt();
            for (PriceList prices : priceLists) {
                assertThat(fees.quote(prices, context)).isFree().hasLineCount(1).isCompliant();
            }
        });
    }

    @Test
    void noAmountHasFractionsOfACent() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(s -> {
            FeeContext context = FeeContextGenerator.fromSeed(s);
            for (PriceList prices : priceLists) {
                Quote quote = fees.quote(prices, context);
                assertWholeCents(quote.total());
                for (FeeLine line : quote.lines()) {
                    assertWholeCents(line.amount());
                    assertWholeCents(line.unitPrice());
                }
                quote.compliance().lawfulMaximum().ifPresent(FeeProperties::assertWholeCents);
            }
        });
    }

    @Test
    void compliantPriceListStaysCompliantForEveryContext() {
        // the list is Connecticut's: it is compliant under HIPAA alone and with Connecticut's law
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(s ->
                assertThat(compliant).isCompliantFor(FeeContextGenerator.seeded(s)
                        .withJurisdictions(s % 4 == 0 ? Set.of() : Set.of(UsState.CT)).next()));
    }

    @Test
    void noChargePriceListIsCompliantForEveryContext() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(s ->
                assertThat(PriceList.noCharge()).isCompliantFor(FeeContextGenerator.fromSeed(s)));
    }

    private static void assertWholeCents(Money amount) {
        BigDecimal cents = amount.amount().movePointRight(2);
        org.assertj.core.api.Assertions.assertThat(cents.stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(amount.amount().scale()).isEqualTo(2);
    }
}

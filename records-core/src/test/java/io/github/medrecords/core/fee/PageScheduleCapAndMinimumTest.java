package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A page schedule's cap ("not to exceed") and minimum ("or a minimum fee of, whichever is greater"): the maximum on
 * both sides of where each starts to bind, the pages where it does (the audit probes them), and the schedule as a
 * value.
 */
class PageScheduleCapAndMinimumTest {

    private static final int MAX = FeeContext.MAX_PAGES;

    @Test
    void aCapBindsFromThePageWhereThePagesReachIt() {
        PageSchedule dollarAPage = PageSchedule.perPage("1.00").withCap("50.00");

        assertThat(dollarAPage.maximumFor(49)).isEqualTo(dollars("49.00"));
        assertThat(dollarAPage.maximumFor(50)).isEqualTo(dollars("50.00"));
        assertThat(dollarAPage.maximumFor(51)).isEqualTo(dollars("50.00"));
        assertThat(dollarAPage.maximumFor(MAX)).isEqualTo(dollars("50.00"));
        assertThat(dollarAPage.cap()).contains(dollars("50.00"));
        assertThat(dollarAPage.minimum()).isEmpty();
        assertThat(dollarAPage.bandStarts()).containsExactly(1, 50);
    }

    @Test
    void aCapBelowTheBaseFeeBindsEvenForNoPagesAndAddsNoBandStart() {
        PageSchedule capped = PageSchedule.baseFee("20.00").plusPerPageFrom(1, "1.00").withCap("15.00");

        assertThat(capped.maximumFor(0)).isEqualTo(dollars("15.00"));
        assertThat(capped.maximumFor(10)).isEqualTo(dollars("15.00"));
        assertThat(capped.bandStarts()).containsExactly(1);
    }

    @Test
    void aCapThatBindsFromTheFirstPageAddsNoSecondStart() {
        assertThat(PageSchedule.perPage("5.00").withCap("5.00").bandStarts()).containsExactly(1);
        assertThat(PageSchedule.perPage("5.00").withCap("4.00").bandStarts()).containsExactly(1);
    }

    @Test
    void aCapThePagesNeverReachAddsNoBandStart() {
        PageSchedule flat = PageSchedule.none().plusFlatFrom(1, "25.00").withCap("30.00");

        assertThat(flat.maximumFor(MAX)).isEqualTo(dollars("25.00"));
        assertThat(flat.bandStarts()).containsExactly(1);
    }

    @Test
    void aCapReachedOnlyAtTheLastPageCountedStartsThere() {
        PageSchedule cent = PageSchedule.perPage("0.01").withCap("10000.00");

        assertThat(cent.maximumFor(MAX - 1)).isEqualTo(dollars("9999.99"));
        assertThat(cent.bandStarts()).containsExactly(1, MAX);
    }

    @Test
    void aMinimumTheFirstPageAlreadyExceedsAddsNoBandStart() {
        PageSchedule low = PageSchedule.perPage("2.00").withMinimum("1.50");

        assertThat(low.maximumFor(1)).isEqualTo(dollars("2.00"));
        assertThat(low.bandStarts()).containsExactly(1);
    }

    @Test
    void aMinimumThePagesJustReachAtABandsStartAddsItOnce() {
        PageSchedule nc = PageSchedule.perPage("1.00").plusPerPageFrom(11, "0.50").withMinimum("10.00");

        assertThat(nc.maximumFor(10)).isEqualTo(dollars("10.00"));
        assertThat(nc.maximumFor(11)).isEqualTo(dollars("10.50"));
        assertThat(nc.bandStarts()).containsExactly(1, 11);
    }

    @Test
    void aBaseFeeAboveTheMinimumAddsNoBandStart() {
        PageSchedule based = PageSchedule.baseFee("20.00").withMinimum("10.00");

        assertThat(based.maximumFor(1)).isEqualTo(dollars("20.00"));
        assertThat(based.bandStarts()).isEmpty();
    }

    @Test
    void aCapThatBindsFromTheFirstPageStartsThereWhenNoBandDoes() {
        PageSchedule least = PageSchedule.none().withMinimum("10.00").withCap("10.00");

        assertThat(least.maximumFor(0)).isEqualTo(Money.ZERO);
        assertThat(least.maximumFor(1)).isEqualTo(dollars("10.00"));
        assertThat(least.bandStarts()).containsExactly(1);
    }

    @Test
    void aCapBindingBeforeALaterBandStartsInOrder() {
        PageSchedule capped = PageSchedule.perPage("1.00").plusPerPageFrom(21, "0.50").withCap("10.00");

        assertThat(capped.maximumFor(9)).isEqualTo(dollars("9.00"));
        assertThat(capped.maximumFor(10)).isEqualTo(dollars("10.00"));
        assertThat(capped.bandStarts()).containsExactly(1, 10, 21);
    }

    @Test
    void aMinimumThePagesNeverExceedAddsNoBandStart() {
        PageSchedule flat = PageSchedule.none().plusFlatFrom(1, "5.00").withMinimum("10.00");

        assertThat(flat.maximumFor(0)).isEqualTo(Money.ZERO);
        assertThat(flat.maximumFor(1)).isEqualTo(dollars("10.00"));
        assertThat(flat.maximumFor(MAX)).isEqualTo(dollars("10.00"));
        assertThat(flat.bandStarts()).containsExactly(1);
    }

    @Test
    void aMinimumAboveTheCapIsCappedAndTheCapStartsAtTheFirstPage() {
        PageSchedule odd = PageSchedule.perPage("1.00").withMinimum("20.00").withCap("15.00");

        assertThat(odd.maximumFor(1)).isEqualTo(dollars("15.00"));
        assertThat(odd.maximumFor(100)).isEqualTo(dollars("15.00"));
        assertThat(odd.bandStarts()).containsExactly(1, 21);
    }

    @Test
    void refusesANegativeCapOrMinimumNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> PageSchedule.perPage("1.00").withCap("-0.01"))
                .withMessage("Cap -$0.01 is negative");
        assertThatIllegalArgumentException().isThrownBy(() -> PageSchedule.perPage("1.00").withMinimum("-0.01"))
                .withMessage("Minimum -$0.01 is negative");
        assertThat(PageSchedule.perPage("1.00").withCap("0.00").maximumFor(5)).isEqualTo(Money.ZERO);
        assertThat(PageSchedule.perPage("0.00").withMinimum("0.00").maximumFor(5)).isEqualTo(Money.ZERO);
    }

    @Test
    void aCapOrMinimumKeepsTheBandsAndEachOther() {
        PageSchedule both = PageSchedule.baseFee("5.00").plusPerPageFrom(1, "1.00").withMinimum("10.00")
                .withCap("30.00");
        PageSchedule otherOrder = PageSchedule.baseFee("5.00").plusPerPageFrom(1, "1.00").withCap("30.00")
                .withMinimum("10.00");

        assertThat(both).isEqualTo(otherOrder).hasSameHashCodeAs(otherOrder);
        assertThat(both.baseFee()).isEqualTo(dollars("5.00"));
        assertThat(both.maximumFor(0)).isEqualTo(dollars("5.00"));
        assertThat(both.maximumFor(1)).isEqualTo(dollars("10.00"));
        assertThat(both.maximumFor(6)).isEqualTo(dollars("11.00"));
        assertThat(both.maximumFor(100)).isEqualTo(dollars("30.00"));
    }

    @Test
    void aBandAddedAfterACapOrMinimumKeepsThem() {
        PageSchedule later = PageSchedule.perPage("1.00").withCap("30.00").withMinimum("10.00")
                .plusFlatFrom(21, "5.00");

        assertThat(later.cap()).contains(dollars("30.00"));
        assertThat(later.minimum()).contains(dollars("10.00"));
        assertThat(later.maximumFor(21)).isEqualTo(dollars("25.00"));
    }

    @Test
    void aScheduleWithACapOrMinimumIsADifferentValueAndNoSingleRate() {
        PageSchedule rate = PageSchedule.perPage("1.00");

        assertThat(rate.withCap("50.00")).isNotEqualTo(rate).isNotEqualTo(rate.withCap("40.00"))
                .isNotEqualTo(rate.withMinimum("50.00"));
        assertThat(rate.withMinimum("10.00")).isNotEqualTo(rate).isNotEqualTo(rate.withMinimum("11.00"));
        assertThat(rate.withCap("50.00").hashCode()).isNotEqualTo(rate.hashCode());
        assertThat(rate.withCap("50.00").singleRateOrNull()).isNull();
        assertThat(rate.withMinimum("10.00").singleRateOrNull()).isNull();
    }

    @Test
    void describesTheMinimumAndTheCap() {
        assertThat(PageSchedule.perPage("1.00").withMinimum("10.00").withCap("50.00"))
                .hasToString("$1.00/page from 1, at least $10.00 from one page, at most $50.00");
        assertThat(PageSchedule.baseFee("5.00").withCap("5.00")).hasToString("$5.00 base, at most $5.00");
    }

    private static Money dollars(String amount) {
        return Money.parse(amount);
    }
}

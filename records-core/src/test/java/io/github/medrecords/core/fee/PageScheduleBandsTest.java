package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The most a state's page schedule allows, page by page across its band edges, with the schedules the
 * states publish: Massachusetts's base fee and two tiers, Texas's flat first band and its page rate, Texas's
 * two flat electronic bands.
 */
class PageScheduleBandsTest {

    private static final PageSchedule MASSACHUSETTS = PageSchedule.baseFee("28.38").plusPerPageFrom(1, "0.95")
            .plusPerPageFrom(101, "0.49");
    private static final PageSchedule TEXAS_PAPER = PageSchedule.none().plusFlatFrom(1, "25.00")
            .plusPerPageFrom(21, "0.50");
    private static final PageSchedule TEXAS_ELECTRONIC = PageSchedule.none().plusFlatFrom(1, "25.00")
            .plusFlatFrom(501, "25.00");

    private static Money dollars(String amount) {
        return Money.parse(amount);
    }

    @Test
    void aBaseFeeIsTheMaximumForNoPagesAndTiersAddUpAcrossTheirEdge() {
        assertThat(MASSACHUSETTS.maximumFor(0)).isEqualTo(dollars("28.38"));
        assertThat(MASSACHUSETTS.maximumFor(1)).isEqualTo(dollars("29.33"));
        assertThat(MASSACHUSETTS.maximumFor(100)).isEqualTo(dollars("123.38"));
        assertThat(MASSACHUSETTS.maximumFor(101)).isEqualTo(dollars("123.87"));
        assertThat(MASSACHUSETTS.maximumFor(150)).isEqualTo(dollars("147.88"));
        assertThat(MASSACHUSETTS.baseFee()).isEqualTo(dollars("28.38"));
        assertThat(MASSACHUSETTS.bandStarts()).containsExactly(1, 101);
    }

    @Test
    void aFlatBandIsChargedWholeFromItsFirstPageAndARateBandAfterItCountsItsOwnPagesOnly() {
        assertThat(TEXAS_PAPER.maximumFor(0)).isEqualTo(Money.ZERO);
        assertThat(TEXAS_PAPER.maximumFor(1)).isEqualTo(dollars("25.00"));
        assertThat(TEXAS_PAPER.maximumFor(20)).isEqualTo(dollars("25.00"));
        assertThat(TEXAS_PAPER.maximumFor(21)).isEqualTo(dollars("25.50"));
        assertThat(TEXAS_PAPER.maximumFor(30)).isEqualTo(dollars("30.00"));
        assertThat(TEXAS_PAPER.baseFee()).isEqualTo(Money.ZERO);

        assertThat(TEXAS_ELECTRONIC.maximumFor(500)).isEqualTo(dollars("25.00"));
        assertThat(TEXAS_ELECTRONIC.maximumFor(501)).isEqualTo(dollars("50.00"));
        assertThat(TEXAS_ELECTRONIC.maximumFor(5000)).isEqualTo(dollars("50.00"));
    }

    @Test
    void oneRateChargesEveryPageAndNoScheduleAllowsNothing() {
        PageSchedule connecticut = PageSchedule.perPage("0.65");
        assertThat(connecticut.maximumFor(0)).isEqualTo(Money.ZERO);
        assertThat(connecticut.maximumFor(1)).isEqualTo(dollars("0.65"));
        assertThat(connecticut.maximumFor(10)).isEqualTo(dollars("6.50"));
        assertThat(connecticut.bandStarts()).containsExactly(1);
        assertThat(PageSchedule.none().maximumFor(1000)).isEqualTo(Money.ZERO);
        assertThat(PageSchedule.none().bandStarts()).isEmpty();
        assertThat(PageSchedule.baseFee("0.00").maximumFor(3)).isEqualTo(Money.ZERO);
    }

    @Test
    void refusesNegativeAmountsNegativePagesAndBandsOutOfOrder() {
        assertThatIllegalArgumentException().isThrownBy(() -> PageSchedule.baseFee("-1.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> PageSchedule.perPage("-0.65"));
        assertThatIllegalArgumentException().isThrownBy(() -> PageSchedule.none().plusFlatFrom(1, "-25.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> PageSchedule.none().plusPerPageFrom(0, "0.65"));
        assertThatIllegalArgumentException().isThrownBy(() -> MASSACHUSETTS.plusPerPageFrom(101, "0.10"));
        assertThatIllegalArgumentException().isThrownBy(() -> MASSACHUSETTS.plusPerPageFrom(50, "0.10"));
        assertThatIllegalArgumentException().isThrownBy(() -> MASSACHUSETTS.maximumFor(-1));
        assertThat(MASSACHUSETTS.plusPerPageFrom(102, "0.10").bandStarts()).containsExactly(1, 101, 102);
        assertThat(PageSchedule.perPage("0.00").maximumFor(5)).isEqualTo(Money.ZERO);
    }

    @Test
    void aScheduleIsAValueOfItsBaseFeeAndBands() {
        PageSchedule same = PageSchedule.baseFee("28.38").plusPerPageFrom(1, "0.95").plusPerPageFrom(101, "0.49");
        assertThat(same).isEqualTo(MASSACHUSETTS).hasSameHashCodeAs(MASSACHUSETTS);
        assertThat(PageSchedule.baseFee("28.39").plusPerPageFrom(1, "0.95").plusPerPageFrom(101, "0.49"))
                .isNotEqualTo(MASSACHUSETTS);
        assertThat(PageSchedule.baseFee("28.38").plusPerPageFrom(1, "0.95")).isNotEqualTo(MASSACHUSETTS);
        assertThat(PageSchedule.none().plusFlatFrom(1, "0.65")).isNotEqualTo(PageSchedule.perPage("0.65"));
        assertThat(MASSACHUSETTS).isNotEqualTo("28.38");
    }

    @Test
    void describesItselfAsTheLawStatesIt() {
        assertThat(MASSACHUSETTS).hasToString("$28.38 base + $0.95/page from 1 + $0.49/page from 101");
        assertThat(TEXAS_PAPER).hasToString("$25.00 flat from 1 + $0.50/page from 21");
        assertThat(PageSchedule.none()).hasToString("nothing");
    }

    @Test
    void onlyARateForEveryPageWithoutABaseFeeIsASingleRate() {
        assertThat(PageSchedule.perPage("0.65").singleRateOrNull()).isEqualTo(dollars("0.65"));
        assertThat(MASSACHUSETTS.singleRateOrNull()).isNull();
        assertThat(PageSchedule.baseFee("5.00").plusPerPageFrom(1, "0.65").singleRateOrNull()).isNull();
        assertThat(PageSchedule.none().plusFlatFrom(1, "25.00").singleRateOrNull()).isNull();
        assertThat(PageSchedule.perPage("0.65").plusPerPageFrom(21, "0.50").singleRateOrNull()).isNull();
        assertThat(PageSchedule.none().singleRateOrNull()).isNull();
    }

    @Test
    void aMinimumIsTheGreaterOfItAndThePagesFromOnePageAndACapStillBinds() {
        // North Carolina: $0.75 a page for the first 25 pages, or a minimum fee of $10.00, whichever is greater
        PageSchedule nc = PageSchedule.perPage("0.75").plusPerPageFrom(26, "0.50").withMinimum("10.00");
        assertThat(nc.maximumFor(0)).isEqualTo(Money.ZERO);
        assertThat(nc.maximumFor(1)).isEqualTo(Money.parse("10.00"));
        assertThat(nc.maximumFor(13)).isEqualTo(Money.parse("10.00"));
        assertThat(nc.maximumFor(14)).isEqualTo(Money.parse("10.50"));
        assertThat(nc.bandStarts()).containsExactly(1, 14, 26);
        assertThat(nc.withCap("12.00").maximumFor(100)).isEqualTo(Money.parse("12.00"));
        assertThat(nc).isNotEqualTo(PageSchedule.perPage("0.75").plusPerPageFrom(26, "0.50"));
        assertThat(nc.toString()).contains("at least $10.00");
    }
}

package io.github.medrecords.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void refusesFractionsOfACentInsteadOfRounding() {
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Money.of(new BigDecimal("0.655")))
                .withMessageContaining("0.655");
    }

    @Test
    void multipliesPagesExactlyAndCapsAsAValueOperation() {
        Money perPage = Money.parse("$0.65");

        assertThat(perPage.times(10)).isEqualTo(Money.parse("6.50"));
        assertThat(perPage.times(11).capAt(Money.parse("6.50"))).isEqualTo(Money.parse("6.50"));
        assertThat(perPage.times(9).capAt(Money.parse("6.50"))).isEqualTo(Money.parse("5.85"));
        assertThat(perPage.times(0)).isEqualTo(Money.ZERO);
    }

    @Test
    void roundsOnlyWithAnExplicitMode() {
        assertThat(Money.parse("10.00").times(new BigDecimal("0.333"), RoundingMode.HALF_UP))
                .isEqualTo(Money.parse("3.33"));
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Money.parse("10.00").times(new BigDecimal("0.3333"), RoundingMode.UNNECESSARY));
    }

    @Test
    void comparesByValueAndPrintsDollars() {
        assertThat(Money.parse("6.5")).isEqualTo(Money.ofCents(650)).hasToString("$6.50");
        assertThat(Money.ofDollars(15).minus(Money.ofDollars(25))).hasToString("-$10.00");
        assertThat(Money.min(Money.ofCents(1), Money.ZERO)).isEqualTo(Money.ZERO);
        assertThat(Money.ofCents(-1).isNegative()).isTrue();
        assertThat(Money.ofDollars(25).toCents()).isEqualTo(2500L);
    }
}

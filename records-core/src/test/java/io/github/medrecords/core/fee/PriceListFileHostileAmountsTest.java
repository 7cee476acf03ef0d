package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.medrecords.core.fee.PriceListFormatException.Problem;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Amounts with huge exponents in every amount key are refused by line, quickly, instead of expanding to a
 * billion digits (issue 21: {@code price = 1e999999999} ended in OutOfMemoryError).
 */
class PriceListFileHostileAmountsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "rule.X.price | 1e999999999",
        "rule.X.price | 1E-999999999",
        "rule.X.price | -1e999999999",
        "rule.X.price | 9e2147483647",
        "rule.X.cap | 1e999999999",
        "rule.X.tiers | 1:0.10, 5:1e999999999",
        "typical.postage | 1e999999999",
        "cost-basis.X.MATERIALS.unit-cost | 1e-999999999",
        "rule.X.price | 123456789012345678901234567890",
    })
    void refusesAHugeAmountByLineWithoutRunningOutOfMemory(String key, String value) {
        String text = String.join("\n",
                "price-list.name = Hostile amounts",
                "rule.X.charge = per-page",
                "rule.X.description = Copies",
                key.equals("rule.X.tiers") || key.equals("rule.X.price") ? "" : "rule.X.price = 0.10",
                "cost-basis.X.MATERIALS.method = ACTUAL",
                key.startsWith("cost-basis") ? "" : "cost-basis.X.MATERIALS.unit-cost = 1.00",
                "cost-basis.X.MATERIALS.reference = invoice",
                key + " = " + value);
        PriceListFormatException refused = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> catchThrowableOfType(PriceListFormatException.class,
                        () -> PriceListFile.parse(text, "hostile.properties")));
        assertThat(refused).as("refused with PriceListFormatException").isNotNull();
        assertThat(refused.problems()).extracting(Problem::line).contains(8);
        assertThat(refused.getMessage()).hasSizeLessThan(2_000);
    }
}

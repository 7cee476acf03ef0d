package io.github.medrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeesDemoTest {

    @Test
    void printsAnEstimateAndQuotesWithTheirCompliance() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FeesDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Estimate, assuming 11 pages")
                .contains("14 pages at $0.65, capped at $6.50 per request. Total $6.50.")
                .contains("METHOD_NOT_PERMITTED").contains("R2.5")
                .contains("NEEDS_COST_BASIS").contains("lawful maximum $6.50 under R2.3")
                .contains("Invoice permitted: no")
                .doesNotContain("Sample").doesNotContain("Main Street");
    }
}

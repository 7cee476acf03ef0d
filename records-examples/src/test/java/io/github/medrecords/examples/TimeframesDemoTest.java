package io.github.medrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TimeframesDemoTest {

    @Test
    void printsTheDueDateWithItsBindingRuleAndTheTurnaroundWindow() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TimeframesDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("legal due date: 2026-04-03 set by Connecticut provider records (CGS 20-7c, R5.6)")
                .contains("working target: 2026-04-02")
                .contains("unchanged: R5.6 allows no extension")
                .contains("2026-03-09 to 2026-03-10")
                .contains("DUE_SOON");
    }
}

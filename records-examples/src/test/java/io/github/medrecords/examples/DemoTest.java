package io.github.medrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's demo runs every journey on embedded defaults and keeps its data between runs.
 */
class DemoTest {

    @TempDir
    Path data;

    @Test
    void runsEveryJourneyAndShowsTheFirstRunsRequestsOnTheSecond() {
        String first = run();
        String second = run();

        assertThat(first).contains("Refused with 6 problems", "requests already in the store from earlier runs: 0",
                "RELEASED           released by secure link", "release refused: [AUTHORIZATION_VALID]",
                "released to the physician's office; no invoice, no payment", "Subject: Invoice INV-",
                "R2.5              METHOD_NOT_PERMITTED", "review by Dr. Sam Roe",
                "binding date moved: false", "HANDED_OFF", "a second sweep raises 0 events",
                "with the published list alone (NEEDS_COST_BASIS) the invoice is refused under R2.3 for ONS-IMAGES-LINK:"
                        + " record cost-basis.ONS-IMAGES-LINK.ALLOWABLE_COST.method",
                "the practice recorded its cost basis: ONS-IMAGES-LINK ALLOWABLE_COST ACTUAL $15.00",
                "INVOICED           invoice INV-");
        assertThat(second).contains("requests already in the store from earlier runs: 7");
        assertThat(LawBookReferencesTest.definedIds()).containsAll(LawBookReferencesTest.ruleIds(first))
                .contains("R2.5", "R5.6", "R4.5");
        assertThat(LawBookReferencesTest.OUTSIDE.matcher(first).find()).as("names a file outside the repository")
                .isFalse();
    }

    private String run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), data, null);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

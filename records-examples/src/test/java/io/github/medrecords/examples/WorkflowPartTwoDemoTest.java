package io.github.medrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.memory.InMemoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The journeys of part 2 run on the in-memory store and print what each did.
 */
class WorkflowPartTwoDemoTest {

    @Test
    void printsEveryJourneyOfPartTwo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InMemoryStore store = InMemoryStore.create();
        WorkflowPartTwoDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), store, store,
                ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneId.of("America/New_York")).toInstant());
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("DENIED", "right to have this decision reviewed", "1-800-368-1019",
                "REVERSED", "binding date moved: false", "under R5.6", "HANDED_OFF", "released by the company",
                "linked as a repeat of", "asked 2 times", "raised 3 overdue", "a second sweep raises 0",
                "Connecticut Department of Public Health", "free: true", "Next:", "owner records-clerk-1");
    }
}

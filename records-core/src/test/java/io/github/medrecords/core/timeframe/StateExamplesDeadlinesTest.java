package io.github.medrecords.core.timeframe;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.law.StateExampleFiles;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks every state's worked deadline examples ({@code <xx>-deadlines.tsv} beside the tests,
 * docs/adding-a-state.md), dates computed by hand from the statutes: the binding due date without extension
 * and the rule that sets it, HIPAA's and the state's deadlines together, business days over weekends only.
 */
class StateExamplesDeadlinesTest {

    @TestFactory
    Stream<DynamicTest> dueDateOfEveryExample() throws IOException {
        return StateExampleFiles.lines("deadlines").stream().map(l -> DynamicTest.dynamicTest(l.toString(),
                () -> check(l.state(), l.number(), l.text())));
    }

    private static void check(UsState state, int number, String line) {
        String[] c = line.split("\t");
        assertThat(c).as("line %d has 7 tab-separated columns", number).hasSize(7);
        DeadlineQuery query = new DeadlineQuery(LocalDate.parse(c[0]), RequestKind.RECORDS, LegalBasis.valueOf(c[2]),
                Set.of(state), RequesterRole.valueOf(c[1]), c[3].equals("-") ? null : PurposeKind.valueOf(c[3]),
                ProviderKind.valueOf(c[4].toUpperCase(Locale.ROOT)));
        BusinessCalendar weekends = BusinessCalendar.of(ZoneId.of("UTC"), HolidayCalendar.none());
        DueDate due = DeadlineCalculator.of(DeadlineRules.defaults(), weekends).dueDate(query).orElseThrow();
        assertThat(due.legalDate()).as("%s line %d: %s", state, number, due).isEqualTo(LocalDate.parse(c[5]));
        assertThat(due.bindingRule().ruleId()).as("%s line %d", state, number).isEqualTo(c[6]);
    }
}

package io.github.medrecords.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medrecords.core.fee.LegalLimits;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.timeframe.DeadlineRules;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every state law file loads with its fee schedules and deadlines, cites only its own rules, and a broken file
 * is refused naming every problem by line.
 */
class StateLawFilesTest {

    @TestFactory
    Stream<DynamicTest> everyFileLoadsWithItsLimitsAndDeadlines() {
        return StateLawFile.builtIn().stream().map(file -> DynamicTest.dynamicTest(file.source(), () -> {
            LegalLimits.ofStateFile(StateLawFile.builtIn(file.state()).orElseThrow());
            DeadlineRules.ofStateFile(StateLawFile.builtIn(file.state()).orElseThrow());
            assertThat(file.rules()).as("rules of " + file.state()).isNotEmpty();
            assertThat(file.name()).isNotBlank();
            file.rules().forEach(r -> assertThat(r.state()).isEqualTo(file.state()));
        }));
    }

    @Test
    void theLawBookHoldsEveryStateFilesRules() {
        for (StateLawFile file : StateLawFile.builtIn()) {
            for (LawRule rule : file.rules()) {
                assertThat(LawCatalogue.builtIn().rule(rule.id())).contains(rule);
            }
        }
    }

    @Test
    void theBuiltInLimitsAndDeadlinesAreTheFilesOnes() {
        for (StateLawFile file : StateLawFile.builtIn()) {
            assertThat(LegalLimits.of(file.state())).isEqualTo(LegalLimits.ofStateFile(
                    StateLawFile.builtIn(file.state()).orElseThrow()));
            assertThat(DeadlineRules.defaults().rules()).containsAll(DeadlineRules.ofStateFile(
                    StateLawFile.builtIn(file.state()).orElseThrow()));
        }
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemByLine() {
        String text = String.join("\n",
                "state = GA",
                "name = Georgia",
                "source.GA-X = https://example.org/law",
                "rule.GA.1.status = confirmed",
                "rule.GA.1.sources = GA-X, GA-MISSING",
                "rule.GA.1.words = At most $1 a page.",
                "version.base.name = O.C.G.A. 31-33-3",
                "limit.pages.cites = GA.9",
                "limit.pages.says = at most $1 a page",
                "limit.pages.limit = pages",
                "limit.pages.pages = 1+: 1.00, 1+: 0.50, cap: -5",
                "limit.pages.when.role = DOCTOR",
                "deadline.copies.cites = GA.1",
                "deadline.copies.title = Georgia copies",
                "deadline.copies.source = O.C.G.A. 31-33-2",
                "deadline.copies.days = thirty",
                "deadline.copies.count = weekdays",
                "colour = blue");
        StateLawFile file = StateLawFile.read(new StringReader(text), "ga.properties");
        assertThatThrownBy(() -> {
            LegalLimits.ofStateFile(file);
        }).isInstanceOf(StateLawFormatException.class).satisfies(e -> {
            StateLawFormatException refused = (StateLawFormatException) e;
            assertThat(refused.problems()).extracting(KeyedText.Problem::line)
                    .contains(5, 8, 18);
            assertThat(refused.getMessage()).contains("GA-MISSING", "GA.9", "colour");
        });
        StateLawFile again = StateLawFile.read(new StringReader(text), "ga.properties");
        assertThatThrownBy(() -> DeadlineRules.ofStateFile(again)).isInstanceOf(StateLawFormatException.class)
                .hasMessageContaining("thirty").hasMessageContaining("weekdays");
    }

    @Test
    void aStateWithoutAFileHasNoBuiltInLaw() {
        for (UsState state : UsState.values()) {
            if (StateLawFile.builtIn(state).isEmpty()) {
                assertThat(LegalLimits.of(state)).isEmpty();
            }
        }
    }
}

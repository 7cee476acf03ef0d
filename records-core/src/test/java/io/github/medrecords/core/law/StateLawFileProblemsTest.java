package io.github.medrecords.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.party.UsState;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A state law file that breaks the rules of its own keys (versions, state, name) is refused, each problem named
 * with its line.
 */
class StateLawFileProblemsTest {

    /** A well-formed file of eight lines; each test adds lines from line 9, or drops or changes one. */
    private static final List<String> GOOD = List.of(
            "# Georgia, for the tests",
            "state = GA",
            "name = Georgia",
            "source.GA-X = https://example.org/law",
            "rule.GA.1.status = confirmed",
            "rule.GA.1.sources = GA-X",
            "rule.GA.1.words = At most $1 a page.",
            "version.base.name = O.C.G.A. 31-33-3");

    @Test
    void acceptsTheWellFormedFile() {
        StateLawFile file = read(GOOD);

        file.refuseIfProblems();
        assertThat(file.state()).isEqualTo(UsState.GA);
        assertThat(file.versions()).extracting(StateLawFile.Version::id).containsExactly(StateLawFile.BASE);
    }

    @Test
    void refusesAVersionStatusOutsideTheThree() {
        assertRefused(read(with("version.base.status = maybe")), 9,
                "version base status is confirmed, UNCONFIRMED or carried-forward, not 'maybe'");
    }

    @Test
    void refusesUntilOnAVersionThatIsNotTheLast() {
        assertRefused(read(with("version.base.until = 2020-01-01", "version.2021-01-01.name = Amended")), 9,
                "only the last version may end with until; version base ends where the next begins");
    }

    @Test
    void letsTheLastVersionEndWithUntil() {
        StateLawFile file = read(with("version.2021-01-01.name = Amended", "version.2021-01-01.until = 2023-01-01"));

        file.refuseIfProblems();
        assertThat(file.versions()).extracting(v -> v.inForce().end().orElse(null))
                .containsExactly(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 1, 1));
    }

    @Test
    void refusesAFirstVersionCarriedForward() {
        assertRefused(read(with("version.base.status = carried-forward")), 9,
                "the first version has nothing to carry forward");
    }

    @Test
    void refusesAFileThatNamesAnotherState() {
        KeyedText text = KeyedText.read(new StringReader(String.join("\n", GOOD)), "tx.properties");

        assertThatExceptionOfType(StateLawFormatException.class)
                .isThrownBy(() -> StateLawFile.ofState(UsState.TX, text)).satisfies(e -> {
                    assertThat(e.source()).isEqualTo("tx.properties");
                    assertThat(e.problems())
                            .containsExactly(new KeyedText.Problem(2, "the file of TX says state = GA"));
                });
    }

    @Test
    void acceptsAFileThatNamesItsOwnState() {
        KeyedText text = KeyedText.read(new StringReader(String.join("\n", GOOD)), "ga.properties");

        assertThat(StateLawFile.ofState(UsState.GA, text).state()).isEqualTo(UsState.GA);
    }

    @Test
    void refusesAFileWithoutAName() {
        List<String> lines = new ArrayList<>(GOOD);
        lines.remove("name = Georgia");

        assertRefused(read(lines), 1, "name is missing");
    }

    @Test
    void refusesABlankNameOnItsLine() {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(lines.indexOf("name = Georgia"), "name =");

        assertRefused(read(lines), 3, "name is missing");
    }

    private static List<String> with(String... more) {
        List<String> lines = new ArrayList<>(GOOD);
        lines.addAll(Arrays.asList(more));
        return lines;
    }

    private static StateLawFile read(List<String> lines) {
        return StateLawFile.read(new StringReader(String.join("\n", lines)), "ga.properties");
    }

    private static void assertRefused(StateLawFile file, int line, String message) {
        assertThatExceptionOfType(StateLawFormatException.class).isThrownBy(file::refuseIfProblems)
                .withMessageContaining("line " + line + ": " + message)
                .satisfies(e -> assertThat(e.problems()).containsExactly(new KeyedText.Problem(line, message)));
    }
}

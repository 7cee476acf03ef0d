package io.github.medrecords.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.party.UsState;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A small state law file read from text: a file that breaks the rules of its own keys (sources, rules, versions,
 * state, name) is refused, each problem named with its line; a rule's citation is UNCONFIRMED when the rule or
 * the version relied on is.
 */
class StateLawFileTest {

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

    /** A broken file: what it breaks, its lines, and the one problem expected with its line. */
    private record Broken(String what, List<String> lines, int line, String message) {
    }

    @TestFactory
    Stream<DynamicTest> refusesEveryOtherBrokenKeyOnItsLine() {
        return Stream.of(
                new Broken("source tag", with("source.GA_X = https://example.org"), 9,
                        "source tag 'GA_X' may hold letters, digits, '.' and '-' only"),
                new Broken("source address", with("source.GA-Y ="), 9, "source GA-Y needs an address"),
                new Broken("version key", with("version.base = x"), 9,
                        "unknown key 'version.base'; write version.<yyyy-mm-dd or base>.name"),
                new Broken("limit key", with("limit.pages = x"), 9,
                        "unknown key 'limit.pages'; write limit.<name>.<key> with a name of letters, digits and '-'"),
                new Broken("version property", with("version.base.colour = blue"), 9,
                        "unknown key 'version.base.colour'; expected one of [name, publisher, status, until]"),
                new Broken("state", without("state = GA"), 1, "state is missing"),
                new Broken("rule id", with("rule.GA-1.words = x"), 9, "'GA-1' is not a rule id such as NY.1"),
                new Broken("rule of another state", with("rule.TX.1.status = confirmed", "rule.TX.1.words = x"), 9,
                        "rule TX.1 is not numbered for GA (GA.<n>)"),
                new Broken("rule words", with("rule.GA.2.status = confirmed"), 9, "rule GA.2 needs words"),
                new Broken("rule status", with("rule.GA.2.words = x", "rule.GA.2.status = maybe"), 10,
                        "rule GA.2 needs status = confirmed or UNCONFIRMED"),
                new Broken("rule source", without("rule.GA.1.sources = GA-X", "rule.GA.1.sources = GA-Z"), 8,
                        "rule GA.1 cites source GA-Z, which is not in the file"),
                new Broken("version name", with("version.2021-01-01.publisher = DCH"), 9,
                        "version 2021-01-01 needs a name"),
                new Broken("no version", without("version.base.name = O.C.G.A. 31-33-3", "limit.pages.cites = GA.1"),
                        1, "the file has fee limits but no version; write at least version.base.name"),
                new Broken("version end", with("version.2021-01-01.name = A", "version.2021-01-01.until = 2020-01-01"),
                        10, "version 2021-01-01 ends before it begins"))
                .map(b -> DynamicTest.dynamicTest(b.what(),
                        () -> assertRefused(read(b.lines()), b.line(), b.message())));
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
        assertRefused(read(without("name = Georgia")), 1, "name is missing");
    }

    @Test
    void refusesABlankNameOnItsLine() {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(lines.indexOf("name = Georgia"), "name =");

        assertRefused(read(lines), 3, "name is missing");
    }

    @Test
    void citesARuleUnconfirmedWhenTheRuleOrTheVersionIs() {
        StateLawFile file = read(with("rule.GA.2.status = UNCONFIRMED", "rule.GA.2.words = At most $2 a page.",
                "version.2021-01-01.name = Amended", "version.2021-01-01.status = UNCONFIRMED"));
        file.refuseIfProblems();
        StateLawFile.Version base = file.versions().get(0);
        StateLawFile.Version amended = file.versions().get(1);

        assertThat(file.citation("GA.1", base)).isEqualTo(Citation.law("GA.1", "[GA-X]"));
        assertThat(file.citation("GA.1", null, "O.C.G.A. 31-33-3")).isEqualTo(Citation.law("GA.1", "O.C.G.A. 31-33-3"));
        assertThat(file.citation("GA.1", amended)).isEqualTo(Citation.unconfirmedLaw("GA.1", "[GA-X]"));
        assertThat(file.citation("GA.1", amended, "O.C.G.A. 31-33-3"))
                .isEqualTo(Citation.unconfirmedLaw("GA.1", "O.C.G.A. 31-33-3"));
        assertThat(file.citation("GA.2", base)).isEqualTo(Citation.unconfirmedLaw("GA.2", "[GA]"));
        assertThat(file.citation("GA.2", null, "O.C.G.A. 31-33-4"))
                .isEqualTo(Citation.unconfirmedLaw("GA.2", "O.C.G.A. 31-33-4"));
    }

    private static List<String> with(String... more) {
        List<String> lines = new ArrayList<>(GOOD);
        lines.addAll(Arrays.asList(more));
        return lines;
    }

    /** The good file without one of its lines, and with more. */
    private static List<String> without(String line, String... more) {
        List<String> lines = new ArrayList<>(GOOD);
        lines.remove(line);
        lines.addAll(Arrays.asList(more));
        return lines;
    }

    private static StateLawFile read(List<String> lines) {
        return StateLawTexts.read(lines);
    }

    private static void assertRefused(StateLawFile file, int line, String message) {
        StateLawTexts.assertRefused(file::refuseIfProblems, line, message);
    }
}

package io.github.medrecords.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestNumber;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The identifiers a store reads back on every row are checked by hand-written loops, not regular
 * expressions: each accepts exactly what its documented grammar (a regular expression, here) accepts,
 * over generated texts around every length boundary and with characters just outside each range.
 */
class IdentifierGrammarProperties {

    /** Characters at and just beyond the edges of the ranges the grammars allow. */
    private static final String EDGES = "09/:AZ@[az`{._-+ ÉéŹ\u0660\u00a0";

    @Test
    void aPracticeIdIsAcceptedExactlyWhenItMatchesItsGrammar() {
        agrees("[A-Za-z0-9][A-Za-z0-9._-]{0,63}", 70, "AZaz09m._-", PracticeId::of);
    }

    @Test
    void aRecordTypeCodeIsAcceptedExactlyWhenItMatchesItsGrammar() {
        agrees("[A-Z][A-Z0-9_]{1,39}", 45, "AZM09_", code -> RecordType.of(code, "Label", false));
    }

    @Test
    void aRequestNumberIsAcceptedExactlyWhenItMatchesItsGrammar() {
        Pattern grammar = Pattern.compile("[0-9]{4}-[0-9]{6,12}");
        Gen<Character> digits = integers().between(0, 99)
                .map(i -> i < 95 ? (char) ('0' + i % 10) : "/:a- ".charAt(i - 95));
        Gen<String> head = lists().of(digits).ofSizeBetween(3, 5).map(IdentifierGrammarProperties::text);
        Gen<String> tail = lists().of(digits).ofSizeBetween(5, 13).map(IdentifierGrammarProperties::text);
        Gen<String> separator = integers().between(0, 9).map(i -> i < 8 ? "-" : i == 8 ? "" : "x");
        qt().withExamples(5000).forAll(head, separator, tail).checkAssert((h, sep, t) -> {
            String text = h + sep + t;
            assertThat(accepts(RequestNumber::parse, text)).as(text).isEqualTo(grammar.matcher(text).matches());
        });
        agreesOn("[0-9]{4}-[0-9]{6,12}", RequestNumber::parse, List.of("2026-000001", "2026-000000000001",
                "2026-0000000000001", "2026-00001", "20260-000001", "2026x000001", "2026-00000a"));
    }

    @Test
    void aPatientKeyIsAcceptedExactlyWhenItIsSixtyFourLowerCaseHexDigits() {
        Pattern grammar = Pattern.compile("[0-9a-f]{64}");
        Gen<String> keys = lists().of(integers().between(0, 21).map(i -> "0123456789abcdefABCg/`".charAt(i)))
                .ofSizeBetween(62, 66).map(IdentifierGrammarProperties::text);
        qt().withExamples(3000).forAll(keys).checkAssert(key ->
                assertThat(accepts(PatientKey::new, key)).as(key).isEqualTo(grammar.matcher(key).matches()));
    }

    /**
     * Texts mostly of allowed characters (so that many are accepted), one in twenty-five from the edges of
     * the ranges (so that many are refused), of every length up to beyond the longest allowed.
     */
    private static void agrees(String regex, int maxLength, String allowed, Consumer<String> parse) {
        Pattern grammar = Pattern.compile(regex);
        Gen<Character> chars = integers().between(0, 999).map(i -> i < 960 ? allowed.charAt(i % allowed.length())
                : EDGES.charAt((i - 960) % EDGES.length()));
        Gen<String> texts = lists().of(chars).ofSizeBetween(0, maxLength).map(IdentifierGrammarProperties::text);
        int[] outcomes = new int[2];
        qt().withExamples(5000).forAll(texts).checkAssert(text -> {
            boolean accepted = accepts(parse, text);
            assertThat(accepted).as("'%s'", text).isEqualTo(grammar.matcher(text).matches());
            outcomes[accepted ? 1 : 0]++;
        });
        assertThat(outcomes[0]).as("refused texts").isGreaterThan(100);
        assertThat(outcomes[1]).as("accepted texts").isGreaterThan(100);
    }

    private static void agreesOn(String regex, Consumer<String> parse, List<String> texts) {
        Pattern grammar = Pattern.compile(regex);
        for (String text : texts) {
            assertThat(accepts(parse, text)).as(text).isEqualTo(grammar.matcher(text).matches());
        }
    }

    private static boolean accepts(Consumer<String> parse, String text) {
        try {
            parse.accept(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(List<Character> chars) {
        StringBuilder b = new StringBuilder(chars.size());
        chars.forEach(b::append);
        return b.toString();
    }
}

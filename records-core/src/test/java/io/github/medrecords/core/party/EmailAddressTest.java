package io.github.medrecords.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

import io.github.medrecords.core.party.InvalidEmailAddressException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    /** Where a character is put into an otherwise valid address. */
    private static final List<IntFunction<String>> PLACES = List.of(
            c -> chars(c) + "maria.k@example.com",
            c -> "maria" + chars(c) + ".k@example.com",
            c -> "maria.k" + chars(c) + "@example.com",
            c -> "maria.k@" + chars(c) + "example.com",
            c -> "maria.k@exam" + chars(c) + "ple.com",
            c -> "maria.k@example.com" + chars(c),
            c -> " maria.k@example.com" + chars(c) + " ");

    private static String chars(int codePoint) {
        return new String(Character.toChars(codePoint));
    }

    /** Every code point of the general categories Cc, Cf, Zl, Zp and Zs, and every other white space. */
    private static List<Integer> controlsAndSeparators() {
        List<Integer> all = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SPACE_SEPARATOR
                    || Character.isWhitespace(cp)) {
                all.add(cp);
            }
        }
        return all;
    }

    @Test
    void refusesEveryControlFormatAndSeparatorCharacterAnywhereWithATypedError() {
        List<Integer> generated = controlsAndSeparators();
        assertThat(generated).contains(0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x7F, 0x85, 0xA0, 0x2028, 0x2029, 0x202E,
                0x200B, 0xFEFF, 0xE0001, 0x3000);
        int refused = 0;
        for (int cp : generated) {
            for (IntFunction<String> place : PLACES) {
                String text = place.apply(cp);
                if (cp == ' ' && text.strip().equals("maria.k@example.com")) {
                    continue; // spaces around the address are dropped, as a form field's padding
                }
                InvalidEmailAddressException e = catchInvalid(text, cp);
                assertThat(e.problem()).as("U+%04X", cp).isEqualTo(Problem.CONTROL_OR_SEPARATOR_CHARACTER);
                assertThat(e.codePoint()).as("U+%04X", cp).hasValue(cp);
                assertThat(e.getMessage()).doesNotContain("maria").contains(String.format("U+%04X", cp));
                refused++;
            }
        }
        System.out.printf("EmailAddressTest: %d control/format/separator code points, %d addresses refused%n",
                generated.size(), refused);
        assertThat(refused).isGreaterThan(generated.size() * 6);
    }

    @Test
    void refusesEveryOtherNonAsciiCharacterSeededSample() {
        long seed = Long.getLong("medrecords.email.seed", 21L);
        Random random = new Random(seed);
        System.out.println("EmailAddressTest seed " + seed);
        List<Integer> controls = controlsAndSeparators();
        for (int i = 0; i < 5_000; i++) {
            int cp = 0x7F + random.nextInt(Character.MAX_CODE_POINT - 0x7F);
            if (controls.contains(cp)) {
                continue;
            }
            for (IntFunction<String> place : PLACES) {
                InvalidEmailAddressException e = catchInvalid(place.apply(cp), cp);
                assertThat(e.problem()).as("U+%04X", cp).isEqualTo(Problem.NON_ASCII_CHARACTER);
                assertThat(e.codePoint()).hasValue(cp);
            }
        }
        for (int cp : new int[] {0xE9, 0xFC, 0x4E2D, 0x1F600, 0xD800, 0xDFFF}) {
            InvalidEmailAddressException e = catchInvalid("jos" + chars(cp) + "@example.com", cp);
            assertThat(e.problem()).isEqualTo(Problem.NON_ASCII_CHARACTER);
        }
    }

    private static InvalidEmailAddressException catchInvalid(String text, int cp) {
        try {
            EmailAddress.parse(text);
        } catch (InvalidEmailAddressException e) {
            return e;
        }
        return fail("U+%04X accepted in an email address", cp);
    }

    @Test
    void namesMalformedAndOverlongAddresses() {
        assertThatExceptionOfType(InvalidEmailAddressException.class).isThrownBy(() -> EmailAddress.parse("maria"))
                .satisfies(e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED))
                .satisfies(e -> assertThat(e.codePoint()).isEmpty());
        String longest = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".com";
        assertThatExceptionOfType(InvalidEmailAddressException.class)
                .isThrownBy(() -> EmailAddress.parse(longest + "x".repeat(254 - longest.length() + 1)))
                .satisfies(e -> assertThat(e.problem()).isIn(Problem.TOO_LONG, Problem.MALFORMED));
        assertThatExceptionOfType(InvalidEmailAddressException.class)
                .isThrownBy(() -> EmailAddress.parse("a".repeat(250) + "@b.co"))
                .satisfies(e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LONG));
    }

    @Test
    void acceptsPlainAddressesAndDropsSurroundingSpaces() {
        assertThat(EmailAddress.parse("  Maria.K+records@Example.COM ").value()).isEqualTo("Maria.K+records@example.com");
        assertThat(EmailAddress.parse("o'brien@mail.example.org").value()).isEqualTo("o'brien@mail.example.org");
        assertThat(EmailAddress.parse("maria.k@example.com")).hasToString("EmailAddress[redacted]");
    }
}

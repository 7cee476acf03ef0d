package io.github.medrecords.testkit.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.medrecords.core.port.SealedTextException;
import io.github.medrecords.core.port.StoredTextCipher;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link StoredTextCipher} must pass. An adapter's test extends this class and
 * implements the three factories: a cipher, the same cipher after a key rotation, and a cipher with
 * keys of its own.
 *
 * <p>It checks the port's implementation requirements: a text opens to itself (empty, large, any
 * Unicode); sealing is randomised and names the current key; the sealed text is one line of printable
 * ASCII that does not begin like JSON and does not contain the plaintext; the associated data binds the
 * text to its row; any change to a sealed text makes it fail to open; a text sealed under a key the
 * cipher does not hold fails as {@link SealedTextException.Reason#UNKNOWN_KEY}; after a rotation old texts
 * still open and new ones name the new key; failures are {@link SealedTextException} with neither the
 * plaintext nor the associated data in the message; nulls are refused.
 */
public abstract class StoredTextCipherContract {

    /** A text with the kinds of value a stored request document holds. */
    protected static final String PHI = "{\"name\":\"Maria Jos\u00e9 O'Brien-\u00d1u\u00f1ez\","
            + "\"born\":\"1961-07-04\",\"email\":\"maria.obrien@example.org\",\"phone\":\"+1 860 555 0143\","
            + "\"note\":\"Records of the 2019 knee surgery \u2014 \u6f22\u5b57 \ud83d\ude91\"}";

    /**
     * For subclasses.
     */
    protected StoredTextCipherContract() {
    }

    /**
     * Creates a cipher with a current key; the keys are the same on every call.
     *
     * @return the cipher, not null
     */
    protected abstract StoredTextCipher createCipher();

    /**
     * Creates the cipher of {@link #createCipher()} after a rotation: it holds every key of that cipher
     * and a new current key.
     *
     * @return the rotated cipher, not null
     */
    protected abstract StoredTextCipher createRotatedCipher();

    /**
     * Creates a cipher holding none of the keys of {@link #createCipher()} (another deployment's).
     *
     * @return the cipher, not null
     */
    protected abstract StoredTextCipher createUnrelatedCipher();

    private static String row() {
        return UUID.randomUUID().toString();
    }

    @Test
    public void opensWhatItSealed() {
        StoredTextCipher cipher = createCipher();
        String row = row();

        assertThat(cipher.open(cipher.seal(PHI, row), row)).isEqualTo(PHI);
    }

    @Test
    public void opensEmptyLargeAndNonAsciiTexts() {
        StoredTextCipher cipher = createCipher();
        String row = row();
        String large = IntStream.range(0, 40_000).mapToObj(i -> "Zo\u00eb \ud83e\udec0 " + i)
                .collect(Collectors.joining(","));
        List<String> texts = List.of("", " ", "\u0000", "\u202e\u2028\u0085", PHI, large);

        for (String text : texts) {
            assertThat(cipher.open(cipher.seal(text, row), row)).as("length %s", text.length()).isEqualTo(text);
        }
    }

    @Test
    public void sealedTextIsPrintableAsciiNotJsonAndHidesThePlaintext() {
        StoredTextCipher cipher = createCipher();

        String sealed = cipher.seal(PHI, row());

        assertThat(sealed.chars()).allMatch(ch -> ch >= 0x21 && ch <= 0x7e);
        assertThat(sealed).doesNotStartWith("{").doesNotStartWith("[")
                .doesNotContain("Maria").doesNotContain("1961").doesNotContain("example.org")
                .doesNotContain("knee");
    }

    @Test
    public void sealsRandomly() {
        StoredTextCipher cipher = createCipher();
        String row = row();

        Set<String> sealed = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            sealed.add(cipher.seal(PHI, row));
        }

        assertThat(sealed).hasSize(20);
    }

    @Test
    public void sealedTextNamesTheCurrentKey() {
        StoredTextCipher cipher = createCipher();

        String sealed = cipher.seal(PHI, row());

        assertThat(cipher.currentKeyId()).isNotBlank().doesNotContain(":");
        assertThat(cipher.keyIdOf(sealed)).isEqualTo(cipher.currentKeyId());
        assertThat(createCipher().currentKeyId()).isEqualTo(cipher.currentKeyId());
    }

    @Test
    public void associatedDataBindsTheTextToItsRow() {
        StoredTextCipher cipher = createCipher();
        String row = row();
        String sealed = cipher.seal(PHI, row);
        String other = row();

        assertThatExceptionOfType(SealedTextException.class).isThrownBy(() -> cipher.open(sealed, other))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(SealedTextException.Reason.NOT_AUTHENTIC);
                    assertThat(e.keyId()).contains(cipher.currentKeyId());
                    assertThat(e.getMessage()).doesNotContain(row).doesNotContain(other).doesNotContain("Maria");
                });
        assertThatExceptionOfType(SealedTextException.class).isThrownBy(() -> cipher.open(sealed, ""));
    }

    @Test
    public void anyChangeToASealedTextMakesItFailToOpen() {
        StoredTextCipher cipher = createCipher();
        String row = row();
        String sealed = cipher.seal("Jane Doe 1980-02-29", row);

        String everyPrintable = IntStream.rangeClosed(0x21, 0x7e).mapToObj(Character::toString)
                .collect(Collectors.joining());
        for (int i = 0; i < sealed.length(); i++) {
            // Every printable character at the end, where an encoding may leave bits unused.
            String replacements = i >= sealed.length() - 4 ? everyPrintable : "AB0-_";
            for (char replacement : replacements.toCharArray()) {
                if (sealed.charAt(i) == replacement) {
                    continue;
                }
                String changed = sealed.substring(0, i) + replacement + sealed.substring(i + 1);
                assertThatExceptionOfType(SealedTextException.class).as("changed at %s to %s", i, replacement)
                        .isThrownBy(() -> cipher.open(changed, row))
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Jane"));
            }
        }
        assertThatExceptionOfType(SealedTextException.class)
                .isThrownBy(() -> cipher.open(sealed.substring(0, sealed.length() - 1), row));
        assertThatExceptionOfType(SealedTextException.class).isThrownBy(() -> cipher.open(sealed + "A", row));
    }

    @Test
    public void refusesWhatIsNotASealedText() {
        StoredTextCipher cipher = createCipher();

        for (String text : List.of("", "{\"name\":\"Jane Doe\"}", "Jane Doe", ":::", "\n")) {
            assertThatExceptionOfType(SealedTextException.class).as(text).isThrownBy(() -> cipher.open(text, "r"))
                    .satisfies(e -> {
                        assertThat(e.reason()).isEqualTo(SealedTextException.Reason.MALFORMED);
                        assertThat(e.getMessage()).doesNotContain("Jane");
                    });
            assertThatExceptionOfType(SealedTextException.class).isThrownBy(() -> cipher.keyIdOf(text));
        }
    }

    @Test
    public void aTextSealedUnderAnotherKeyFailsAsUnknownKey() {
        StoredTextCipher unrelated = createUnrelatedCipher();
        StoredTextCipher cipher = createCipher();
        String row = row();
        String sealed = unrelated.seal(PHI, row);

        assertThat(unrelated.currentKeyId()).isNotEqualTo(cipher.currentKeyId());
        assertThatExceptionOfType(SealedTextException.class).isThrownBy(() -> cipher.open(sealed, row))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(SealedTextException.Reason.UNKNOWN_KEY);
                    assertThat(e.keyId()).contains(unrelated.currentKeyId());
                    assertThat(e.getMessage()).doesNotContain("Maria").doesNotContain(row);
                });
    }

    @Test
    public void afterARotationOldTextsOpenAndNewOnesNameTheNewKey() {
        StoredTextCipher before = createCipher();
        StoredTextCipher after = createRotatedCipher();
        String row = row();
        String old = before.seal(PHI, row);

        String renewed = after.seal(after.open(old, row), row);

        assertThat(after.currentKeyId()).isNotEqualTo(before.currentKeyId());
        assertThat(after.keyIdOf(old)).isEqualTo(before.currentKeyId());
        assertThat(after.keyIdOf(renewed)).isEqualTo(after.currentKeyId());
        assertThat(after.open(renewed, row)).isEqualTo(PHI);
        assertThatExceptionOfType(SealedTextException.class).isThrownBy(() -> before.open(renewed, row))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(SealedTextException.Reason.UNKNOWN_KEY));
    }

    @Test
    public void sealsAndOpensFromManyThreads() {
        StoredTextCipher cipher = createCipher();

        List<Boolean> same = IntStream.range(0, 400).parallel().mapToObj(i -> {
            String row = "row-" + i;
            String text = PHI + i;
            return cipher.open(cipher.seal(text, row), row).equals(text);
        }).collect(Collectors.toList());

        assertThat(same).containsOnly(true).hasSize(400);
    }

    @Test
    public void refusesNulls() {
        StoredTextCipher cipher = createCipher();
        String sealed = cipher.seal(PHI, "r");

        assertThatNullPointerException().isThrownBy(() -> cipher.seal(null, "r"));
        assertThatNullPointerException().isThrownBy(() -> cipher.seal(PHI, null));
        assertThatNullPointerException().isThrownBy(() -> cipher.open(null, "r"));
        assertThatNullPointerException().isThrownBy(() -> cipher.open(sealed, null));
        assertThatNullPointerException().isThrownBy(() -> cipher.keyIdOf(null));
    }
}

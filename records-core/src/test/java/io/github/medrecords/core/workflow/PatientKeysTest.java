package io.github.medrecords.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.request.PatientIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PatientKeysTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef-site".getBytes(StandardCharsets.UTF_8);
    private static final PatientIdentity MARIA = PatientIdentity.of(PersonName.of("Maria", "Kowalski"),
            LocalDate.of(1971, 3, 14), null, new ContactDetails(null, null, null));

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aKeyIsNotTheUnkeyedDigestADictionaryReverses() throws Exception {
        String guess = sha256("kowalski|maria|1971-03-14");

        assertThat(PatientKey.of(MARIA).value()).isNotEqualTo(guess);
        assertThat(PatientKeys.hmacSha256(SECRET).keyOf(MARIA).value()).isNotEqualTo(guess);
    }

    @Test
    void aKeyIsTheHmacOfTheNormalisedNameAndBirthDateUnderTheSecret() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal("kowalski|maria|1971-03-14"
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(PatientKeys.hmacSha256(SECRET).keyOf(MARIA).value()).isEqualTo(expected);
    }

    @Test
    void otherSecretsGiveOtherKeysAndTheSameSecretTheSameKeyForEverySpelling() {
        PatientKeys site = PatientKeys.hmacSha256(SECRET);
        byte[] other = SECRET.clone();
        other[0] ^= 1;
        PatientIdentity spelt = PatientIdentity.of(PersonName.of("  MARÍA ", "Kowal-ski"), LocalDate.of(1971, 3, 14),
                null, new ContactDetails(null, null, null));

        assertThat(site.keyOf(MARIA)).isNotEqualTo(PatientKeys.hmacSha256(other).keyOf(MARIA))
                .isNotEqualTo(PatientKeys.development().keyOf(MARIA)).isEqualTo(site.keyOf(spelt));
        assertThat(site.fingerprint()).isNotEqualTo(PatientKeys.hmacSha256(other).fingerprint()).hasSize(16);
        assertThat(PatientKey.of(MARIA)).isEqualTo(PatientKeys.development().keyOf(MARIA));
    }

    @Test
    void keysEachPatientOfAnInterleavedRunAsAFreshKeyingWouldOnEveryThread() throws Exception {
        PatientKeys site = PatientKeys.hmacSha256(SECRET);
        PatientIdentity[] patients = {MARIA, PatientIdentity.of(PersonName.of("Seán", "D'Angelo"),
                LocalDate.of(1952, 4, 12), null, new ContactDetails(null, null, null)),
            PatientIdentity.of(PersonName.of("Maria", "Kowalski"), LocalDate.of(1971, 3, 15), null,
                new ContactDetails(null, null, null))};
        PatientKey[] expected = new PatientKey[patients.length];
        for (int i = 0; i < patients.length; i++) {
            expected[i] = PatientKeys.hmacSha256(SECRET).keyOf(patients[i]);
        }
        Runnable run = () -> {
            // The same patient twice, then another: the one remembered last must never answer for another.
            for (int i = 0; i < 60; i++) {
                int p = i / 2 % patients.length;
                assertThat(site.keyOf(patients[p])).as("step %d", i).isEqualTo(expected[p]);
            }
        };
        run.run();
        Thread other = new Thread(run);
        other.start();
        other.join();
        assertThat(expected).doesNotHaveDuplicates();
    }

    @Test
    void takesASecretOfExactlyTheShortestLengthAndSaysWhichKeysItIsWithoutTheSecret() {
        PatientKeys shortest = PatientKeys.hmacSha256(new byte[PatientKeys.MINIMUM_SECRET_BYTES]);

        assertThat(shortest.keyOf(MARIA)).isNotEqualTo(PatientKeys.hmacSha256(SECRET).keyOf(MARIA));
        assertThat(shortest).hasToString("PatientKeys[" + shortest.fingerprint() + "]");
        assertThat(PatientKeys.development())
                .hasToString("PatientKeys[development, " + PatientKeys.development().fingerprint() + "]");
    }

    @Test
    void refusesAShortSecretAndNeverShowsIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> PatientKeys.hmacSha256(new byte[31]))
                .withMessageContaining("32");
        assertThat(PatientKeys.hmacSha256(SECRET).toString()).doesNotContain("0123456789abcdef")
                .startsWith("PatientKeys[");
        assertThat(PatientKeys.development().isDevelopment()).isTrue();
        assertThat(PatientKeys.hmacSha256(SECRET).isDevelopment()).isFalse();
    }

    @Test
    void anAsciiNameGetsTheKeyTheGeneralNormalisationGivesIt() {
        // A combining accent is dropped by the normalisation but sends the name down its general path.
        PatientKeys site = PatientKeys.hmacSha256(SECRET);
        int compared = 0;
        for (char c = ' '; c < 0x7f; c++) {
            String given = "Jo " + c + "Ann";
            String family = "O'" + c + "Brien-Smith2";
            PatientIdentity ascii;
            PatientIdentity general;
            try {
                ascii = PatientIdentity.of(PersonName.of(given, family), LocalDate.of(1971, 3, 14), null,
                        new ContactDetails(null, null, null));
                general = PatientIdentity.of(PersonName.of(given + "\u0301", family + "\u0301"),
                        LocalDate.of(1971, 3, 14), null, new ContactDetails(null, null, null));
            } catch (IllegalArgumentException e) {
                continue;
            }
            assertThat(site.keyOf(ascii)).as("character %d", (int) c).isEqualTo(site.keyOf(general));
            compared++;
        }
        assertThat(compared).isGreaterThan(60);
    }
}

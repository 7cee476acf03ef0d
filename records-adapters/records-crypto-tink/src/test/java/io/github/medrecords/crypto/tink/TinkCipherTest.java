package io.github.medrecords.crypto.tink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.github.medrecords.core.port.SealedTextException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TinkCipherTest {

    @Test
    void sealedTextNamesTheFormatAndTheKeyAndIsTinksCiphertext() throws Exception {
        KeysetHandle keyset = TinkKeysets.generate();
        TinkCipher cipher = TinkCipher.of(keyset);

        String sealed = cipher.seal("Jane Doe", "row-1");

        assertThat(sealed).startsWith("mr1:" + Integer.toUnsignedString(keyset.getPrimary().getId()) + ":");
        byte[] ciphertext = Base64.getUrlDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
        Aead tink = keyset.getPrimitive(TinkKeysets.configuration(), Aead.class);
        assertThat(new String(tink.decrypt(ciphertext, "row-1".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)).isEqualTo("Jane Doe");
        // Tink's 5-byte prefix, a 12-byte nonce and a 16-byte tag around the 8 bytes of text.
        assertThat(ciphertext).hasSize(5 + 12 + 8 + 16);
    }

    @Test
    void aTextWhoseNamedKeyIsAnotherKeyOfTheKeysetDoesNotOpen() {
        KeysetHandle keyset = TinkKeysets.rotate(TinkKeysets.generate());
        TinkCipher cipher = TinkCipher.of(keyset);
        String older = Integer.toUnsignedString(keyset.getAt(0).getId());
        String sealed = cipher.seal("Jane Doe", "row-1");

        String renamed = "mr1:" + older + sealed.substring(sealed.lastIndexOf(':'));

        assertThatExceptionOfType(SealedTextException.class).isThrownBy(() -> cipher.open(renamed, "row-1"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(SealedTextException.Reason.NOT_AUTHENTIC));
    }

    @Test
    void readsACleartextKeysetFileAndOpensWhatTheSameKeysetSealed(@TempDir Path dir) throws Exception {
        KeysetHandle keyset = TinkKeysets.generate();
        Path file = dir.resolve("keyset.json");
        Files.writeString(file, TinkKeysets.toCleartextJson(keyset));

        TinkCipher fromFile = TinkCipher.fromJsonKeyset(file);

        assertThat(fromFile.currentKeyId()).isEqualTo(Integer.toUnsignedString(keyset.getPrimary().getId()));
        assertThat(fromFile.open(TinkCipher.of(keyset).seal("Jane Doe", "r"), "r")).isEqualTo("Jane Doe");
    }

    @Test
    void readsAKeysetWrappedByAKeyEncryptionKey() throws Exception {
        Aead kms = TinkKeysets.generate().getPrimitive(TinkKeysets.configuration(), Aead.class);
        KeysetHandle keyset = TinkKeysets.generate();
        String wrapped = TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(keyset, kms, new byte[0],
                TinkKeysets.configuration());

        TinkCipher cipher = TinkCipher.fromEncryptedJsonKeyset(wrapped, kms);

        assertThat(wrapped).doesNotContain(TinkKeysets.toCleartextJson(keyset).substring(0, 40));
        assertThat(cipher.open(TinkCipher.of(keyset).seal("Jane Doe", "r"), "r")).isEqualTo("Jane Doe");
        Aead otherKms = TinkKeysets.generate().getPrimitive(TinkKeysets.configuration(), Aead.class);
        assertThatIllegalArgumentException().isThrownBy(() -> TinkCipher.fromEncryptedJsonKeyset(wrapped, otherKms));
    }

    @Test
    void refusesKeysOfAnotherKind() throws Exception {
        KeysetHandle aes128 = KeysetHandle.generateNew(PredefinedAeadParameters.AES128_GCM,
                TinkKeysets.configuration());

        assertThatIllegalArgumentException().isThrownBy(() -> TinkCipher.of(aes128))
                .withMessageContaining("AES256-GCM");
    }

    @Test
    void refusesTextThatIsNotAKeysetWithoutQuotingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> TinkCipher.fromJsonKeyset("{\"secret\":\"Jane Doe\"}"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Jane"));
    }

    @Test
    void refusesAnUnpairedSurrogateInsteadOfChangingIt() {
        TinkCipher cipher = TinkCipher.of(TinkKeysets.generate());

        assertThatIllegalArgumentException().isThrownBy(() -> cipher.seal("Jane \ud800 Doe", "r"));
    }

    @Test
    void keepsOldKeysAfterARotationUntilOneIsRemoved() {
        KeysetHandle first = TinkKeysets.generate();
        String firstId = Integer.toUnsignedString(first.getPrimary().getId());
        KeysetHandle rotated = TinkKeysets.rotate(first);
        String old = TinkCipher.of(first).seal("Jane Doe", "r");

        TinkCipher afterRotation = TinkCipher.of(rotated);
        TinkCipher afterRemoval = TinkCipher.of(TinkKeysets.remove(rotated, firstId));

        assertThat(afterRotation.keyIds()).hasSize(2).contains(firstId, afterRotation.currentKeyId());
        assertThat(afterRotation.open(old, "r")).isEqualTo("Jane Doe");
        assertThat(afterRemoval.keyIds()).containsExactly(afterRotation.currentKeyId());
        assertThatExceptionOfType(SealedTextException.class).isThrownBy(() -> afterRemoval.open(old, "r"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(SealedTextException.Reason.UNKNOWN_KEY));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TinkKeysets.remove(rotated, afterRotation.currentKeyId()));
    }

    @Test
    void toStringNamesKeysOnly() {
        TinkCipher cipher = TinkCipher.of(TinkKeysets.generate());

        assertThat(cipher.toString()).contains(cipher.currentKeyId()).doesNotContain("value");
    }
}

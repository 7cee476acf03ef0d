package io.github.medrecords.crypto.tink;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmParameters;
import io.github.medrecords.core.port.SealedTextException;
import io.github.medrecords.core.port.StoredTextCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link StoredTextCipher} on Google Tink: AES256-GCM (Tink's {@code AES256_GCM}: a random 96-bit nonce
 * and a 128-bit tag per text) under the keys of a Tink keyset. The keyset's primary key seals; every
 * enabled key opens what it sealed.
 *
 * <p>A sealed text reads {@code mr1:<keyId>:<ciphertext>}: the format version, the Tink key id in decimal
 * (unsigned), and Tink's ciphertext (which begins with the same key id) in unpadded base64url. The
 * plaintext is UTF-8; the associated data a store passes (the row's id) is authenticated but not stored.
 *
 * <pre>{@code
 * TinkCipher cipher = TinkCipher.fromEncryptedJsonKeyset(json, kmsAead); // production: KMS-wrapped keyset
 * TinkCipher dev = TinkCipher.fromJsonKeyset(Path.of("dev-keyset.json")); // development and tests only
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TinkCipher implements StoredTextCipher {

    /** The prefix of every sealed text of this format. */
    public static final String PREFIX = "mr1:";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Tink's output prefix for keys of the TINK variant: a version byte, then the key id (big-endian). */
    private static final byte TINK_START_BYTE = 1;
    private static final int TINK_PREFIX_SIZE = 5;

    private final Aead aead;
    private final int primaryId;
    private final Set<Integer> enabledIds;

    private TinkCipher(Aead aead, int primaryId, Set<Integer> enabledIds) {
        this.aead = aead;
        this.primaryId = primaryId;
        this.enabledIds = Set.copyOf(enabledIds);
    }

    /**
     * Creates a cipher on a keyset whose keys are all AES256-GCM keys of Tink's {@code TINK} variant (as
     * {@link TinkKeysets} makes them, and as Tink's {@code AES256_GCM} template does).
     *
     * @param keyset  the keyset, not null
     * @return the cipher, not null
     * @throws IllegalArgumentException if a key of the keyset is of another kind
     */
    public static TinkCipher of(KeysetHandle keyset) {
        Objects.requireNonNull(keyset, "keyset");
        TinkKeysets.register();
        Set<Integer> enabled = new HashSet<>();
        for (int i = 0; i < keyset.size(); i++) {
            KeysetHandle.Entry entry = keyset.getAt(i);
            if (!(entry.getKey().getParameters() instanceof AesGcmParameters p) || p.getKeySizeBytes() != 32
                    || p.getVariant() != AesGcmParameters.Variant.TINK) {
                throw new IllegalArgumentException("Key " + Integer.toUnsignedString(entry.getId())
                        + " of the keyset is not an AES256-GCM key of Tink's TINK variant");
            }
            if (entry.getStatus() == KeyStatus.ENABLED) {
                enabled.add(entry.getId());
            }
        }
        try {
            return new TinkCipher(keyset.getPrimitive(TinkKeysets.configuration(), Aead.class),
                    keyset.getPrimary().getId(), enabled);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The keyset cannot make an AEAD", e);
        }
    }

    /**
     * Creates a cipher from a keyset in Tink's JSON format, with its keys in clear text. For development and
     * tests only: in production the keyset is wrapped by a key in a KMS ({@link #fromEncryptedJsonKeyset}).
     *
     * @param json  the keyset, not null
     * @return the cipher, not null
     * @throws IllegalArgumentException if the text is not such a keyset, or holds another kind of key
     */
    public static TinkCipher fromJsonKeyset(String json) {
        return of(TinkKeysets.parse(json));
    }

    /**
     * Creates a cipher from a file with a keyset in Tink's JSON format, its keys in clear text; for
     * development and tests only (see {@link #fromJsonKeyset(String)}).
     *
     * @param file  the keyset file, UTF-8, not null
     * @return the cipher, not null
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if the file does not hold such a keyset
     */
    public static TinkCipher fromJsonKeyset(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return fromJsonKeyset(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The keyset file cannot be read", e);
        }
    }

    /**
     * Creates a cipher from a keyset in Tink's JSON format encrypted by a key-encryption key, usually a
     * key in a cloud KMS or an HSM reached through one of Tink's KMS extensions ({@code tink-gcpkms},
     * {@code tink-awskms}) as an {@link Aead}. Only the wrapped keyset is stored with the application; the
     * key that unwraps it never leaves the KMS.
     *
     * @param json  the encrypted keyset, not null
     * @param keyEncryptionKey  the key that wrapped it, not null
     * @return the cipher, not null
     * @throws IllegalArgumentException if the keyset cannot be unwrapped or holds another kind of key
     */
    public static TinkCipher fromEncryptedJsonKeyset(String json, Aead keyEncryptionKey) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(keyEncryptionKey, "keyEncryptionKey");
        TinkKeysets.register();
        try {
            return of(TinkJsonProtoKeysetFormat.parseEncryptedKeyset(json, keyEncryptionKey, new byte[0],
                    TinkKeysets.configuration()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The encrypted keyset cannot be unwrapped", e);
        }
    }

    /**
     * Returns the key ids this cipher can open, the current one among them.
     *
     * @return the ids, not null
     */
    public Set<String> keyIds() {
        Set<String> ids = new HashSet<>();
        enabledIds.forEach(id -> ids.add(Integer.toUnsignedString(id)));
        return Set.copyOf(ids);
    }

    @Override
    public String currentKeyId() {
        return Integer.toUnsignedString(primaryId);
    }

    @Override
    public String seal(String plaintext, String associatedData) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(associatedData, "associatedData");
        byte[] ciphertext;
        try {
            ciphertext = aead.encrypt(utf8(plaintext), associatedData.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink failed to seal a text", e);
        }
        return PREFIX + currentKeyId() + ":" + ENCODER.encodeToString(ciphertext);
    }

    @Override
    public String open(String sealed, String associatedData) {
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(associatedData, "associatedData");
        int keyId = parseKeyId(sealed);
        String keyText = Integer.toUnsignedString(keyId);
        if (!enabledIds.contains(keyId)) {
            throw new SealedTextException(SealedTextException.Reason.UNKNOWN_KEY, keyText, null);
        }
        String payload = sealed.substring(PREFIX.length() + keyText.length() + 1);
        byte[] ciphertext;
        try {
            ciphertext = DECODER.decode(payload);
        } catch (IllegalArgumentException e) {
            throw new SealedTextException(SealedTextException.Reason.MALFORMED, keyText, null);
        }
        // One spelling per ciphertext: a changed unused bit in the last character is a change too.
        if (!ENCODER.encodeToString(ciphertext).equals(payload)) {
            throw new SealedTextException(SealedTextException.Reason.MALFORMED, keyText, null);
        }
        // Tink picks the key by the ciphertext's own prefix: it must be the key the text names.
        if (ciphertext.length < TINK_PREFIX_SIZE || ciphertext[0] != TINK_START_BYTE
                || ByteBuffer.wrap(ciphertext, 1, 4).getInt() != keyId) {
            throw new SealedTextException(SealedTextException.Reason.NOT_AUTHENTIC, keyText, null);
        }
        try {
            return new String(aead.decrypt(ciphertext, associatedData.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new SealedTextException(SealedTextException.Reason.NOT_AUTHENTIC, keyText, null);
        }
    }

    @Override
    public String keyIdOf(String sealed) {
        Objects.requireNonNull(sealed, "sealed");
        return Integer.toUnsignedString(parseKeyId(sealed));
    }

    /** Reads the key id of {@code mr1:<id>:...}, refusing any other spelling of the same number. */
    private static int parseKeyId(String sealed) {
        int end = sealed.startsWith(PREFIX) ? sealed.indexOf(':', PREFIX.length()) : -1;
        if (end < 0) {
            throw new SealedTextException(SealedTextException.Reason.MALFORMED, null, null);
        }
        String text = sealed.substring(PREFIX.length(), end);
        int id;
        try {
            id = Integer.parseUnsignedInt(text);
        } catch (NumberFormatException e) {
            throw new SealedTextException(SealedTextException.Reason.MALFORMED, null, null);
        }
        if (!Integer.toUnsignedString(id).equals(text)) {
            throw new SealedTextException(SealedTextException.Reason.MALFORMED, null, null);
        }
        return id;
    }

    /** Encodes strictly: an unpaired surrogate would otherwise come back as '?'. */
    private static byte[] utf8(String text) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The text holds an unpaired surrogate, which UTF-8 cannot encode", e);
        }
    }

    @Override
    public String toString() {
        return "TinkCipher[current key " + currentKeyId() + ", " + enabledIds.size() + " keys]";
    }
}

package io.github.medrecords.crypto.tink;

import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Makes, rotates and trims the Tink keysets a {@link TinkCipher} works with: AES256-GCM keys of Tink's
 * {@code TINK} variant. A rotation adds a new key and makes it the primary; the old keys stay until every
 * stored text is sealed again under the new one (the store's re-encryption), and can then be removed.
 *
 * <p>The same steps are available in Tink's own {@code tinkey} tool ({@code add-key}, {@code promote-key},
 * {@code delete-key}), which also works on KMS-wrapped keysets. Stateless and thread-safe.
 */
public final class TinkKeysets {

    private TinkKeysets() {
    }

    /**
     * Returns a new keyset with one AES256-GCM key, its primary.
     *
     * @return the keyset, not null
     */
    public static KeysetHandle generate() {
        register();
        try {
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM, configuration());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot make an AES256-GCM key", e);
        }
    }

    /**
     * Returns a keyset with every key of the given one and a new AES256-GCM key as its primary.
     *
     * @param keyset  the keyset, not null
     * @return the rotated keyset, not null
     */
    public static KeysetHandle rotate(KeysetHandle keyset) {
        Objects.requireNonNull(keyset, "keyset");
        register();
        try {
            return KeysetHandle.newBuilder(keyset)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot add a key to the keyset", e);
        }
    }

    /**
     * Returns a keyset without one of its keys, for after every text that key sealed is sealed again.
     *
     * @param keyset  the keyset, not null
     * @param keyId  the id of the key to remove, as a sealed text names it, not null
     * @return the keyset without the key, not null
     * @throws IllegalArgumentException if the keyset has no such key, or it is the primary
     */
    public static KeysetHandle remove(KeysetHandle keyset, String keyId) {
        Objects.requireNonNull(keyset, "keyset");
        Objects.requireNonNull(keyId, "keyId");
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
        for (int i = 0; i < builder.size(); i++) {
            if (Integer.toUnsignedString(keyset.getAt(i).getId()).equals(keyId)) {
                if (keyset.getAt(i).isPrimary()) {
                    throw new IllegalArgumentException("Key " + keyId + " is the keyset's primary");
                }
                builder.deleteAt(i);
                try {
                    return builder.build();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("Tink cannot rebuild the keyset", e);
                }
            }
        }
        throw new IllegalArgumentException("The keyset has no key " + keyId);
    }

    /**
     * Writes a keyset in Tink's JSON format with its keys in clear text, for development and tests only;
     * production keysets are written wrapped by a KMS key ({@code TinkJsonProtoKeysetFormat
     * .serializeEncryptedKeyset}).
     *
     * @param keyset  the keyset, not null
     * @return the JSON keyset, not null
     */
    public static String toCleartextJson(KeysetHandle keyset) {
        Objects.requireNonNull(keyset, "keyset");
        register();
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, configuration(), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The keyset cannot be written", e);
        }
    }

    /** Reads a cleartext JSON keyset. */
    static KeysetHandle parse(String json) {
        Objects.requireNonNull(json, "json");
        register();
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, configuration(), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            // The exception may quote the keyset: keep only its kind.
            throw new IllegalArgumentException("The text is not a Tink JSON keyset (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /** Registers Tink's AEAD key types; safe to call again. */
    static void register() {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's AEAD key types cannot be registered", e);
        }
    }

    /** The configuration keysets are read and primitives made under: the AEAD key types registered with Tink. */
    static Configuration configuration() throws GeneralSecurityException {
        return RegistryConfiguration.get();
    }
}

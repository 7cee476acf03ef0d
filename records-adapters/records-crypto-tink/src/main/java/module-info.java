/**
 * The stored-text cipher of medrecords on Google Tink: {@link io.github.medrecords.crypto.tink.TinkCipher}
 * seals a store's text with AES256-GCM under a keyset the host provides, and {@link
 * io.github.medrecords.crypto.tink.TinkKeysets} makes and rotates such keysets.
 */
module io.github.medrecords.crypto.tink {
    requires transitive io.github.medrecords.core;
    // Tink ships no module descriptor; its jar names the automatic module com.google.crypto.tink.
    requires transitive com.google.crypto.tink;

    exports io.github.medrecords.crypto.tink;
}

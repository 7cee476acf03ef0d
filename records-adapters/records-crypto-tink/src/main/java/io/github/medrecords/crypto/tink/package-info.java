/**
 * The stored-text cipher on Google Tink: {@link io.github.medrecords.crypto.tink.TinkCipher} implements the
 * core's {@code StoredTextCipher} port with AES256-GCM, and {@link io.github.medrecords.crypto.tink.TinkKeysets}
 * makes, rotates and trims its keysets.
 */
package io.github.medrecords.crypto.tink;

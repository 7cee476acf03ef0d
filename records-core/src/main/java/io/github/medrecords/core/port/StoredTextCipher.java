package io.github.medrecords.core.port;

/**
 * Seals text a store keeps at rest (a request's document with the patient's name, date of birth,
 * contact details and free text) with an authenticated cipher under a key the host provides, and opens it
 * again.
 *
 * <p>A sealed text names the key that sealed it, so a host can rotate keys: a cipher holds one current
 * key, which seals, and any number of older keys, which still open what they sealed, until a store has
 * sealed its rows again under the current key ({@link #keyIdOf} tells which rows are behind). The
 * associated data binds a sealed text to the place it belongs (a store passes the row's id): the same
 * text opened with other associated data fails, so a sealed value copied to another row does not open
 * there.
 *
 * <p>Implementation requirements: an implementation is thread-safe; {@link #seal} is randomised (sealing
 * the same text twice gives two different sealed texts); a sealed text is printable ASCII without line
 * breaks and never begins with an opening brace or bracket (so a store can tell it from the plain JSON it
 * wrote before encryption was switched on); every failure to open throws {@link SealedTextException}
 * (never another exception), whose message holds neither the plaintext nor the associated data; and
 * every implementation passes the test kit's {@code StoredTextCipherContract}. The core itself never
 * calls this port: storage adapters do.
 */
public interface StoredTextCipher {

    /**
     * Returns the id of the key {@link #seal} uses now.
     *
     * @return the current key id, not blank, without {@code ':'}
     */
    String currentKeyId();

    /**
     * Seals a text under the current key.
     *
     * @param plaintext  the text, may be empty, not null
     * @param associatedData  what the sealed text is bound to (a row's id), not null
     * @return the sealed text, naming the current key, not null
     */
    String seal(String plaintext, String associatedData);

    /**
     * Opens a text this cipher, or one holding the same keys, sealed.
     *
     * @param sealed  the sealed text, not null
     * @param associatedData  the associated data it was sealed with, not null
     * @return the plaintext, not null
     * @throws SealedTextException if the text is malformed, names a key this cipher does not hold, was
     *     changed, or was sealed with other associated data
     */
    String open(String sealed, String associatedData);

    /**
     * Returns the id of the key that sealed a text, without opening it.
     *
     * @param sealed  the sealed text, not null
     * @return the key id, not blank
     * @throws SealedTextException if the text is not a sealed text of this cipher's format
     */
    String keyIdOf(String sealed);
}

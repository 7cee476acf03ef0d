package io.github.medrecords.core.port;

import io.github.medrecords.core.MedrecordsException;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by a {@link StoredTextCipher} when a sealed text cannot be opened. The message names the
 * reason and the key id, never the text or what it was bound to.
 */
public class SealedTextException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    /**
     * Why a sealed text cannot be opened.
     */
    public enum Reason {
        /** The text is not in the cipher's sealed format. */
        MALFORMED("is not a sealed text"),
        /** The text names a key the cipher does not hold (removed, or from another deployment). */
        UNKNOWN_KEY("names a key this cipher does not hold"),
        /** The text was changed, or sealed with other associated data (copied from another row). */
        NOT_AUTHENTIC("fails authentication: it was changed or belongs elsewhere");

        private final String words;

        Reason(String words) {
            this.words = words;
        }
    }

    private final Reason reason;
    private final String keyId;

    /**
     * Creates the exception.
     *
     * @param reason  why the text cannot be opened, not null
     * @param keyId  the key id the text names, null if it names none
     * @param cause  the cipher's own exception, may be null
     */
    public SealedTextException(Reason reason, String keyId, Throwable cause) {
        super("The sealed text " + (keyId == null ? "" : "(key " + keyId + ") ")
                + Objects.requireNonNull(reason, "reason").words, cause);
        this.reason = reason;
        this.keyId = keyId;
    }

    /**
     * Returns why the text cannot be opened.
     *
     * @return the reason, not null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the key id the text names, if it names one.
     *
     * @return the key id, not null
     */
    public Optional<String> keyId() {
        return Optional.ofNullable(keyId);
    }
}

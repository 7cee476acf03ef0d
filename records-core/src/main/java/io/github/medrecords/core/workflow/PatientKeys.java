package io.github.medrecords.core.workflow;

import io.github.medrecords.core.request.PatientIdentity;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a deployment derives {@link PatientKey}s: HMAC-SHA256, under a secret the host provides, of the
 * normalised name and date of birth. Without the secret a stored key cannot be tested against a list
 * of names and birth dates, as an unkeyed digest can.
 *
 * <p>The host keeps one secret per deployment (every instance sharing a store uses the same one) in
 * its secret store, not beside the database, and gives the same {@code PatientKeys} to the
 * {@code RequestService} and to a persistent store. {@link #development()} uses a secret printed in
 * this library's source: it suits the in-memory store, demos and tests, and protects nothing.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the fingerprint, never the secret.
 */
public final class PatientKeys {

    /** The shortest secret accepted, in bytes (the HMAC-SHA256 block's half, as RFC 2104 advises at least). */
    public static final int MINIMUM_SECRET_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final PatientKeys DEVELOPMENT = new PatientKeys(
            "medrecords development patient-key secret: public, protects nothing".getBytes(StandardCharsets.UTF_8),
            true);

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    /**
     * Per thread, the patient keyed last (weakly held, so never kept alive by this) and its key: a
     * submission's patient is keyed by the service and then again by a store checking the key, the same
     * object both times.
     */
    private final ThreadLocal<KeyedLast> last = new ThreadLocal<>();
    private final boolean development;
    private final String fingerprint;

    private PatientKeys(byte[] secret, boolean development) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.development = development;
        this.fingerprint = HexFormat.of().formatHex(mac("medrecords patient-key fingerprint".getBytes(
                StandardCharsets.UTF_8))).substring(0, 16);
    }

    /**
     * Keys patients with HMAC-SHA256 under a deployment's secret.
     *
     * @param secret  the secret, at least {@value #MINIMUM_SECRET_BYTES} random bytes; copied, not null
     * @return the patient keys, not null
     * @throws IllegalArgumentException if the secret is shorter than {@value #MINIMUM_SECRET_BYTES} bytes
     */
    public static PatientKeys hmacSha256(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("A patient-key secret has at least " + MINIMUM_SECRET_BYTES
                    + " bytes, not " + secret.length);
        }
        return new PatientKeys(Arrays.copyOf(secret, secret.length), false);
    }

    /**
     * Keys patients under a secret published in this library's source: for the in-memory store, demos
     * and tests only. {@link PatientKey#of} uses it.
     *
     * @return the development patient keys, not null
     */
    public static PatientKeys development() {
        return DEVELOPMENT;
    }

    /**
     * Derives a patient's key. Two spellings of a name that differ only in case, accents, spacing or
     * punctuation get the same key.
     *
     * @param patient  the patient, not null
     * @return the key, not null
     */
    public PatientKey keyOf(PatientIdentity patient) {
        Objects.requireNonNull(patient, "patient");
        KeyedLast memo = last.get();
        if (memo != null && memo.patient().get() == patient) {
            return memo.key();
        }
        String text = normalize(patient.name().family()) + "|" + normalize(patient.name().given()) + "|"
                + patient.dateOfBirth();
        PatientKey key = new PatientKey(HexFormat.of().formatHex(mac(text.getBytes(StandardCharsets.UTF_8))));
        last.set(new KeyedLast(new WeakReference<>(patient), key));
        return key;
    }

    /** A patient keyed last on a thread, and its key. */
    private record KeyedLast(WeakReference<PatientIdentity> patient, PatientKey key) {
    }

    /**
     * Returns a short fingerprint of the secret that reveals nothing of it, so a store can tell which
     * secret made its keys.
     *
     * @return 16 lower-case hex digits, not null
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Tells whether these are the {@linkplain #development() development} keys.
     *
     * @return true for the development keys
     */
    public boolean isDevelopment() {
        return development;
    }

    private byte[] mac(byte[] text) {
        // One initialised Mac per thread: looking the algorithm up and keying it cost more than the digest.
        return macs.get().doFinal(text);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java platform provides HmacSHA256", e);
        }
    }

    private static String normalize(String s) {
        String ascii = normalizeAscii(s);
        if (ascii != null) {
            return ascii;
        }
        return NOT_LETTER_OR_DIGIT.matcher(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll(""))
                .replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * The same as the general normalisation for text of ASCII characters only, without its regular
     * expressions: ASCII has no decompositions and no combining marks, and its letters and digits are
     * A-Z, a-z and 0-9. Null for text with any other character.
     */
    private static String normalizeAscii(String s) {
        int length = s.length();
        char[] kept = new char[length];
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                kept[n++] = c;
            } else if (c >= 'A' && c <= 'Z') {
                kept[n++] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(kept, 0, n);
    }

    @Override
    public String toString() {
        return "PatientKeys[" + (development ? "development, " : "") + fingerprint + "]";
    }
}

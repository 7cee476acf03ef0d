package io.github.medrecords.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: HMAC-SHA256 with the webhook's shared secret over
 * {@code <unix seconds> + "." + <body>}, sent as
 * {@code X-Medrecords-Signature: t=<unix seconds>,v1=<lowercase hex>}.
 *
 * <p>A receiver checks a request in one call:
 * <pre>{@code
 * boolean ok = WebhookSignature.verify(secret, request.header("X-Medrecords-Signature"), body,
 *         Instant.now(), Duration.ofMinutes(5));
 * }</pre>
 * The timestamp is signed so that a captured request cannot be replayed after the tolerance; within
 * it, the {@code Idempotency-Key} header lets the receiver drop repeats.
 *
 * <p>Stateless and thread-safe.
 */
public final class WebhookSignature {

    /** The name of the signature header. */
    public static final String HEADER = "X-Medrecords-Signature";

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /**
     * Signs a body at a time.
     *
     * @param secret  the webhook's shared secret, not empty
     * @param timestamp  when the request is sent, not null
     * @param body  the exact body, not null
     * @return the header value {@code t=<unix seconds>,v1=<hex>}, not null
     * @throws IllegalArgumentException if the secret is empty
     */
    public static String sign(String secret, Instant timestamp, String body) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(body, "body");
        long t = timestamp.getEpochSecond();
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac(secret, t, body));
    }

    /**
     * Verifies a signature header: well formed, made with this secret over this body, and stamped
     * within the tolerance of now (either way, compared exactly, not in whole seconds).
     *
     * <p>A header may carry several {@code v1=} values (for example while the sender's secret is being
     * rotated, one per secret); the header is valid if any of them matches, each compared in constant
     * time. A header with no {@code t=}, more than one {@code t=}, or no {@code v1=} is refused.
     *
     * @param secret  the webhook's shared secret, not empty
     * @param header  the {@code X-Medrecords-Signature} header as received, may be null (then false)
     * @param body  the exact body as received, not null
     * @param now  the receiver's current time, not null
     * @param tolerance  how far the stamp may be from now, not negative, not null
     * @return true if the signature is valid and fresh
     * @throws IllegalArgumentException if the secret is empty or the tolerance negative
     */
    public static boolean verify(String secret, String header, String body, Instant now, Duration tolerance) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("Tolerance " + tolerance + " is negative");
        }
        if (header == null) {
            return false;
        }
        Long t = null;
        List<byte[]> candidates = new ArrayList<>();
        for (String part : header.split(",")) {
            String p = part.strip();
            if (p.startsWith("t=")) {
                if (t != null) {
                    return false; // two stamps: ambiguous, refuse
                }
                try {
                    t = Long.parseLong(p.substring(2));
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (p.startsWith("v1=")) {
                try {
                    candidates.add(HexFormat.of().parseHex(p.substring(3)));
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
        }
        if (t == null || candidates.isEmpty() || !fresh(t, now, tolerance)) {
            return false;
        }
        byte[] actual = mac(secret, t, body);
        boolean matched = false;
        for (byte[] candidate : candidates) {
            // every candidate is compared in constant time, and all of them, so the time taken does not
            // tell which one matched
            matched |= MessageDigest.isEqual(candidate, actual);
        }
        return matched;
    }

    /**
     * Whether a stamp in unix seconds lies within the tolerance of now, compared exactly (to the
     * nanosecond of the tolerance) and without overflow for any {@code long} stamp.
     */
    private static boolean fresh(long t, Instant now, Duration tolerance) {
        if (t < Instant.MIN.getEpochSecond() || t > Instant.MAX.getEpochSecond()) {
            return false;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(t), now).abs();
        return age.compareTo(tolerance) <= 0;
    }

    private static byte[] mac(String secret, long t, String body) {
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("A webhook secret must not be empty");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}

package io.github.medrecords.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "0123456789abcdef-shared";
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void signsTimestampAndBodyWithHmacSha256() {

        assertThat(WebhookSignature.sign(SECRET, T, "{}"))
                .isEqualTo("t=1772442000,v1=" + hmacOf("1772442000.{}"));
    }

    private static String hmacOf(String text) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void verifiesItsOwnSignatureWithinTheTolerance() {
        String header = WebhookSignature.sign(SECRET, T, "{\"a\":1}");

        assertThat(WebhookSignature.verify(SECRET, header, "{\"a\":1}", T.plusSeconds(299), FIVE_MINUTES)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, "{\"a\":1}", T.minusSeconds(299), FIVE_MINUTES)).isTrue();
    }

    @Test
    void refusesATamperedBodyAWrongSecretAStaleStampOrAChangedStamp() {
        String header = WebhookSignature.sign(SECRET, T, "{\"a\":1}");

        assertThat(WebhookSignature.verify(SECRET, header, "{\"a\":2}", T, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verify(SECRET + "x", header, "{\"a\":1}", T, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, "{\"a\":1}", T.plusSeconds(301), FIVE_MINUTES)).isFalse();
        String moved = header.replace("t=" + T.getEpochSecond(), "t=" + (T.getEpochSecond() + 1));
        assertThat(WebhookSignature.verify(SECRET, moved, "{\"a\":1}", T, FIVE_MINUTES)).isFalse();
    }

    @Test
    void refusesMalformedHeaders() {
        assertThat(WebhookSignature.verify(SECRET, null, "{}", T, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "", "{}", T, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=abc,v1=00", "{}", T, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=1772442000,v1=zz", "{}", T, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=1772442000", "{}", T, FIVE_MINUTES)).isFalse();
    }

    @Test
    void refusesAnEmptySecretAndANegativeTolerance() {
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignature.sign("", T, "{}"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookSignature.verify(SECRET, "t=1,v1=00", "{}", T, Duration.ofSeconds(-1)));
    }

    @Test
    void refusesAStampSoFarAwayThatTheAgeWouldOverflow() {
        for (long far : new long[] {T.getEpochSecond() + Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE,
                Long.MIN_VALUE + 1, -T.getEpochSecond() + Long.MIN_VALUE}) {
            String header = "t=" + far + ",v1=" + hmacOf(far + ".{}");

            assertThat(WebhookSignature.verify(SECRET, header, "{}", T, FIVE_MINUTES)).as("t=%d", far).isFalse();
        }
    }

    @Test
    void comparesTheAgeWithTheExactToleranceNotWholeSeconds() {
        String header = WebhookSignature.sign(SECRET, T, "{}");

        assertThat(WebhookSignature.verify(SECRET, header, "{}", T.plusMillis(900), Duration.ofMillis(500))).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, "{}", T.plusMillis(1900), Duration.ofMillis(1500)))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, "{}", T.plusMillis(1500), Duration.ofMillis(1500)))
                .isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, "{}", T.minusMillis(400), Duration.ofMillis(500)))
                .isTrue();
    }

    @Test
    void acceptsAHeaderWhoseSecondOrLaterSignatureMatches() {
        String good = WebhookSignature.sign(SECRET, T, "{}");
        String stamp = "t=" + T.getEpochSecond();
        String signature = good.substring(good.indexOf("v1="));
        String other = "v1=" + hmacOf("0.other");

        assertThat(WebhookSignature.verify(SECRET, stamp + "," + other + "," + signature, "{}", T, FIVE_MINUTES))
                .isTrue();
        assertThat(WebhookSignature.verify(SECRET, stamp + "," + other + ", " + other + "," + signature, "{}", T,
                FIVE_MINUTES)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, stamp + "," + other + "," + other, "{}", T, FIVE_MINUTES))
                .isFalse();
    }

    @Test
    void refusesAHeaderWithTwoStamps() {
        String good = WebhookSignature.sign(SECRET, T, "{}");

        assertThat(WebhookSignature.verify(SECRET, good + ",t=1", "{}", T, FIVE_MINUTES)).isFalse();
    }
}

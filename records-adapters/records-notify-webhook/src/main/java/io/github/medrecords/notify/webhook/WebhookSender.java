package io.github.medrecords.notify.webhook;

import io.github.medrecords.core.notification.NotificationPayload;
import io.github.medrecords.core.notification.PayloadKey;
import io.github.medrecords.core.notification.PayloadSchema;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.NotificationException;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.port.OutboxMessage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends {@link Channel#WEBHOOK} messages as signed JSON POSTs over {@code java.net.http}.
 *
 * <p>The message's recipient names a webhook configured on the builder ({@link WebhookEndpoint}: URL
 * and shared secret). The body is a JSON object with the event and nothing about the patient, versioned
 * ({@code schemaVersion}, {@link PayloadSchema#WEBHOOK_VERSION}); the module's README documents its JSON
 * schema per event, and a test checks every event's body against it:
 * <pre>{@code
 * {"schemaVersion":1,"id":"<idempotency key>","event":"PAID","practiceId":"seed",
 *  "practice":"Seed Family Practice","requestNumber":"2026-000042","status":"READY_FOR_RELEASE",
 *  "occurredAt":"2026-03-02T09:00:00Z","amountDue":"0.00","amount":"31.50"}
 * }</pre>
 * The payload is read through the notification contract ({@link NotificationPayload#read}); one with a
 * missing key, a value of the wrong type or a key outside the contract is refused with an
 * {@link io.github.medrecords.core.notification.InvalidPayloadException} before anything is sent, and the
 * relay dead-letters it.
 * Headers: {@code Content-Type: application/json}, {@code Idempotency-Key} (the same on every attempt),
 * {@code X-Medrecords-Event} and {@code X-Medrecords-Signature: t=<unix seconds>,v1=<hex>} (see
 * {@link WebhookSignature}).
 *
 * <p>Outcomes: a 2xx response is delivered; 408, 429 and 5xx are retryable, honouring a
 * {@code Retry-After} header in seconds or as an HTTP date; any other status (4xx, or a redirect,
 * which is not followed) is final; a timeout or a connection error is retryable. Failure messages
 * name the webhook and the status, never the body.
 *
 * <p>Immutable and thread-safe.
 */
public final class WebhookSender implements NotificationSender {

    /** The header that carries the message's idempotency key. */
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    /** The header that names the event. */
    public static final String EVENT_HEADER = "X-Medrecords-Event";

    /** The payload keys a body carries beyond the message's own fields, in body order. */
    private static final List<PayloadKey> BODY_KEYS = List.of(PayloadKey.AMOUNT_DUE, PayloadKey.AMOUNT,
            PayloadKey.DENIAL_GROUND, PayloadKey.DENIAL_WHOLE, PayloadKey.REVIEWABLE, PayloadKey.REVIEW_OUTCOME,
            PayloadKey.EXTENSION_NEW_DATE, PayloadKey.LEGAL_DATE, PayloadKey.BINDING_DATE_MOVED,
            PayloadKey.EXTENSION_LIMITED_BY, PayloadKey.COMPANY);

    private final Map<String, WebhookEndpoint> endpoints;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final Clock clock;

    private WebhookSender(Builder b) {
        this.endpoints = Map.copyOf(b.endpoints);
        this.client = b.client != null ? b.client
                : HttpClient.newBuilder().connectTimeout(b.connectTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = b.requestTimeout;
        this.clock = b.clock;
    }

    /**
     * Returns a builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    /**
     * Posts the message's event to its webhook.
     *
     * @param message  a webhook message, not null
     * @throws NotificationException if the webhook is unknown, the payload breaks the notification contract
     *     (final), or the receiver did not answer 2xx; retryable
     *     for 408, 429, 5xx, timeouts and connection errors
     * @throws IllegalArgumentException if the message is not a webhook message
     */
    @Override
    public void send(OutboxMessage message) {
        Objects.requireNonNull(message, "message");
        if (message.channel() != Channel.WEBHOOK) {
            throw new IllegalArgumentException("Message " + message.id() + " is not a webhook message");
        }
        WebhookEndpoint endpoint = endpoints.get(message.recipient());
        if (endpoint == null) {
            throw new NotificationException("No webhook named " + message.recipient() + " is configured", false, null,
                    null);
        }
        String body = json(message, NotificationPayload.read(message));
        Instant now = clock.instant();
        HttpRequest request = HttpRequest.newBuilder(endpoint.url())
                .timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(IDEMPOTENCY_HEADER, message.idempotencyKey())
                .header(EVENT_HEADER, message.event().name())
                .header(WebhookSignature.HEADER, WebhookSignature.sign(endpoint.secret(), now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new NotificationException("Webhook " + endpoint.name() + " timed out", true, null, e);
        } catch (IOException e) {
            throw new NotificationException("Webhook " + endpoint.name() + " could not be reached: "
                    + e.getClass().getSimpleName(), true, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotificationException("Sending to webhook " + endpoint.name() + " was interrupted", true, null,
                    e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        boolean retryable = status == 408 || status == 429 || status >= 500;
        Duration retryAfter = retryable
                ? response.headers().firstValue("Retry-After").flatMap(v -> parseRetryAfter(v, clock.instant()))
                        .orElse(null)
                : null;
        throw new NotificationException("Webhook " + endpoint.name() + " answered " + status, retryable, retryAfter,
                null);
    }

    /**
     * Reads a {@code Retry-After} value: a number of seconds or an HTTP date (RFC 1123).
     *
     * @param value  the header value, not null
     * @param now  the current time, not null
     * @return the delay, zero for a date in the past, empty if the value is neither form
     */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Builds the event's JSON from the message's own fields and the typed payload's webhook keys
     * ({@link PayloadSchema} for {@link Channel#WEBHOOK}), so that nothing else can reach the receiver:
     * amounts as decimal strings, dates as ISO strings, flags as booleans.
     */
    static String json(OutboxMessage message, NotificationPayload payload) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("schemaVersion", PayloadSchema.WEBHOOK_VERSION);
        fields.put("id", message.idempotencyKey());
        fields.put("event", message.event().name());
        fields.put("practiceId", message.practiceId().value());
        fields.put("practice", payload.required(PayloadKey.PRACTICE));
        fields.put("requestNumber", message.requestNumber().value());
        fields.put("status", payload.required(PayloadKey.STATUS));
        fields.put("occurredAt", message.createdAt().toString());
        for (PayloadKey key : BODY_KEYS) {
            payload.text(key).ifPresent(v -> fields.put(key.wireName(),
                    key.type() == PayloadKey.ValueType.FLAG ? Boolean.valueOf(v) : v));
        }
        StringBuilder out = new StringBuilder("{");
        fields.forEach((k, v) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, k);
            out.append(':');
            if (v instanceof String text) {
                quote(out, text);
            } else {
                out.append(v);
            }
        });
        return out.append('}').toString();
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return "WebhookSender[" + endpoints.keySet() + ", timeout=" + requestTimeout + "]";
    }

    /**
     * Builds a {@link WebhookSender}. Defaults: a connect timeout of 5 seconds, a request timeout of 10
     * seconds, the system UTC clock. Not thread-safe.
     */
    public static final class Builder {

        private final Map<String, WebhookEndpoint> endpoints = new LinkedHashMap<>();
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Clock clock = Clock.systemUTC();
        private HttpClient client;

        private Builder() {
        }

        /**
         * Adds a webhook, replacing one of the same name.
         *
         * @param endpoint  the endpoint, not null
         * @return this builder, not null
         */
        public Builder endpoint(WebhookEndpoint endpoint) {
            Objects.requireNonNull(endpoint, "endpoint");
            endpoints.put(endpoint.name(), endpoint);
            return this;
        }

        /**
         * Sets how long to wait for a connection; ignored when a client is supplied.
         *
         * @param timeout  the timeout, positive, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if not positive
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "Connect timeout");
            return this;
        }

        /**
         * Sets how long to wait for the response to one request.
         *
         * @param timeout  the timeout, positive, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if not positive
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "Request timeout");
            return this;
        }

        /**
         * Sets the clock the signature's timestamp comes from.
         *
         * @param newClock  the clock, not null
         * @return this builder, not null
         */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /**
         * Supplies the HTTP client (a proxy, TLS settings); it should not follow redirects.
         *
         * @param newClient  the client, not null
         * @return this builder, not null
         */
        public Builder httpClient(HttpClient newClient) {
            this.client = Objects.requireNonNull(newClient, "client");
            return this;
        }

        /**
         * Builds the sender.
         *
         * @return the sender, not null
         * @throws IllegalStateException if no webhook is configured
         */
        public WebhookSender build() {
            if (endpoints.isEmpty()) {
                throw new IllegalStateException("A webhook sender needs at least one endpoint");
            }
            return new WebhookSender(this);
        }

        private static Duration positive(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " " + d + " is not positive");
            }
            return d;
        }
    }
}

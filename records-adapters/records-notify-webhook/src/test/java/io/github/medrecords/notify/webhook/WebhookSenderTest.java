package io.github.medrecords.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.medrecords.core.notification.InvalidPayloadException;
import io.github.medrecords.core.notification.NotificationPayload;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.NotificationException;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestNumber;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String SECRET = "0123456789abcdef-shared";

    /** One request as the receiver saw it. */
    private record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** What the receiver does with the next request. */
    private record Reply(int status, Map<String, String> headers, boolean hang) {
        static Reply of(int status) {
            return new Reply(status, Map.of(), false);
        }
    }

    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private ExecutorService serverThreads;
    private URI url;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/hooks/events", this::handle);
        server.start();
        url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/events");
    }

    @AfterEach
    void stopReceiver() {
        release.countDown();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
        Reply reply;
        synchronized (replies) {
            reply = replies.isEmpty() ? Reply.of(200) : replies.poll();
        }
        if (reply.hang()) {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(reply.status(), -1);
        exchange.close();
    }

    private void replyWith(Reply... next) {
        synchronized (replies) {
            replies.addAll(List.of(next));
        }
    }

    private WebhookSender sender() {
        // Generous for a loaded machine; the hanging receiver's test sets its own short timeout.
        return sender(Duration.ofSeconds(3));
    }

    private WebhookSender sender(Duration requestTimeout) {
        return WebhookSender.builder().endpoint(WebhookEndpoint.of("ehr", url, SECRET))
                .requestTimeout(requestTimeout).connectTimeout(Duration.ofSeconds(2))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    private static OutboxMessage message(String recipient) {
        return OutboxMessage.pending("evt-42:WEBHOOK", PracticeId.of("seed"), RequestNumber.of(2026, 42),
                EventType.INVOICE_ISSUED, Channel.WEBHOOK, recipient,
                payload(),
                NOW.minusSeconds(60));
    }

    private static Map<String, String> payload() {
        return Map.of("practice", "Seed \"Family\" Practice", "requestNumber", "2026-000042", "event",
                "INVOICE_ISSUED", "status", "INVOICED", "statusWords", "Your invoice is ready for payment.",
                "amountDue", "12.50", "amount", "12.50");
    }

    @Test
    void postsSignedJsonThatTheReceiverVerifies() {
        sender().send(message("ehr"));

        assertThat(received).hasSize(1);
        Received r = received.get(0);
        assertThat(WebhookSignature.verify(SECRET, r.header(WebhookSignature.HEADER), r.body(), NOW,
                Duration.ofMinutes(5))).isTrue();
        assertThat(WebhookSignature.verify("another-secret-of-16", r.header(WebhookSignature.HEADER), r.body(), NOW,
                Duration.ofMinutes(5))).isFalse();
        assertThat(r.header(WebhookSignature.HEADER)).startsWith("t=" + NOW.getEpochSecond() + ",v1=");
        assertThat(r.header("Idempotency-Key")).isEqualTo("evt-42:WEBHOOK");
        assertThat(r.header("X-Medrecords-Event")).isEqualTo("INVOICE_ISSUED");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.body()).isEqualTo("{\"schemaVersion\":1,\"id\":\"evt-42:WEBHOOK\",\"event\":\"INVOICE_ISSUED\","
                + "\"practiceId\":\"seed\","
                + "\"practice\":\"Seed \\\"Family\\\" Practice\",\"requestNumber\":\"2026-000042\","
                + "\"status\":\"INVOICED\",\"occurredAt\":\"2026-03-02T08:59:00Z\",\"amountDue\":\"12.50\","
                + "\"amount\":\"12.50\"}");
    }

    @Test
    void refusesAPayloadCarryingPatientDataInsteadOfSendingIt() {
        Map<String, String> p = new HashMap<>(payload());
        p.put("patientName", "Jane Doe");
        p.put("mailingAddress", "1 Main St");
        OutboxMessage m = OutboxMessage.pending("evt-42:WEBHOOK", PracticeId.of("seed"), RequestNumber.of(2026, 42),
                EventType.INVOICE_ISSUED, Channel.WEBHOOK, "ehr", p, NOW);

        assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> sender().send(m))
                .satisfies(e -> assertThat(e.getMessage()).contains("patientName", "mailingAddress")
                        .doesNotContain("Jane", "Main St"));
        assertThat(received).isEmpty();
    }

    @Test
    void aServerErrorThenSuccessIsDeliveredWithTheSameKeyOnBothAttempts() {
        replyWith(Reply.of(500), Reply.of(200));
        WebhookSender sender = sender();
        OutboxMessage m = message("ehr");

        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender.send(m))
                .satisfies(e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getRetryAfter()).isEmpty();
                    assertThat(e.getMessage()).isEqualTo("Webhook ehr answered 500");
                });
        assertThatNoException().isThrownBy(() -> sender.send(m));

        assertThat(received).extracting(r -> r.header("Idempotency-Key"))
                .containsExactly("evt-42:WEBHOOK", "evt-42:WEBHOOK");
    }

    @Test
    void aBadRequestIsFinal() {
        replyWith(Reply.of(400));

        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender().send(message("ehr")))
                .satisfies(e -> assertThat(e.isRetryable()).isFalse());
        assertThat(received).hasSize(1);
    }

    @Test
    void requestTimeoutAndTooManyRequestsAreRetryable() {
        replyWith(Reply.of(408), Reply.of(429), Reply.of(404));
        WebhookSender sender = sender();

        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender.send(message("ehr")))
                .satisfies(e -> assertThat(e.isRetryable()).isTrue());
        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender.send(message("ehr")))
                .satisfies(e -> assertThat(e.isRetryable()).isTrue());
        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender.send(message("ehr")))
                .satisfies(e -> assertThat(e.isRetryable()).isFalse());
    }

    @Test
    void aReceiverThatHangsTimesOutAndIsRetried() {
        replyWith(new Reply(200, Map.of(), true), Reply.of(200));
        WebhookSender impatient = sender(Duration.ofMillis(300));
        long start = System.nanoTime();

        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> impatient.send(message("ehr")))
                .satisfies(e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("Webhook ehr timed out");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThatNoException().isThrownBy(() -> sender().send(message("ehr")));
        assertThat(received).hasSize(2);
    }

    @Test
    void honoursRetryAfterInSecondsAndAsAnHttpDate() {
        replyWith(new Reply(429, Map.of("Retry-After", "120"), false),
                new Reply(503, Map.of("Retry-After", "Mon, 02 Mar 2026 09:05:00 GMT"), false));
        WebhookSender sender = sender();

        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender.send(message("ehr")))
                .satisfies(e -> assertThat(e.getRetryAfter()).contains(Duration.ofSeconds(120)));
        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender.send(message("ehr")))
                .satisfies(e -> assertThat(e.getRetryAfter()).contains(Duration.ofMinutes(5)));
    }

    @Test
    void aConnectionErrorIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        WebhookSender sender = WebhookSender.builder()
                .endpoint(WebhookEndpoint.of("ehr", URI.create("http://127.0.0.1:" + closedPort + "/x"), SECRET))
                .requestTimeout(Duration.ofMillis(500)).connectTimeout(Duration.ofMillis(500)).build();

        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender.send(message("ehr")))
                .satisfies(e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void anUnknownWebhookNameIsFinal() {
        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender().send(message("crm")))
                .satisfies(e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("No webhook named crm is configured");
                });
        assertThat(received).isEmpty();
    }

    @Test
    void readsRetryAfterForms() {
        assertThat(WebhookSender.parseRetryAfter(" 7 ", NOW)).contains(Duration.ofSeconds(7));
        assertThat(WebhookSender.parseRetryAfter("Mon, 02 Mar 2026 08:00:00 GMT", NOW)).contains(Duration.ZERO);
        assertThat(WebhookSender.parseRetryAfter("soon", NOW)).isEmpty();
        assertThat(WebhookSender.parseRetryAfter("-5", NOW)).isEmpty();
    }

    @Test
    void escapesControlCharactersInJson() {
        OutboxMessage m = OutboxMessage.pending("k", PracticeId.of("seed"), RequestNumber.of(2026, 1),
                EventType.SUBMITTED, Channel.WEBHOOK, "ehr", Map.of("practice", "A\\B\t\u0001</script>",
                        "requestNumber", "2026-000001", "event", "SUBMITTED", "status", "IN_PROCESS", "statusWords",
                        "x", "amountDue", "0.00"), NOW);

        assertThat(WebhookSender.json(m, NotificationPayload.read(m)))
                .contains("\"practice\":\"A\\\\B\\t\\u0001\\u003c/script\\u003e\"");
    }
}

package io.github.medrecords.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.notification.InvalidPayloadException;
import io.github.medrecords.core.notification.NotificationPayload;
import io.github.medrecords.core.notification.PayloadKey;
import io.github.medrecords.core.notification.PayloadSchema;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.Review;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's documented JSON schema against what the sender emits, for every event. */
class WebhookSchemaTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Object SCHEMA = readmeSchema();

    private static Object readmeSchema() {
        try {
            String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
            int start = readme.indexOf("```json\n");
            int end = readme.indexOf("\n```", start + 8);
            assertThat(start).as("a ```json block in README.md").isNotNegative();
            return MiniJson.parse(readme.substring(start + 8, end));
        } catch (IOException e) {
            throw new AssertionError("README.md is not readable from " + Path.of("").toAbsolutePath(), e);
        }
    }

    /** A webhook payload for an event with its required keys, and its optional ones too if asked. */
    private static NotificationPayload payload(EventType event, boolean withOptional) {
        Set<PayloadKey> keys = new HashSet<>(PayloadSchema.required(event, Channel.WEBHOOK));
        if (withOptional) {
            keys.addAll(PayloadSchema.optional(event, Channel.WEBHOOK));
        }
        NotificationPayload.Builder b = NotificationPayload.builder();
        for (PayloadKey key : keys) {
            switch (key) {
                case EVENT -> b.put(key, event);
                case STATUS -> b.put(key, RequestStatus.IN_PROCESS);
                case DENIAL_GROUND -> b.put(key, DenialGround.ENDANGERMENT);
                case REVIEW_OUTCOME -> b.put(key, Review.Outcome.UPHELD);
                case REQUEST_NUMBER -> b.put(key, "2026-000042");
                default -> {
                    switch (key.type()) {
                        case TEXT, LINES -> b.put(key, "Sample " + key.wireName());
                        case AMOUNT -> b.put(key, Money.parse("31.50"));
                        case DATE -> b.put(key, LocalDate.of(2026, 4, 30));
                        case FLAG -> b.put(key, true);
                        default -> throw new AssertionError("No sample for " + key);
                    }
                }
            }
        }
        return b.build(event, Channel.WEBHOOK);
    }

    private static OutboxMessage message(EventType event, Map<String, String> payload) {
        return OutboxMessage.pending("evt-" + event + ":WEBHOOK", PracticeId.of("seed"), RequestNumber.of(2026, 42),
                event, Channel.WEBHOOK, "ehr", payload, AT);
    }

    private static String body(EventType event, boolean withOptional) {
        NotificationPayload p = payload(event, withOptional);
        return WebhookSender.json(message(event, p.asMap()), p);
    }

    @Test
    void everyEventsBodyValidatesAgainstTheDocumentedSchemaWithAndWithoutItsOptionalFields() {
        for (EventType event : EventType.values()) {
            for (boolean optional : List.of(false, true)) {
                String body = body(event, optional);
                assertThat(MiniJson.violations(SCHEMA, MiniJson.parse(body), "$")).as("%s: %s", event, body)
                        .isEmpty();
            }
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void theSchemaRequiresPerEventExactlyWhatTheSenderAlwaysEmits() {
        Map<String, Object> schema = (Map<String, Object>) SCHEMA;
        List<Object> perEvent = (List<Object>) schema.get("allOf");
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        for (Object o : perEvent) {
            Map<String, Object> rule = (Map<String, Object>) o;
            String event = (String) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) rule
                    .get("if")).get("properties")).get("event")).get("const");
            Set<String> required = new HashSet<>((List<String>) schema.get("required"));
            required.addAll((List<String>) ((Map<String, Object>) rule.get("then")).get("required"));
            documented.put(event, required);
        }
        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(EventType.values()).map(Enum::name).toList());
        for (EventType event : EventType.values()) {
            Set<String> emitted = ((Map<String, Object>) MiniJson.parse(body(event, false))).keySet().stream()
                    .collect(Collectors.toSet());
            assertThat(documented.get(event.name())).as("%s", event).isEqualTo(emitted);
        }
    }

    @Test
    void theSchemaIsRealItRefusesAnUnknownFieldAMissingOneAndAWrongType() {
        String body = body(EventType.EXTENDED, false);
        assertThat(MiniJson.violations(SCHEMA, MiniJson.parse(body.replace("}", ",\"patientName\":\"Jane\"}")), "$"))
                .containsExactly("$.patientName is not allowed", "$.patientName is not allowed");
        assertThat(MiniJson.violations(SCHEMA, MiniJson.parse(body.replace("\"legalDate\":\"2026-04-30\",", "")),
                "$")).containsExactly("$.legalDate is missing");
        assertThat(MiniJson.violations(SCHEMA, MiniJson.parse(body.replace("\"bindingDateMoved\":true",
                "\"bindingDateMoved\":\"true\"")), "$")).containsExactly("$.bindingDateMoved is not of type boolean");
        assertThat(body).startsWith("{\"schemaVersion\":1,\"id\":\"evt-EXTENDED:WEBHOOK\",\"event\":\"EXTENDED\"");
    }

    @Test
    void aPayloadOfTheWrongShapeIsRefusedBeforeAnythingIsSent() {
        Map<String, String> p = new LinkedHashMap<>(payload(EventType.PAID, false).asMap());
        p.remove("amount");
        p.put("amountDue", "a lot");
        WebhookSender sender = WebhookSender.builder()
                .endpoint(WebhookEndpoint.of("ehr", URI.create("http://127.0.0.1:9/none"),
                        "a-secret-of-at-least-16"))
                .build();

        assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> sender.send(message(EventType.PAID,
                p))).satisfies(e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.problems()).containsExactlyInAnyOrder("key amount is missing",
                            "key amountDue is not an amount with two decimals");
                    assertThat(e.getMessage()).doesNotContain("a lot");
                });
    }
}

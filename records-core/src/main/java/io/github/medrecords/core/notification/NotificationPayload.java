package io.github.medrecords.core.notification;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.workflow.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notification's payload read through the contract: typed values by {@link PayloadKey}, checked against
 * {@link PayloadSchema} for its event and channel. The policy writes one with a {@link Builder}; a sender
 * reads one with {@link #read(OutboxMessage)}, which refuses a payload with a missing key, a value of the
 * wrong type or a key outside the contract.
 *
 * <p>{@link #toString()} names the event, the channel and the keys, never a value. Immutable and
 * thread-safe.
 */
public final class NotificationPayload {

    private static final Pattern LINE = Pattern.compile("line\\.(\\d{2,4})\\.(description|amount|rule)");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern AMOUNT_TEXT = Pattern.compile("-?\\d{1,9}\\.\\d{2}");

    private final EventType event;
    private final Channel channel;
    private final Map<String, String> values;

    private NotificationPayload(EventType event, Channel channel, Map<String, String> values) {
        this.event = event;
        this.channel = channel;
        this.values = values;
    }

    /**
     * An invoice line of the payload.
     *
     * @param description  what it is for, not null
     * @param amount  its amount, not null
     * @param rule  the rule it applies, may be empty, not null
     */
    public record Line(String description, Money amount, String rule) {

        /**
         * Validates the line.
         */
        public Line {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * Returns an empty builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and checks the payload of an outbox message.
     *
     * @param message  the message, not null
     * @return the payload, not null
     * @throws InvalidPayloadException listing every problem, if the payload breaks the contract
     */
    public static NotificationPayload read(OutboxMessage message) {
        Objects.requireNonNull(message, "message");
        return read(message.event(), message.channel(), message.payload());
    }

    /**
     * Reads and checks a payload for an event and channel.
     *
     * @param event  the event, not null
     * @param channel  the channel, not null
     * @param payload  the stored payload, not null
     * @return the payload, not null
     * @throws InvalidPayloadException listing every problem, if the payload breaks the contract
     */
    public static NotificationPayload read(EventType event, Channel channel, Map<String, String> payload) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(payload, "payload");
        List<String> problems = problems(event, channel, payload);
        if (!problems.isEmpty()) {
            throw new InvalidPayloadException(event + " by " + channel, problems);
        }
        return new NotificationPayload(event, channel, Map.copyOf(new TreeMap<>(payload)));
    }

    /**
     * Lists every way a payload breaks the contract for an event and channel, naming keys, never values.
     *
     * @param event  the event, not null
     * @param channel  the channel, not null
     * @param payload  the payload, not null
     * @return the problems, empty if the payload keeps the contract, not null
     */
    public static List<String> problems(EventType event, Channel channel, Map<String, String> payload) {
        Set<PayloadKey> required = PayloadSchema.required(event, channel);
        Set<PayloadKey> optional = PayloadSchema.optional(event, channel);
        List<String> problems = new ArrayList<>();
        for (PayloadKey key : required) {
            if (!key.indexed() && !payload.containsKey(key.wireName())) {
                problems.add("key " + key.wireName() + " is missing");
            }
        }
        Map<Integer, Set<String>> lineParts = new TreeMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(payload).entrySet()) {
            String name = e.getKey();
            if (e.getValue() == null) {
                problems.add("key " + safe(name) + " has no value");
                continue;
            }
            Matcher m = LINE.matcher(name);
            PayloadKey key;
            if (m.matches()) {
                key = switch (m.group(2)) {
                    case "description" -> PayloadKey.LINE_DESCRIPTION;
                    case "amount" -> PayloadKey.LINE_AMOUNT;
                    default -> PayloadKey.LINE_RULE;
                };
                lineParts.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new TreeSet<>())
                        .add(m.group(2));
            } else {
                Optional<PayloadKey> known = PayloadKey.ofWireName(name);
                if (known.isEmpty()) {
                    problems.add("key " + safe(name) + " is not in the notification contract");
                    continue;
                }
                key = known.get();
            }
            if (!required.contains(key) && !optional.contains(key)) {
                problems.add("key " + name + " does not belong to " + event + " by " + channel);
                continue;
            }
            typeProblem(key, e.getValue()).ifPresent(p -> problems.add("key " + name + " " + p));
        }
        lineParts.forEach((n, parts) -> {
            if (!parts.contains("description") || !parts.contains("amount")) {
                problems.add("invoice line " + n + " needs a description and an amount");
            }
        });
        if (payload.containsKey(PayloadKey.EVENT.wireName())
                && !event.name().equals(payload.get(PayloadKey.EVENT.wireName()))) {
            problems.add("key " + PayloadKey.EVENT.wireName() + " names another event than the message");
        }
        if (required.contains(PayloadKey.REVIEWABLE) && payload.containsKey(PayloadKey.REVIEWABLE.wireName())
                && channel != Channel.WEBHOOK
                && "true".equals(payload.get(PayloadKey.REVIEWABLE.wireName()))
                        != payload.containsKey(PayloadKey.REVIEW_RIGHTS.wireName())) {
            problems.add("key " + PayloadKey.REVIEW_RIGHTS.wireName() + " must be present exactly when "
                    + PayloadKey.REVIEWABLE.wireName() + " is true (R1.21)");
        }
        if (required.contains(PayloadKey.DENIAL_WHOLE) && payload.containsKey(PayloadKey.DENIAL_WHOLE.wireName())
                && channel != Channel.WEBHOOK
                && "true".equals(payload.get(PayloadKey.DENIAL_WHOLE.wireName()))
                        == payload.containsKey(PayloadKey.REST_RELEASED.wireName())) {
            problems.add("key " + PayloadKey.REST_RELEASED.wireName() + " must be present exactly when "
                    + PayloadKey.DENIAL_WHOLE.wireName() + " is false (R1.21)");
        }
        return problems;
    }

    private static Optional<String> typeProblem(PayloadKey key, String value) {
        switch (key.type()) {
            case TEXT -> {
                if (value.isBlank()) {
                    return Optional.of("is blank");
                }
                if (value.chars().anyMatch(c -> c == '\n' || c == '\r')) {
                    return Optional.of("is not one line");
                }
            }
            case LINES -> {
                if (value.isBlank()) {
                    return Optional.of("is blank");
                }
            }
            case AMOUNT -> {
                if (!AMOUNT_TEXT.matcher(value).matches()) {
                    return Optional.of("is not an amount with two decimals");
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    return Optional.of("is not an ISO date");
                }
            }
            case FLAG -> {
                if (!value.equals("true") && !value.equals("false")) {
                    return Optional.of("is not true or false");
                }
            }
            case CODE -> {
                if (!key.codes().contains(value)) {
                    return Optional.of("is not one of its codes");
                }
            }
            case LANGUAGE -> {
                if (!Language.isSupported(value)) {
                    return Optional.of("is not a supported language");
                }
            }
            default -> throw new IllegalStateException("Unknown type " + key.type());
        }
        return Optional.empty();
    }

    private static String safe(String name) {
        return SAFE_NAME.matcher(name).matches() ? name : "(a name that is not shown)";
    }

    /**
     * Returns the event the payload is for.
     *
     * @return the event, not null
     */
    public EventType event() {
        return event;
    }

    /**
     * Returns the channel the payload is for.
     *
     * @return the channel, not null
     */
    public Channel channel() {
        return channel;
    }

    /**
     * Tells whether a key that is not indexed is present.
     *
     * @param key  the key, not null
     * @return true if present
     */
    public boolean has(PayloadKey key) {
        return values.containsKey(key.wireName());
    }

    /**
     * Returns the text of a key as stored.
     *
     * @param key  a key that is not indexed, not null
     * @return the text, empty if absent
     */
    public Optional<String> text(PayloadKey key) {
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(values.get(key.wireName()));
    }

    /**
     * Returns the text of a key the schema requires for this event and channel.
     *
     * @param key  the key, not null
     * @return the text, not null
     * @throws IllegalStateException if the key is absent
     */
    public String required(PayloadKey key) {
        return text(key).orElseThrow(() -> new IllegalStateException("Key " + key.wireName() + " is absent"));
    }

    /**
     * Returns an amount.
     *
     * @param key  an {@link PayloadKey.ValueType#AMOUNT} key, not null
     * @return the amount, empty if absent
     */
    public Optional<Money> amount(PayloadKey key) {
        return text(key).map(v -> Money.of(new BigDecimal(v)));
    }

    /**
     * Returns a date.
     *
     * @param key  a {@link PayloadKey.ValueType#DATE} key, not null
     * @return the date, empty if absent
     */
    public Optional<LocalDate> date(PayloadKey key) {
        return text(key).map(LocalDate::parse);
    }

    /**
     * Returns a flag.
     *
     * @param key  a {@link PayloadKey.ValueType#FLAG} key, not null
     * @return the flag, false if absent
     */
    public boolean flag(PayloadKey key) {
        return text(key).map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * Returns the requester's language.
     *
     * @return the language, {@link Language#ENGLISH} if the payload has none (a webhook's), not null
     */
    public Language language() {
        return text(PayloadKey.LANGUAGE).map(Language::of).orElse(Language.ENGLISH);
    }

    /**
     * Returns the invoice lines in order.
     *
     * @return the lines, empty if none, not null
     */
    public List<Line> lines() {
        Map<Integer, String[]> byIndex = new TreeMap<>();
        values.forEach((k, v) -> {
            Matcher m = LINE.matcher(k);
            if (m.matches()) {
                String[] parts = byIndex.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new String[3]);
                parts[switch (m.group(2)) {
                    case "description" -> 0;
                    case "amount" -> 1;
                    default -> 2;
                }] = v;
            }
        });
        return byIndex.values().stream()
                .map(p -> new Line(p[0], Money.of(new BigDecimal(p[1])), p[2] == null ? "" : p[2])).toList();
    }

    /**
     * Returns the payload as the outbox stores it.
     *
     * @return the wire names and texts, unmodifiable, not null
     */
    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof NotificationPayload o && event == o.event && channel == o.channel
                && values.equals(o.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, channel, values);
    }

    @Override
    public String toString() {
        return "NotificationPayload[" + event + ", " + channel + ", keys=" + new TreeMap<>(values).keySet() + "]";
    }

    /**
     * Builds a payload key by key, each value of its key's type. Not thread-safe.
     */
    public static final class Builder {

        private final Map<String, String> values = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Map<String, String> values) {
            this.values.putAll(values);
        }

        /**
         * Returns a copy of this builder.
         *
         * @return the copy, not null
         */
        public Builder copy() {
            return new Builder(values);
        }

        /**
         * Puts a text.
         *
         * @param key  a {@link PayloadKey.ValueType#TEXT} or {@link PayloadKey.ValueType#LINES} key, not null
         * @param value  the text, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the key holds another type
         */
        public Builder put(PayloadKey key, String value) {
            expect(key, PayloadKey.ValueType.TEXT, PayloadKey.ValueType.LINES);
            values.put(key.wireName(), Objects.requireNonNull(value, key.wireName()));
            return this;
        }

        /**
         * Puts an amount.
         *
         * @param key  an amount key, not null
         * @param value  the amount, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the key holds another type
         */
        public Builder put(PayloadKey key, Money value) {
            expect(key, PayloadKey.ValueType.AMOUNT);
            values.put(key.wireName(), Objects.requireNonNull(value, key.wireName()).amount().toPlainString());
            return this;
        }

        /**
         * Puts a date.
         *
         * @param key  a date key, not null
         * @param value  the date, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the key holds another type
         */
        public Builder put(PayloadKey key, LocalDate value) {
            expect(key, PayloadKey.ValueType.DATE);
            values.put(key.wireName(), Objects.requireNonNull(value, key.wireName()).toString());
            return this;
        }

        /**
         * Puts a flag.
         *
         * @param key  a flag key, not null
         * @param value  the flag
         * @return this builder, not null
         * @throws IllegalArgumentException if the key holds another type
         */
        public Builder put(PayloadKey key, boolean value) {
            expect(key, PayloadKey.ValueType.FLAG);
            values.put(key.wireName(), Boolean.toString(value));
            return this;
        }

        /**
         * Puts a code.
         *
         * @param key  a code key, not null
         * @param value  the code, one of the key's codes, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the key holds another type or not this code
         */
        public Builder put(PayloadKey key, Enum<?> value) {
            expect(key, PayloadKey.ValueType.CODE);
            String name = Objects.requireNonNull(value, key.wireName()).name();
            if (!key.codes().contains(name)) {
                throw new IllegalArgumentException(name + " is not a code of " + key.wireName());
            }
            values.put(key.wireName(), name);
            return this;
        }

        /**
         * Puts the requester's language.
         *
         * @param value  the language, not null
         * @return this builder, not null
         */
        public Builder language(Language value) {
            values.put(PayloadKey.LANGUAGE.wireName(), Objects.requireNonNull(value, "language").tag());
            return this;
        }

        /**
         * Puts an invoice line.
         *
         * @param number  the line's number, from 1
         * @param description  what it is for, not null
         * @param amount  its amount, not null
         * @param rule  the rule it applies, not null
         * @return this builder, not null
         */
        public Builder line(int number, String description, Money amount, String rule) {
            values.put(PayloadKey.LINE_DESCRIPTION.wireName(number),
                    Objects.requireNonNull(description, "description"));
            values.put(PayloadKey.LINE_AMOUNT.wireName(number), Objects.requireNonNull(amount, "amount").amount()
                    .toPlainString());
            values.put(PayloadKey.LINE_RULE.wireName(number), Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Builds the payload for an event and channel, checked against the schema.
         *
         * @param event  the event, not null
         * @param channel  the channel, not null
         * @return the payload, not null
         * @throws InvalidPayloadException if what was put breaks the contract
         */
        public NotificationPayload build(EventType event, Channel channel) {
            return read(event, channel, values);
        }

        private static void expect(PayloadKey key, PayloadKey.ValueType... types) {
            Objects.requireNonNull(key, "key");
            for (PayloadKey.ValueType t : types) {
                if (key.type() == t) {
                    return;
                }
            }
            throw new IllegalArgumentException("Key " + key.wireName() + " holds a " + key.type() + ", not a "
                    + types[0]);
        }
    }
}

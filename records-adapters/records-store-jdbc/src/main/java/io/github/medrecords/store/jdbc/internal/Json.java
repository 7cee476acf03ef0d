package io.github.medrecords.store.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medrecords.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Small helpers over Jackson's tree model: writing optional fields only when present, reading
 * required fields with a message that names the field (never its value).
 *
 * <p>Thread-safe.
 */
public final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DocumentException("The stored document is not valid JSON", e);
        }
    }

    /**
     * Writes a map of texts as a JSON object, keys sorted.
     *
     * @param map  the map, not null
     * @return the JSON text, not null
     */
    public static String writeMap(Map<String, String> map) {
        ObjectNode node = object();
        new TreeMap<>(map).forEach(node::put);
        return write(node);
    }

    /**
     * Reads a JSON object of texts.
     *
     * @param text  the JSON text, not null
     * @return the map, not null
     * @throws DocumentException if the text is not JSON
     */
    public static Map<String, String> readMap(String text) {
        JsonNode node = read(text);
        Map<String, String> map = new TreeMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    static void put(ObjectNode node, String name, Optional<?> value) {
        value.ifPresent(v -> node.put(name, v.toString()));
    }

    static void putMoney(ObjectNode node, String name, Money money) {
        node.put(name, money.amount().toPlainString());
    }

    static <T> ArrayNode list(Collection<T> items, Function<T, JsonNode> encode) {
        ArrayNode array = array();
        for (T item : items) {
            array.add(encode.apply(item));
        }
        return array;
    }

    static ArrayNode names(Collection<? extends Enum<?>> values) {
        ArrayNode array = array();
        values.stream().map(Enum::name).sorted().forEach(array::add);
        return array;
    }

    static ArrayNode strings(Collection<?> values) {
        ArrayNode array = array();
        values.forEach(v -> array.add(v.toString()));
        return array;
    }

    static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new DocumentException("The stored document lacks the field '" + name + "'", null);
        }
        return value;
    }

    static String text(JsonNode node, String name) {
        return field(node, name).asText();
    }

    static Optional<String> optText(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    static String textOrNull(JsonNode node, String name) {
        return optText(node, name).orElse(null);
    }

    static int integer(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.canConvertToInt()) {
            throw new DocumentException("The field '" + name + "' is not an integer", null);
        }
        return value.intValue();
    }

    static long longValue(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.canConvertToLong()) {
            throw new DocumentException("The field '" + name + "' is not an integer", null);
        }
        return value.longValue();
    }

    static boolean bool(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.asBoolean(false);
    }

    static Money money(JsonNode node, String name) {
        return Money.parse(text(node, name));
    }

    static Optional<Money> optMoney(JsonNode node, String name) {
        return optText(node, name).map(Money::parse);
    }

    static Instant instant(JsonNode node, String name) {
        return Instant.parse(text(node, name));
    }

    static Optional<Instant> optInstant(JsonNode node, String name) {
        return optText(node, name).map(Instant::parse);
    }

    static LocalDate date(JsonNode node, String name) {
        return LocalDate.parse(text(node, name));
    }

    static LocalDate dateOrNull(JsonNode node, String name) {
        return optText(node, name).map(LocalDate::parse).orElse(null);
    }

    static <E extends Enum<E>> E enumValue(JsonNode node, String name, Class<E> type) {
        return Enum.valueOf(type, text(node, name));
    }

    static <E extends Enum<E>> E enumOrNull(JsonNode node, String name, Class<E> type) {
        return optText(node, name).map(v -> Enum.valueOf(type, v)).orElse(null);
    }

    static <E extends Enum<E>> Set<E> enumSet(JsonNode node, String name, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        JsonNode array = node.get(name);
        if (array != null) {
            array.forEach(v -> set.add(Enum.valueOf(type, v.asText())));
        }
        return set;
    }

    static <T> List<T> items(JsonNode node, String name, Function<JsonNode, T> decode) {
        List<T> list = new ArrayList<>();
        JsonNode array = node.get(name);
        if (array != null) {
            array.forEach(v -> list.add(decode.apply(v)));
        }
        return list;
    }

    static List<String> textItems(JsonNode node, String name) {
        return items(node, name, JsonNode::asText);
    }

    /**
     * Thrown when a stored document cannot be read: the message names the field, never a value.
     */
    public static final class DocumentException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /**
         * Creates the exception.
         *
         * @param message  what cannot be read, naming no stored value, not null
         * @param cause  the cause, may be null
         */
        public DocumentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

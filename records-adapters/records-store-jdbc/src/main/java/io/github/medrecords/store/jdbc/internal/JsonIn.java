package io.github.medrecords.store.jdbc.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.medrecords.core.money.Money;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one document with Jackson's streaming parser, without building a tree first. A part is read by
 * a loop over its fields ({@link #next()}) that keeps what it knows and skips what it does not, so the
 * order of fields and fields added by a later version never matter; a field whose value is
 * {@code null} counts as absent. Errors are {@link Json.DocumentException}s naming the field, never its
 * value.
 *
 * <p>Not thread-safe: one per document.
 */
final class JsonIn {

    private final JsonParser p;

    private JsonIn(JsonParser p) {
        this.p = p;
        advance();
    }

    /** Reads a document's text, positioned at its first token. */
    static JsonIn of(String text) {
        try {
            return new JsonIn(Json.MAPPER.getFactory().createParser(text));
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    /** Reads a tree already parsed, positioned at its first token. */
    static JsonIn of(JsonNode tree) {
        return new JsonIn(tree.traverse(Json.MAPPER));
    }

    /**
     * Checks that the current value is an object, whose fields {@link #next()} then walks.
     *
     * @param what  the field's name, for the message
     */
    JsonIn object(String what) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new Json.DocumentException("The field '" + what + "' is not an object", null);
        }
        return this;
    }

    /**
     * Moves to the next field of the current object that holds a value.
     *
     * @return the field's name, the parser on its value; null at the end of the object
     */
    String next() {
        while (true) {
            JsonToken t = advance();
            if (t == JsonToken.END_OBJECT) {
                return null;
            }
            if (t != JsonToken.FIELD_NAME) {
                throw new Json.DocumentException("The stored document is not valid JSON", null);
            }
            String name = name();
            if (advance() != JsonToken.VALUE_NULL) {
                return name;
            }
        }
    }

    /** Skips the current value, with everything inside it. */
    void skip() {
        try {
            p.skipChildren();
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    /** The current value as text: a string, or the text of a number or a boolean. */
    String text() {
        JsonToken t = p.currentToken();
        if (t == null || !t.isScalarValue()) {
            throw new Json.DocumentException("The field '" + name() + "' is not text", null);
        }
        try {
            return p.getText();
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    int integer() {
        try {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                throw new Json.DocumentException("The field '" + name() + "' is not an integer", null);
            }
            return p.getIntValue();
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    long longValue() {
        try {
            JsonParser.NumberType type = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getNumberType() : null;
            if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
                throw new Json.DocumentException("The field '" + name() + "' is not an integer", null);
            }
            return p.getLongValue();
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    /** The current value as a flag: true only for JSON {@code true} or the text "true". */
    boolean bool() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        return t == JsonToken.VALUE_STRING && "true".equals(text().trim());
    }

    LocalDate date() {
        return IsoText.date(text());
    }

    Instant instant() {
        return IsoText.instant(text());
    }

    Money money() {
        return Money.parse(text());
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        return Enum.valueOf(type, text());
    }

    /** The texts of the current array. */
    List<String> texts() {
        return list(JsonIn::text);
    }

    /** The constants named by the current array. */
    <E extends Enum<E>> Set<E> enumSet(Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String name : texts()) {
            set.add(Enum.valueOf(type, name));
        }
        return set;
    }

    /**
     * Reads each item of the current array.
     *
     * @param item  reads one item, the parser on its first token, and leaves the parser on its last
     */
    <T> List<T> list(Function<JsonIn, T> item) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new Json.DocumentException("The field '" + name() + "' is not a list", null);
        }
        List<T> list = new ArrayList<>();
        while (advance() != JsonToken.END_ARRAY) {
            list.add(item.apply(this));
        }
        return list;
    }

    /** Reads the current value as a tree, for parts of older formats read by their own readers. */
    JsonNode tree() {
        try {
            return p.readValueAsTree();
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    /**
     * Requires a field the part must have.
     *
     * @param value  what was read, null if the field was absent
     * @param name  the field's name, for the message
     */
    static <T> T required(T value, String name) {
        if (value == null) {
            throw new Json.DocumentException("The stored document lacks the field '" + name + "'", null);
        }
        return value;
    }

    /** Requires that the document ends after its one top-level value. */
    void end() {
        if (advance() != null) {
            throw new Json.DocumentException("The stored document is not valid JSON", null);
        }
    }

    private JsonToken advance() {
        try {
            JsonToken t = p.nextToken();
            return t;
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    private String name() {
        try {
            String name = p.currentName();
            return name == null ? "?" : name;
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    private static Json.DocumentException invalid(IOException e) {
        return new Json.DocumentException("The stored document is not valid JSON", e);
    }
}

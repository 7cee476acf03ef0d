package io.github.medrecords.store.jdbc.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.medrecords.core.money.Money;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Writes one document with Jackson's streaming generator, field by field in the order the codec calls,
 * without building a tree first. Optional fields are written only when present, amounts as plain decimal
 * text, dates and instants in ISO-8601 ({@link IsoText}), sets of names sorted.
 *
 * <p>Not thread-safe: one per document.
 */
final class JsonOut {

    private final TextOut text = new TextOut();
    private final JsonGenerator g;

    JsonOut() {
        try {
            g = Json.MAPPER.getFactory().createGenerator(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A part written as one JSON value (usually an object) at the generator's current position. */
    @FunctionalInterface
    interface Part<T> extends BiConsumer<JsonOut, T> {
    }

    String finish() {
        try {
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    JsonOut startObject() {
        try {
            g.writeStartObject();
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    JsonOut endObject() {
        try {
            g.writeEndObject();
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    JsonOut name(String name) {
        try {
            g.writeFieldName(name);
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    JsonOut value(String value) {
        try {
            g.writeString(value);
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    JsonOut value(long value) {
        try {
            g.writeNumber(value);
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    JsonOut text(String name, String value) {
        try {
            g.writeFieldName(name);
            g.writeString(value);
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    /** Writes the value's text when present; nothing otherwise. */
    JsonOut optional(String name, Optional<?> value) {
        if (value.isPresent()) {
            Object v = value.get();
            text(name, v instanceof Instant i ? IsoText.instant(i) : v.toString());
        }
        return this;
    }

    JsonOut number(String name, long value) {
        try {
            g.writeNumberField(name, value);
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    JsonOut bool(String name, boolean value) {
        try {
            g.writeBooleanField(name, value);
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    JsonOut money(String name, Money money) {
        return text(name, money.amount().toPlainString());
    }

    JsonOut date(String name, LocalDate date) {
        return text(name, date.toString());
    }

    JsonOut instant(String name, Instant instant) {
        return text(name, IsoText.instant(instant));
    }

    JsonOut enumName(String name, Enum<?> value) {
        return text(name, value.name());
    }

    /** Writes the constants' names, sorted. */
    JsonOut names(String name, Collection<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>(values.size());
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        names.sort(null);
        return strings(name, names);
    }

    /** Writes each item's text, in the collection's order. */
    JsonOut strings(String name, Collection<?> values) {
        try {
            g.writeFieldName(name);
            g.writeStartArray();
            for (Object v : values) {
                g.writeString(v.toString());
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    /** Writes a part as the value of a field. */
    <T> JsonOut part(String name, T value, Part<T> part) {
        name(name);
        part.accept(this, value);
        return this;
    }

    /** Writes a part as the value of a field when present; nothing otherwise. */
    <T> JsonOut optionalPart(String name, Optional<T> value, Part<T> part) {
        value.ifPresent(v -> part(name, v, part));
        return this;
    }

    /** Writes an array of parts, in the collection's order. */
    <T> JsonOut list(String name, Collection<T> items, Part<T> part) {
        try {
            g.writeFieldName(name);
            g.writeStartArray();
        } catch (IOException e) {
            throw failed(e);
        }
        for (T item : items) {
            part.accept(this, item);
        }
        try {
            g.writeEndArray();
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    /**
     * Collects what the generator flushes: usually the whole document in one write, which becomes the
     * text with one copy (a {@code StringWriter} copies it twice and locks for each write).
     */
    private static final class TextOut extends Writer {

        private String whole;
        private StringBuilder parts;

        @Override
        public void write(char[] chars, int offset, int length) {
            if (whole == null && parts == null) {
                whole = new String(chars, offset, length);
            } else {
                if (parts == null) {
                    parts = new StringBuilder(whole.length() * 2 + length).append(whole);
                    whole = null;
                }
                parts.append(chars, offset, length);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return parts != null ? parts.toString() : whole != null ? whole : "";
        }
    }

    /** The writer never fails; the generator reports only misuse this way. */
    private static UncheckedIOException failed(IOException e) {
        return new UncheckedIOException(e);
    }
}

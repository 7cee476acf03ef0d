package io.github.medrecords.store.jdbc.internal;

import io.github.medrecords.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Writes one document straight into a {@link StringBuilder}, field by field in the order the codec calls,
 * without building a tree first and without a general-purpose generator: the text is what Jackson's
 * generator wrote for the same calls (compact, strings escaped as Jackson escapes them: quote, backslash
 * and control characters only, as a backslash, {@code u} and four upper-case hex digits where no
 * short escape exists), so stored documents keep their text. Optional fields are written only when
 * present, amounts as plain decimal text, dates and instants in ISO-8601 ({@link IsoText}), sets of
 * names sorted.
 *
 * <p>Not thread-safe: one per document.
 */
final class JsonOut {

    /** The short escapes Jackson writes, by character below 0x80: 0 for none, {@code u} for four hex digits. */
    private static final char[] ESCAPES = new char[128];
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\f'] = 'f';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
    }

    /** One builder per thread, emptied for each document: a document is written on one thread at a time. */
    private static final ThreadLocal<StringBuilder> BUILDERS = ThreadLocal.withInitial(() -> new StringBuilder(4096));
    /** A builder grown past this by a large document is not kept. */
    private static final int MAX_KEPT_CAPACITY = 64 * 1024;

    private final StringBuilder out;
    /** Whether the next value or field name in the current object or array needs a comma first. */
    private boolean comma;
    /** Where the first text a store cannot keep is in the document (NUL, an unpaired surrogate); -1 for none. */
    private int unstorableAt = -1;

    JsonOut() {
        StringBuilder b = BUILDERS.get();
        if (b.length() > 0) {
            // Left by a document whose writing failed, or in use further up the stack: this one takes a new one.
            b = new StringBuilder(4096);
            BUILDERS.set(b);
        }
        out = b;
    }

    /** A part written as one JSON value (usually an object) at the writer's current position. */
    @FunctionalInterface
    interface Part<T> extends BiConsumer<JsonOut, T> {
    }

    /**
     * Where the first NUL character or unpaired surrogate written so far is in the document: the text
     * holds it as it is (a surrogate) or escaped (NUL, as {@code \u0000}), which PostgreSQL would store
     * as {@code ?} or refuse.
     *
     * @return the position in the document, -1 for none
     */
    int unstorableAt() {
        return unstorableAt;
    }

    String finish() {
        String text = out.toString();
        out.setLength(0);
        if (out.capacity() > MAX_KEPT_CAPACITY) {
            BUILDERS.remove();
        }
        return text;
    }

    JsonOut startObject() {
        separate();
        out.append('{');
        comma = false;
        return this;
    }

    JsonOut endObject() {
        out.append('}');
        comma = true;
        return this;
    }

    /**
     * Writes a field name: one of the codec's own names, letters only, so never escaped.
     */
    JsonOut name(String name) {
        separate();
        out.append('"').append(name).append("\":");
        comma = false;
        return this;
    }

    JsonOut value(String value) {
        separate();
        quoted(value);
        comma = true;
        return this;
    }

    JsonOut value(long value) {
        separate();
        out.append(value);
        comma = true;
        return this;
    }

    JsonOut text(String name, String value) {
        return name(name).value(value);
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
        return name(name).value(value);
    }

    JsonOut bool(String name, boolean value) {
        name(name);
        out.append(value);
        comma = true;
        return this;
    }

    JsonOut money(String name, Money money) {
        return text(name, money.amount().toPlainString());
    }

    JsonOut date(String name, LocalDate date) {
        return text(name, date.toString());
    }

    JsonOut instant(String name, Instant instant) {
        name(name);
        out.append('"');
        IsoText.instant(out, instant).append('"');
        comma = true;
        return this;
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
        name(name);
        out.append('[');
        comma = false;
        for (Object v : values) {
            value(v.toString());
        }
        out.append(']');
        comma = true;
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
        if (value.isPresent()) {
            part(name, value.get(), part);
        }
        return this;
    }

    /** Writes an array of parts, in the collection's order. */
    <T> JsonOut list(String name, Collection<T> items, Part<T> part) {
        name(name);
        out.append('[');
        comma = false;
        for (T item : items) {
            part.accept(this, item);
        }
        out.append(']');
        comma = true;
        return this;
    }

    private void separate() {
        if (comma) {
            out.append(',');
        }
    }

    /**
     * Writes a string in quotes, escaped as Jackson's generator escapes it, and notes where the first NUL
     * or unpaired surrogate is.
     */
    private void quoted(String text) {
        StringBuilder o = out;
        o.append('"');
        int length = text.length();
        int from = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                if (pairedSurrogate(text, i)) {
                    i++;
                } else if (unstorableAt < 0) {
                    unstorableAt = o.length() + i - from;
                }
            } else if (c < 128 && ESCAPES[c] != 0) {
                o.append(text, from, i);
                if (c == 0 && unstorableAt < 0) {
                    unstorableAt = o.length();
                }
                char e = ESCAPES[c];
                o.append('\\');
                if (e == 'u') {
                    o.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                } else {
                    o.append(e);
                }
                from = i + 1;
            }
        }
        o.append(text, from, length).append('"');
    }

    /** Whether the character at i is the high half of a surrogate pair. */
    private static boolean pairedSurrogate(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }
}

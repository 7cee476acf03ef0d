package io.github.medrecords.store.jdbc.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * ISO-8601 dates and instants as the document writes them, read and written without a
 * {@code DateTimeFormatter} in the common case: {@code 2026-11-02} and {@code 2026-11-02T15:00:00Z} with
 * an optional fraction of one to nine digits. Any other form (a year outside 0000-9999, a leap second)
 * goes to {@link LocalDate#parse} and {@link Instant#parse}, so what is read is exactly what they read,
 * and what is written is exactly what {@link LocalDate#toString} and {@link Instant#toString} write.
 *
 * <p>Thread-safe.
 */
final class IsoText {

    private IsoText() {
    }

    static LocalDate date(CharSequence text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    static Instant instant(CharSequence text) {
        int length = text.length();
        if (length >= 20 && text.charAt(length - 1) == 'Z' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':' && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int nano = fraction(text, 19, length - 1);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 && second < 60
                    && nano >= 0) {
                return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(ZoneOffset.UTC);
            }
        }
        return Instant.parse(text);
    }

    static String instant(Instant instant) {
        return instant(new StringBuilder(30), instant).toString();
    }

    /** Appends the instant as {@link Instant#toString} writes it. */
    static StringBuilder instant(StringBuilder b, Instant instant) {
        long seconds = instant.getEpochSecond();
        // 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z: ISO_INSTANT's own form there is this one.
        if (seconds < -62_167_219_200L || seconds > 253_402_300_799L) {
            return b.append(instant);
        }
        long days = Math.floorDiv(seconds, 86_400);
        int secondOfDay = Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(days);
        pad(b, date.getYear(), 4).append('-');
        pad(b, date.getMonthValue(), 2).append('-');
        pad(b, date.getDayOfMonth(), 2).append('T');
        pad(b, secondOfDay / 3600, 2).append(':');
        pad(b, secondOfDay / 60 % 60, 2).append(':');
        pad(b, secondOfDay % 60, 2);
        int nano = instant.getNano();
        if (nano != 0) {
            b.append('.');
            if (nano % 1_000_000 == 0) {
                pad(b, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                pad(b, nano / 1_000, 6);
            } else {
                pad(b, nano, 9);
            }
        }
        return b.append('Z');
    }

    /** Appends the value's digits after as many zeros as make them width long (the value is not negative). */
    private static StringBuilder pad(StringBuilder b, int value, int width) {
        for (int limit = 10, i = 1; i < width; i++, limit *= 10) {
            if (value < limit) {
                b.append('0');
            }
        }
        return b.append(value);
    }

    /** The decimal value of {@code count} ASCII digits from {@code from}, or -1 if one is not a digit. */
    private static int digits(CharSequence text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Nanoseconds of a fraction {@code .d...} between {@code from} and {@code end}, 0 if empty, -1 if malformed. */
    private static int fraction(CharSequence text, int from, int end) {
        if (from == end) {
            return 0;
        }
        int count = end - from - 1;
        if (text.charAt(from) != '.' || count < 1 || count > 9) {
            return -1;
        }
        int value = digits(text, from + 1, count);
        if (value < 0) {
            return -1;
        }
        for (int i = count; i < 9; i++) {
            value *= 10;
        }
        return value;
    }
}

package io.github.medrecords.core.law;

import io.github.medrecords.core.money.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * A text of {@code key = value} lines that people edit (Java properties syntax: {@code #} comments, a trailing
 * {@code \} continues a line), read with the line of every key so that each problem can be reported by line:
 * the reader behind price-list files and state law files. It collects problems instead of stopping at the first,
 * so a refused file lists them all.
 *
 * <p>Not thread-safe: one instance reads one file.
 */
public final class KeyedText {

    private static final int MAX_AMOUNT_LENGTH = 40;

    /**
     * One key with its value and the line it starts on.
     *
     * @param key  the key, not null
     * @param value  the value, stripped, not null
     * @param line  the line number, from 1
     */
    public record Entry(String key, String value, int line) {
    }

    /**
     * A problem found in a file.
     *
     * @param line  the line number, from 1
     * @param message  what is wrong, without protected health information; not null
     */
    public record Problem(int line, String message) {

        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    private final String source;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Properties one = new Properties();

    private KeyedText(String source) {
        this.source = source;
    }

    /**
     * Reads a text; unreadable lines and keys given twice become problems.
     *
     * @param reader  the text, not null
     * @param source  the file's name, for messages, not null
     * @return the text read, not null
     * @throws UncheckedIOException if the reader fails
     */
    public static KeyedText read(Reader reader, String source) {
        KeyedText text = new KeyedText(source);
        text.readLines(reader);
        return text;
    }

    /**
     * Returns a copy with the same entries and problems found so far, for another reader to interpret without
     * reading the text again.
     *
     * @return the copy, not null
     */
    public KeyedText copy() {
        KeyedText copy = new KeyedText(source);
        copy.entries.putAll(entries);
        copy.problems.addAll(problems);
        return copy;
    }

    /**
     * Returns the file's name as given.
     *
     * @return the name, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns the entries in the order of the file.
     *
     * @return an unmodifiable list, not null
     */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Returns the problems found so far, in line order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Problem> problems() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line));
        return Collections.unmodifiableList(sorted);
    }

    /**
     * Returns how many problems were found so far, to tell whether a step added one.
     *
     * @return the count, zero or more
     */
    public int problemCount() {
        return problems.size();
    }

    /**
     * Tells whether any problem was found.
     *
     * @return true if there are problems
     */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * Records a problem.
     *
     * @param line  the line, from 1
     * @param message  what is wrong, not null
     */
    public void problem(int line, String message) {
        problems.add(new Problem(line, message));
    }

    /**
     * Splits a comma-separated value, dropping blanks.
     *
     * @param e  the entry, not null
     * @return the parts, stripped, not null
     */
    public List<String> list(Entry e) {
        List<String> result = new ArrayList<>();
        for (String part : e.value().split(",")) {
            if (!part.isBlank()) {
                result.add(part.strip());
            }
        }
        return result;
    }

    /**
     * Reads a comma-separated list of constant names (case and {@code -} for {@code _} do not matter).
     *
     * @param <T>  the constants' type
     * @param e  the entry, not null
     * @param parse  reads one upper-case name, throwing IllegalArgumentException for an unknown one; not null
     * @param what  what a name is, for messages, not null
     * @return the constants read, possibly empty (a problem is recorded for each unknown one), not null
     */
    public <T> List<T> enums(Entry e, Function<String, T> parse, String what) {
        List<T> result = new ArrayList<>();
        List<String> names = list(e);
        for (String name : names) {
            T value = enumOf(e, name, parse, what);
            if (value != null) {
                result.add(value);
            }
        }
        if (names.isEmpty()) {
            problem(e.line(), "'" + e.key() + "' names no " + what);
        }
        return result;
    }

    /**
     * Reads one constant name.
     *
     * @param <T>  the constant's type
     * @param e  the entry, not null
     * @param parse  reads one upper-case name, not null
     * @param what  what a name is, for messages, not null
     * @return the constant, null if unknown (a problem is recorded)
     */
    public <T> T enumValue(Entry e, Function<String, T> parse, String what) {
        return enumOf(e, e.value(), parse, what);
    }

    /**
     * Reads one constant name out of a value.
     *
     * @param <T>  the constant's type
     * @param e  the entry, for the line, not null
     * @param name  the name, not null
     * @param parse  reads one upper-case name, not null
     * @param what  what a name is, for messages, not null
     * @return the constant, null if unknown (a problem is recorded)
     */
    public <T> T enumOf(Entry e, String name, Function<String, T> parse, String what) {
        try {
            return parse.apply(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException ex) {
            problem(e.line(), "'" + name + "' is not a " + what);
            return null;
        }
    }

    /**
     * Reads an amount of dollars and cents, not negative.
     *
     * @param e  the entry, not null
     * @return the amount, null if not one (a problem is recorded)
     */
    public Money money(Entry e) {
        return money(e, e.value());
    }

    /**
     * Reads an amount of dollars and cents out of a value, not negative.
     *
     * @param e  the entry, for the line and key, not null
     * @param text  the amount's text, not null
     * @return the amount, null if not one (a problem is recorded)
     */
    public Money money(Entry e, String text) {
        try {
            if (text.length() > MAX_AMOUNT_LENGTH) {
                throw new NumberFormatException("too long");
            }
            Money amount = Money.parse(text.strip());
            if (amount.isNegative()) {
                problem(e.line(), "'" + e.key() + "' is negative: " + text);
                return null;
            }
            return amount;
        } catch (RuntimeException ex) {
            problem(e.line(), "'" + e.key() + "' is not an amount in dollars and cents: '" + text + "'");
            return null;
        }
    }

    /**
     * Reads a whole number, not negative.
     *
     * @param e  the entry, not null
     * @param what  what it counts, for messages ("pages", "days"), not null
     * @return the number, null if not one (a problem is recorded)
     */
    public Integer count(Entry e, String what) {
        try {
            int value = Integer.parseInt(e.value());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        problem(e.line(), "'" + e.key() + "' is not a whole number of " + what + ": '" + e.value() + "'");
        return null;
    }

    /**
     * Reads {@code true} or {@code false}.
     *
     * @param e  the entry, not null
     * @return the value, null if neither (a problem is recorded)
     */
    public Boolean bool(Entry e) {
        if (e.value().equalsIgnoreCase("true") || e.value().equalsIgnoreCase("false")) {
            return Boolean.valueOf(e.value());
        }
        problem(e.line(), "'" + e.key() + "' is true or false, not '" + e.value() + "'");
        return null;
    }

    /**
     * Reads a date like {@code 2026-01-01}.
     *
     * @param e  the entry, not null
     * @return the date, null if not one (a problem is recorded)
     */
    public LocalDate date(Entry e) {
        return date(e, e.value());
    }

    /**
     * Reads a date like {@code 2026-01-01} out of a value.
     *
     * @param e  the entry, for the line and key, not null
     * @param text  the date's text, not null
     * @return the date, null if not one (a problem is recorded)
     */
    public LocalDate date(Entry e, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException ex) {
            problem(e.line(), "'" + e.key() + "' is not a date like 2026-01-01: '" + text + "'");
            return null;
        }
    }

    /** Splits the text into logical lines and reads each with {@link Properties}. */
    private void readLines(Reader reader) {
        BufferedReader lines = new BufferedReader(reader);
        StringBuilder logical = new StringBuilder();
        int start = 0;
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String trimmed = line.stripLeading();
                if (logical.length() == 0) {
                    if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                        continue;
                    }
                    start = number;
                }
                logical.append(line).append('\n');
                if (!continues(line)) {
                    entry(logical.toString(), start);
                    logical.setLength(0);
                }
            }
            if (logical.length() > 0) {
                entry(logical.toString(), start);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("File " + source + " could not be read", e);
        }
    }

    private static boolean continues(String line) {
        int slashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    private void entry(String text, int line) {
        one.clear();
        try {
            one.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            problem(line, "unreadable line: " + e.getMessage());
            return;
        }
        for (String key : one.stringPropertyNames()) {
            String value = one.getProperty(key).strip();
            Entry previous = entries.get(key);
            if (previous != null) {
                problem(line, "'" + key + "' is given again (first on line " + previous.line() + ")");
            } else if (!text.contains("=") && !text.contains(":") && value.isEmpty()) {
                problem(line, "'" + key + "' has no value: write key = value");
            } else {
                entries.put(key, new Entry(key, value, line));
            }
        }
    }
}

package io.github.medrecords.store.jdbc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.medrecords.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one document with a small pull parser of its own over the text, without building a tree first
 * and without a general-purpose parser: strict JSON (RFC 8259) as Jackson's default parser accepts it,
 * tokens produced one at a time. A part is read by a loop over its fields ({@link #next()}) that keeps
 * what it knows and skips what it does not, so the order of fields and fields added by a later version
 * never matter; a field whose value is {@code null} counts as absent. Errors are
 * {@link Json.DocumentException}s naming the field, never its value.
 *
 * <p>Not thread-safe: one per document.
 */
final class JsonIn {

    /** The tokens of JSON text. */
    private enum Token {
        START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, FIELD_NAME, STRING, INTEGER, DECIMAL, TRUE, FALSE, NULL;

        boolean isScalar() {
            return ordinal() >= STRING.ordinal();
        }
    }

    /**
     * Field names read before, shared by every reader so a name is not a new string each time it is read:
     * slot by hash, the last name to land in a slot wins. Strings are immutable, so a slot read while
     * another thread writes it holds either name, both whole.
     */
    private static final String[] NAMES = new String[1024];
    /** Names longer than this are not kept. */
    private static final int MAX_KEPT_NAME = 40;

    /** Deeper nesting than this is refused, as Jackson's default constraints refuse it. */
    private static final int MAX_DEPTH = 1000;

    private final String s;
    private final int length;
    private int pos;
    /** The current token, null before the first and after the last. */
    private Token token;
    /** Where the current token starts in the text. */
    private int tokenStart;
    /** The current string's, field name's or number's text; "true", "false", "null" for those. */
    private String tokenText;
    /** Per open container, outermost first: true for an object. */
    private boolean[] objects = new boolean[16];
    /** Per open container: the last field name read in it (null in an array). */
    private String[] names = new String[16];
    private int depth;
    /** Whether the current container has had a value (so the next needs a comma). */
    private boolean hadValue;
    /** Whether a field name was just read, so a value comes next. */
    private boolean afterName;
    /** Whether the top-level value has been read. */
    private boolean rootDone;

    private JsonIn(String text) {
        this.s = text;
        this.length = text.length();
        advance();
    }

    /** Reads a document's text, positioned at its first token. */
    static JsonIn of(String text) {
        return new JsonIn(text);
    }

    /** Reads a tree already parsed, positioned at its first token. */
    static JsonIn of(JsonNode tree) {
        return new JsonIn(Json.write(tree));
    }

    /**
     * Checks that the current value is an object, whose fields {@link #next()} then walks.
     *
     * @param what  the field's name, for the message
     */
    JsonIn object(String what) {
        if (token != Token.START_OBJECT) {
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
            Token t = advance();
            if (t == Token.END_OBJECT) {
                return null;
            }
            if (t != Token.FIELD_NAME) {
                throw new Json.DocumentException("The stored document is not valid JSON", null);
            }
            String name = tokenText;
            if (advance() != Token.NULL) {
                return name;
            }
        }
    }

    /** Skips the current value, with everything inside it. */
    void skip() {
        if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
            return;
        }
        int open = 1;
        while (open > 0) {
            Token t = advance();
            if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
                open++;
            } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
                open--;
            } else if (t == null) {
                throw invalid();
            }
        }
    }

    /** The current value as text: a string, or the text of a number or a boolean. */
    String text() {
        if (token == null || !token.isScalar()) {
            throw new Json.DocumentException("The field '" + name() + "' is not text", null);
        }
        return tokenText;
    }

    int integer() {
        long value = token == Token.INTEGER ? integerValue() : Long.MIN_VALUE;
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new Json.DocumentException("The field '" + name() + "' is not an integer", null);
        }
        return (int) value;
    }

    long longValue() {
        if (token != Token.INTEGER) {
            throw new Json.DocumentException("The field '" + name() + "' is not an integer", null);
        }
        long value = integerValue();
        if (value == Long.MIN_VALUE && !"-9223372036854775808".equals(tokenText)) {
            throw new Json.DocumentException("The field '" + name() + "' is not an integer", null);
        }
        return value;
    }

    /** The current integer's value; Long.MIN_VALUE for one beyond a long too. */
    private long integerValue() {
        String t = tokenText;
        if (t.length() <= 18) {
            // At most 18 characters: at most 18 digits, which a long always holds.
            long v = 0;
            int i = t.charAt(0) == '-' ? 1 : 0;
            for (int j = i; j < t.length(); j++) {
                v = v * 10 + (t.charAt(j) - '0');
            }
            return i == 1 ? -v : v;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    /** The current value as a flag: true only for JSON {@code true} or the text "true". */
    boolean bool() {
        if (token == Token.TRUE) {
            return true;
        }
        return token == Token.STRING && "true".equals(tokenText.trim());
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
        if (token != Token.START_ARRAY) {
            throw new Json.DocumentException("The field '" + name() + "' is not a list", null);
        }
        Set<E> set = EnumSet.noneOf(type);
        while (advance() != Token.END_ARRAY) {
            set.add(Enum.valueOf(type, text()));
        }
        return set;
    }

    /**
     * Reads each item of the current array.
     *
     * @param item  reads one item, the parser on its first token, and leaves the parser on its last
     */
    <T> List<T> list(Function<JsonIn, T> item) {
        if (token != Token.START_ARRAY) {
            throw new Json.DocumentException("The field '" + name() + "' is not a list", null);
        }
        List<T> list = new ArrayList<>();
        while (advance() != Token.END_ARRAY) {
            list.add(item.apply(this));
        }
        return list;
    }

    /** Reads the current value as a tree, for parts of older formats read by their own readers. */
    JsonNode tree() {
        int start = tokenStart;
        skip();
        return Json.read(s.substring(start, pos));
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
            throw invalid();
        }
    }

    /** The current field's name, for messages: "?" for an item of a list or the top-level value. */
    private String name() {
        if (depth == 0) {
            return "?";
        }
        // A container's own start token belongs to the field that holds it, one level up.
        int level = token == Token.START_OBJECT || token == Token.START_ARRAY ? depth - 2 : depth - 1;
        String name = level >= 0 && objects[level] ? names[level] : null;
        return name == null ? "?" : name;
    }

    /** Reads the next token; null at the end of the text after the top-level value. */
    private Token advance() {
        int i = skipWhitespace(pos);
        if (depth == 0) {
            if (rootDone) {
                if (i < length) {
                    throw invalid();
                }
                pos = i;
                return token = null;
            }
            if (i >= length) {
                pos = i;
                return token = null;
            }
            return value(i);
        }
        if (i >= length) {
            throw invalid();
        }
        char c = s.charAt(i);
        if (objects[depth - 1]) {
            if (afterName) {
                afterName = false;
                return value(past(':', i));
            }
            if (c == '}') {
                return close(i);
            }
            if (hadValue) {
                i = past(',', i);
                c = s.charAt(i);
            }
            if (c != '"') {
                throw invalid();
            }
            tokenStart = i;
            tokenText = fieldName(i + 1);
            names[depth - 1] = tokenText;
            afterName = true;
            return token = Token.FIELD_NAME;
        }
        if (c == ']') {
            return close(i);
        }
        return value(hadValue ? past(',', i) : i);
    }

    /** Requires the separator at i and returns where the token after it starts. */
    private int past(char separator, int i) {
        if (s.charAt(i) != separator) {
            throw invalid();
        }
        int next = skipWhitespace(i + 1);
        if (next >= length) {
            throw invalid();
        }
        return next;
    }

    /** Reads the value starting at i. */
    private Token value(int i) {
        tokenStart = i;
        char c = s.charAt(i);
        Token t;
        switch (c) {
            case '{', '[' -> {
                if (depth == MAX_DEPTH) {
                    throw invalid();
                }
                if (depth == objects.length) {
                    objects = Arrays.copyOf(objects, depth * 2);
                    names = Arrays.copyOf(names, depth * 2);
                }
                objects[depth] = c == '{';
                names[depth] = null;
                depth++;
                hadValue = false;
                pos = i + 1;
                tokenText = null;
                return token = c == '{' ? Token.START_OBJECT : Token.START_ARRAY;
            }
            case '"' -> {
                tokenText = string(i + 1);
                t = Token.STRING;
            }
            case 't' -> t = literal(i, "true", Token.TRUE);
            case 'f' -> t = literal(i, "false", Token.FALSE);
            case 'n' -> t = literal(i, "null", Token.NULL);
            default -> t = number(i);
        }
        valueDone();
        return token = t;
    }

    private Token close(int i) {
        depth--;
        pos = i + 1;
        tokenStart = i;
        tokenText = null;
        valueDone();
        return token = objects[depth] ? Token.END_OBJECT : Token.END_ARRAY;
    }

    /** Marks a value as read in the current container, or the top-level value as read. */
    private void valueDone() {
        if (depth == 0) {
            rootDone = true;
        } else {
            hadValue = true;
        }
    }

    private Token literal(int i, String word, Token t) {
        if (!s.startsWith(word, i)) {
            throw invalid();
        }
        pos = requireDelimiter(i + word.length());
        tokenText = word;
        return t;
    }

    /** Reads a number as JSON writes it: no plus sign, no leading zero, digits on both sides of a point. */
    private Token number(int i) {
        int j = i;
        if (j < length && s.charAt(j) == '-') {
            j++;
        }
        int digits = j;
        if (j < length && s.charAt(j) == '0') {
            j++;
        } else {
            while (j < length && isDigit(s.charAt(j))) {
                j++;
            }
        }
        if (j == digits) {
            throw invalid();
        }
        boolean decimal = false;
        if (j < length && s.charAt(j) == '.') {
            decimal = true;
            int from = ++j;
            while (j < length && isDigit(s.charAt(j))) {
                j++;
            }
            if (j == from) {
                throw invalid();
            }
        }
        if (j < length && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            decimal = true;
            j++;
            if (j < length && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int from = j;
            while (j < length && isDigit(s.charAt(j))) {
                j++;
            }
            if (j == from) {
                throw invalid();
            }
        }
        pos = requireDelimiter(j);
        tokenText = s.substring(i, j);
        return decimal ? Token.DECIMAL : Token.INTEGER;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Requires that a number or literal ends at i: the text ends, or white space or punctuation follows. */
    private int requireDelimiter(int i) {
        if (i < length) {
            char c = s.charAt(i);
            if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                throw invalid();
            }
        }
        return i;
    }

    /** Reads a string whose text starts at i (after the opening quote); leaves pos after the closing quote. */
    private String string(int i) {
        int j = i;
        while (j < length) {
            char c = s.charAt(j);
            if (c == '"') {
                pos = j + 1;
                return s.substring(i, j);
            }
            if (c == '\\') {
                return escapedString(i, j);
            }
            if (c < 0x20) {
                throw invalid();
            }
            j++;
        }
        throw invalid();
    }

    /** Reads a field name starting at i (after the quote), the same string as the last time it was read. */
    private String fieldName(int i) {
        int hash = 0;
        int j = i;
        while (j < length) {
            char c = s.charAt(j);
            if (c == '"') {
                break;
            }
            if (c == '\\' || c < 0x20 || j - i >= MAX_KEPT_NAME) {
                return string(i);
            }
            hash = 31 * hash + c;
            j++;
        }
        if (j >= length) {
            throw invalid();
        }
        int slot = (hash ^ (hash >>> 10)) & (NAMES.length - 1);
        String kept = NAMES[slot];
        pos = j + 1;
        if (kept != null && kept.length() == j - i && s.regionMatches(i, kept, 0, j - i)) {
            return kept;
        }
        String name = s.substring(i, j);
        NAMES[slot] = name;
        return name;
    }

    private String escapedString(int i, int firstEscape) {
        StringBuilder b = new StringBuilder(firstEscape - i + 16).append(s, i, firstEscape);
        int j = firstEscape;
        while (j < length) {
            char c = s.charAt(j);
            if (c == '"') {
                pos = j + 1;
                return b.toString();
            }
            if (c < 0x20) {
                throw invalid();
            }
            if (c != '\\') {
                b.append(c);
                j++;
                continue;
            }
            if (j + 1 >= length) {
                throw invalid();
            }
            char e = s.charAt(j + 1);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (j + 6 > length) {
                        throw invalid();
                    }
                    int code = 0;
                    for (int k = j + 2; k < j + 6; k++) {
                        int d = Character.digit(s.charAt(k), 16);
                        if (d < 0) {
                            throw invalid();
                        }
                        code = code * 16 + d;
                    }
                    b.append((char) code);
                    j += 4;
                }
                default -> throw invalid();
            }
            j += 2;
        }
        throw invalid();
    }

    private int skipWhitespace(int i) {
        while (i < length) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return i;
            }
            i++;
        }
        return i;
    }

    private static Json.DocumentException invalid() {
        return new Json.DocumentException("The stored document is not valid JSON", null);
    }
}

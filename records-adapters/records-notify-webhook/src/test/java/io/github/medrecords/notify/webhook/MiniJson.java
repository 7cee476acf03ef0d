package io.github.medrecords.notify.webhook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small JSON reader and a JSON Schema checker for the subset the webhook's schema uses (type, const,
 * enum, minLength, pattern, format date and date-time, required, properties, additionalProperties,
 * allOf, if/then, boolean schemas), so the test needs no dependency.
 */
final class MiniJson {

    private final String s;
    private int i;

    private MiniJson(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        MiniJson p = new MiniJson(text);
        Object v = p.value();
        p.ws();
        if (p.i != text.length()) {
            throw new IllegalArgumentException("Trailing text at " + p.i);
        }
        return v;
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private Object value() {
        ws();
        char c = s.charAt(i);
        if (c == '{') {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            ws();
            if (s.charAt(i) == '}') {
                i++;
                return m;
            }
            while (true) {
                ws();
                String k = string();
                ws();
                expect(':');
                m.put(k, value());
                ws();
                if (s.charAt(i) == ',') {
                    i++;
                } else {
                    expect('}');
                    return m;
                }
            }
        }
        if (c == '[') {
            List<Object> l = new ArrayList<>();
            i++;
            ws();
            if (s.charAt(i) == ']') {
                i++;
                return l;
            }
            while (true) {
                l.add(value());
                ws();
                if (s.charAt(i) == ',') {
                    i++;
                } else {
                    expect(']');
                    return l;
                }
            }
        }
        if (c == '"') {
            return string();
        }
        if (s.startsWith("true", i)) {
            i += 4;
            return Boolean.TRUE;
        }
        if (s.startsWith("false", i)) {
            i += 5;
            return Boolean.FALSE;
        }
        if (s.startsWith("null", i)) {
            i += 4;
            return null;
        }
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return new BigDecimal(s.substring(start, i));
    }

    private void expect(char c) {
        if (s.charAt(i) != c) {
            throw new IllegalArgumentException("Expected " + c + " at " + i);
        }
        i++;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (s.charAt(i) != '"') {
            char c = s.charAt(i++);
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        i++;
        return out.toString();
    }

    /** Lists every way a value breaks a schema, each with its JSON path. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Object schema, Object value, String path) {
        List<String> out = new ArrayList<>();
        if (schema instanceof Boolean b) {
            if (!b) {
                out.add(path + " is not allowed");
            }
            return out;
        }
        Map<String, Object> sc = (Map<String, Object>) schema;
        for (Map.Entry<String, Object> e : sc.entrySet()) {
            Object k = e.getValue();
            switch (e.getKey()) {
                case "const" -> {
                    if (!same(k, value)) {
                        out.add(path + " is not " + k);
                    }
                }
                case "enum" -> {
                    if (((List<Object>) k).stream().noneMatch(x -> same(x, value))) {
                        out.add(path + " is not one of the listed values");
                    }
                }
                case "type" -> {
                    boolean ok = switch ((String) k) {
                        case "object" -> value instanceof Map;
                        case "string" -> value instanceof String;
                        case "boolean" -> value instanceof Boolean;
                        case "integer" -> value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0;
                        case "number" -> value instanceof BigDecimal;
                        default -> throw new IllegalArgumentException("Unsupported type " + k);
                    };
                    if (!ok) {
                        out.add(path + " is not of type " + k);
                    }
                }
                case "minLength" -> {
                    if (value instanceof String str && str.length() < ((BigDecimal) k).intValue()) {
                        out.add(path + " is too short");
                    }
                }
                case "pattern" -> {
                    if (value instanceof String str && !Pattern.compile((String) k).matcher(str).find()) {
                        out.add(path + " does not match " + k);
                    }
                }
                case "format" -> {
                    if (value instanceof String str && !formatted((String) k, str)) {
                        out.add(path + " is not a " + k);
                    }
                }
                case "required" -> {
                    if (value instanceof Map<?, ?> m) {
                        for (Object r : (List<Object>) k) {
                            if (!m.containsKey(r)) {
                                out.add(path + "." + r + " is missing");
                            }
                        }
                    }
                }
                case "properties" -> {
                    if (value instanceof Map<?, ?> m) {
                        ((Map<String, Object>) k).forEach((name, sub) -> {
                            if (m.containsKey(name)) {
                                out.addAll(violations(sub, m.get(name), path + "." + name));
                            }
                        });
                    }
                }
                case "additionalProperties" -> {
                    if (value instanceof Map<?, ?> m) {
                        Map<String, Object> props = (Map<String, Object>) sc.getOrDefault("properties", Map.of());
                        for (Object name : m.keySet()) {
                            if (!props.containsKey(name)) {
                                out.addAll(violations(k, m.get(name), path + "." + name));
                            }
                        }
                    }
                }
                case "allOf" -> ((List<Object>) k).forEach(sub -> out.addAll(violations(sub, value, path)));
                case "if" -> {
                    if (violations(k, value, path).isEmpty() && sc.containsKey("then")) {
                        out.addAll(violations(sc.get("then"), value, path));
                    }
                }
                case "then", "$schema", "$id", "title", "description" -> {
                    // Read with "if", or annotations.
                }
                default -> throw new IllegalArgumentException("Unsupported keyword " + e.getKey());
            }
        }
        return out;
    }

    private static boolean same(Object schemaValue, Object value) {
        if (schemaValue instanceof BigDecimal a && value instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return schemaValue == null ? value == null : schemaValue.equals(value);
    }

    private static boolean formatted(String format, String value) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(value);
                case "date-time" -> OffsetDateTime.parse(value);
                default -> throw new IllegalArgumentException("Unsupported format " + format);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

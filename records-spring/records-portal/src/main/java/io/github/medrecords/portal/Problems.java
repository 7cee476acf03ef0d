package io.github.medrecords.portal;

import io.github.medrecords.core.intake.FieldViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The problems a page shows, by field path: the library's violations and the form fields the browser
 * sent in a shape that could not be read (a date that is not a date). Never quotes what was typed.
 */
final class Problems {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    static Problems none() {
        return new Problems();
    }

    static Problems of(BindingResult binding) {
        Problems p = new Problems();
        for (FieldError e : binding.getFieldErrors()) {
            p.add(e.getField(), unreadable(binding, e.getField()));
        }
        binding.getGlobalErrors().forEach(e -> p.add("", "Part of the form could not be read; please check it."));
        return p;
    }

    /** Adds the library's violations, except on fields whose input could not even be read. */
    Problems with(List<FieldViolation> violations) {
        java.util.Set<String> unreadable = java.util.Set.copyOf(byField.keySet());
        violations.stream().filter(v -> !unreadable.contains(v.field())).forEach(v -> add(v.field(), v.message()));
        return this;
    }

    void add(String field, String message) {
        List<String> list = byField.computeIfAbsent(field, f -> new ArrayList<>());
        if (!list.contains(message)) {
            list.add(message);
        }
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    Map<String, List<String>> byField() {
        return byField;
    }

    int count() {
        return byField.values().stream().mapToInt(List::size).sum();
    }

    private static String unreadable(BindingResult binding, String field) {
        Class<?> type;
        try {
            type = binding.getFieldType(field);
        } catch (RuntimeException e) {
            type = null;
        }
        if (type == null) {
            return "This field could not be read.";
        }
        if (type == java.time.LocalDate.class) {
            return "Enter a date as year-month-day, for example 2025-03-14.";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class) {
            return "Enter a whole number.";
        }
        if (type.isEnum()) {
            return "Choose one of the options.";
        }
        return "This field could not be read.";
    }
}

package io.github.medrecords.core.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the form setters share: text is stripped and blank text becomes null, so that a portal that
 * posts empty strings for empty fields gets "required" rather than "malformed"; lists are copied
 * without null entries.
 */
final class Forms {

    private Forms() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    static <T> List<T> copy(List<T> list) {
        List<T> copy = new ArrayList<>();
        if (list != null) {
            list.stream().filter(Objects::nonNull).forEach(copy::add);
        }
        return copy;
    }
}

package io.github.medrecords.core.intake.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves the library's {@code {medrecords.…}} keys from its own bundle, then the constraint's attributes
 * such as {@code {max}}; {@code \{}, {@code \}}, {@code \$} and {@code \\} stand for the character itself.
 * Built on the Jakarta API alone and without Expression Language, so the core needs no compile
 * dependency on a provider and a named module starts without {@code jakarta.el} (the provider's default
 * interpolator needs it, HV000183). {@code ${...}} expressions are left as they are: messages never use
 * them.
 *
 * <p>Immutable and thread-safe.
 */
public final class MedrecordsMessageInterpolator implements MessageInterpolator {

    private final Messages messages;

    /**
     * Creates the interpolator.
     *
     * @param messages  the library's messages, not null
     */
    public MedrecordsMessageInterpolator(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        String resolved = messages.resolve(messageTemplate, locale);
        Map<String, Object> attributes = context == null || context.getConstraintDescriptor() == null ? Map.of()
                : context.getConstraintDescriptor().getAttributes();
        StringBuilder out = new StringBuilder(resolved.length());
        for (int i = 0; i < resolved.length(); i++) {
            char c = resolved.charAt(i);
            if (c == '\\' && i + 1 < resolved.length() && "{}$\\".indexOf(resolved.charAt(i + 1)) >= 0) {
                out.append(resolved.charAt(++i));
            } else if (c == '{' && (i == 0 || resolved.charAt(i - 1) != '$')) {
                int end = resolved.indexOf('}', i);
                String name = end < 0 ? null : resolved.substring(i + 1, end);
                if (name != null && attributes.containsKey(name)) {
                    out.append(format(attributes.get(name)));
                    i = end;
                } else {
                    out.append(c);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String format(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.toString(array);
        }
        return String.valueOf(value);
    }
}

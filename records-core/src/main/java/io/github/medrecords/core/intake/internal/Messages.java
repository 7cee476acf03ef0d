package io.github.medrecords.core.intake.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's own message bundle, {@code io.github.medrecords.core.intake.internal.messages}, kept
 * apart from the host application's {@code ValidationMessages}, with an optional bundle
 * of translations or rewordings a portal supplies per locale.
 *
 * <p>Immutable and thread-safe.
 */
public final class Messages {

    /** The bundle's base name. */
    public static final String BUNDLE = "io.github.medrecords.core.intake.internal.messages";

    private static final Pattern KEY = Pattern.compile("\\{(medrecords\\.[A-Za-z0-9_.]+)}");

    private final Function<Locale, ResourceBundle> overrides;

    /**
     * Creates the messages with the portal's own bundle consulted first.
     *
     * @param overrides  the portal's bundle per locale, returning null where it has none; not null
     */
    public Messages(Function<Locale, ResourceBundle> overrides) {
        this.overrides = Objects.requireNonNull(overrides, "overrides");
    }

    /**
     * Creates the messages with the library's own wording only.
     *
     * @return the messages, not null
     */
    public static Messages standard() {
        return new Messages(locale -> null);
    }

    /**
     * Returns the text of a key.
     *
     * @param key  the key, for example {@code medrecords.delivery.email.required}, not null
     * @param locale  the locale, not null
     * @return the text, or the key in braces if no bundle has it; not null
     */
    public String text(String key, Locale locale) {
        ResourceBundle own = overrides.apply(locale);
        if (own != null && own.containsKey(key)) {
            return own.getString(key);
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
            return bundle.containsKey(key) ? bundle.getString(key) : "{" + key + "}";
        } catch (MissingResourceException e) {
            return "{" + key + "}";
        }
    }

    /**
     * Replaces every {@code {medrecords.…}} key in a template with its text.
     *
     * @param template  the template, not null
     * @param locale  the locale, not null
     * @return the template with the library's keys resolved, not null
     */
    public String resolve(String template, Locale locale) {
        Matcher m = KEY.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(text(m.group(1), locale)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Returns the key of a template that is exactly one library key.
     *
     * @param template  the template, not null
     * @return the key without braces, or null if the template is not one key
     */
    public static String keyOf(String template) {
        Matcher m = KEY.matcher(template);
        return m.matches() ? m.group(1) : null;
    }
}

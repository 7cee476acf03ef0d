package io.github.medrecords.core.wording;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of every notice a requester receives, per language, from the resource bundle
 * {@code io.github.medrecords.core.wording.notices} ({@code notices_es.properties} for Spanish): a
 * template per event ({@code event.DENIED.subject}, {@code .intro}, {@code .next}), the denial notice's
 * parts ({@code denial.*}), the extension's ({@code extension.*}), labels, and the requester view's status
 * words and next steps. The email templates, the letters, the denial notice and the requester view all
 * read it, so each sentence exists once per language.
 *
 * <p>A text may name values as {@code {wireName}}, the name of a notification payload key
 * ({@code {requestNumber}}, {@code {extensionNewDate}}); {@link #format} fills them from values the caller
 * has already formatted. A practice may reword any text by key with its own bundle
 * ({@link #withOverrides(Function)}). Immutable and thread-safe.
 */
public final class NoticeBundle {

    /** The bundle's base name. */
    public static final String BASE_NAME = "io.github.medrecords.core.wording.notices";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9.]*)}");
    private static final NoticeBundle STANDARD = new NoticeBundle(locale -> null);

    private final Function<Locale, ResourceBundle> overrides;

    private NoticeBundle(Function<Locale, ResourceBundle> overrides) {
        this.overrides = overrides;
    }

    /**
     * Returns the library's own wording.
     *
     * @return the bundle, not null
     */
    public static NoticeBundle standard() {
        return STANDARD;
    }

    /**
     * Returns the library's wording with a practice's own texts consulted first, key by key.
     *
     * @param overrides  the practice's bundle for a locale, or null where it has none; not null
     * @return the bundle, not null
     */
    public static NoticeBundle withOverrides(Function<Locale, ResourceBundle> overrides) {
        return new NoticeBundle(Objects.requireNonNull(overrides, "overrides"));
    }

    /**
     * Finds the text of a key in a language, falling back to English for a key a translation lacks.
     *
     * @param language  the language, not null
     * @param key  the key, not null
     * @return the text, empty if no bundle has the key
     */
    public Optional<String> find(Language language, String key) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(key, "key");
        ResourceBundle own = overrides.apply(language.locale());
        if (own != null && own.containsKey(key)) {
            return Optional.of(own.getString(key));
        }
        ResourceBundle bundle = bundle(language);
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /**
     * Returns the text of a key in a language.
     *
     * @param language  the language, not null
     * @param key  the key, not null
     * @return the text, not null
     * @throws IllegalArgumentException if no bundle has the key
     */
    public String text(Language language, String key) {
        return find(language, key).orElseThrow(() -> new IllegalArgumentException("No notice text " + key));
    }

    /**
     * Returns the text of a key with every {@code {name}} replaced by its value.
     *
     * @param language  the language, not null
     * @param key  the key, not null
     * @param values  the formatted value of each name, not null
     * @return the text, not null
     * @throws IllegalArgumentException if no bundle has the key, or the text names a value not given
     */
    public String format(Language language, String key, Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        String text = text(language, key);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Notice text " + key + " names " + m.group(1) + ", not given");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Returns the names a text refers to as {@code {name}}.
     *
     * @param text  the text, not null
     * @return the names in order of appearance, not null
     */
    public static List<String> placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * Returns every key the library's bundle has in a language (its own and the English ones it inherits).
     *
     * @param language  the language, not null
     * @return the keys, sorted, not null
     */
    public static Set<String> keys(Language language) {
        return Collections.unmodifiableSet(new TreeSet<>(bundle(language).keySet()));
    }

    /**
     * Returns the keys a language's own translation defines, without the English it inherits.
     *
     * @param language  the language, not null
     * @return the keys, sorted, not null
     */
    public static Set<String> translatedKeys(Language language) {
        ResourceBundle b = bundle(language);
        Set<String> own = new TreeSet<>(b.keySet());
        if (!language.equals(Language.ENGLISH)) {
            ResourceBundle base = bundle(Language.ENGLISH);
            own.removeIf(k -> base.containsKey(k) && base.getString(k).equals(b.getString(k)));
        }
        return own;
    }

    /**
     * Formats a date the way a letter in the language writes it ("March 4, 2026", "4 de marzo de 2026").
     *
     * @param language  the language, not null
     * @param date  the date, not null
     * @return the date as words, not null
     */
    public static String date(Language language, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
    }

    /**
     * Formats an amount in US dollars ("$12.50", "-$1.25") in every language.
     *
     * @param amount  the amount, not null
     * @return the amount as text, not null
     */
    public static String dollars(Money amount) {
        return Objects.requireNonNull(amount, "amount").toString();
    }

    private static ResourceBundle bundle(Language language) {
        Objects.requireNonNull(language, "language");
        try {
            return ResourceBundle.getBundle(BASE_NAME, language.locale());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The notice bundle " + BASE_NAME + " is missing", e);
        }
    }

    @Override
    public String toString() {
        return "NoticeBundle[" + BASE_NAME + "]";
    }
}

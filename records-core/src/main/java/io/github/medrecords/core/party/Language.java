package io.github.medrecords.core.party;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A language a requester may read their notices in: English (the default) or Spanish, and any other the
 * library's bundles are translated into.
 *
 * <p>The supported languages are data, listed in the bundle {@code io.github.medrecords.core.party.languages}
 * ({@code supported=en es}): a third language is a translation of the bundles and a line there, never a
 * code change. Immutable and thread-safe; compare with {@link #equals(Object)}.
 */
public final class Language {

    private static final ResourceBundle LANGUAGES = ResourceBundle.getBundle(
            "io.github.medrecords.core.party.languages", Locale.ROOT);
    private static final List<String> SUPPORTED = List.copyOf(Arrays.asList(
            LANGUAGES.getString("supported").strip().split("\\s+")));

    /** English, the default when a requester does not choose. */
    public static final Language ENGLISH = new Language("en");
    /** Spanish. */
    public static final Language SPANISH = new Language("es");

    private final String tag;

    private Language(String tag) {
        this.tag = tag;
    }

    /**
     * Returns the language of a tag.
     *
     * @param tag  a supported language tag such as {@code en} or {@code es}, any case, not null
     * @return the language, not null
     * @throws IllegalArgumentException if the tag is not one of {@link #supportedTags()}
     */
    public static Language of(String tag) {
        Objects.requireNonNull(tag, "tag");
        String t = tag.strip().toLowerCase(Locale.ROOT);
        if (!SUPPORTED.contains(t)) {
            throw new IllegalArgumentException("Language " + tag + " is not one of " + SUPPORTED);
        }
        return t.equals("en") ? ENGLISH : t.equals("es") ? SPANISH : new Language(t);
    }

    /**
     * Tells whether a tag names a supported language.
     *
     * @param tag  the tag, may be null
     * @return true if {@link #of(String)} accepts it
     */
    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.contains(tag.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the supported languages in the order a form lists them, English first.
     *
     * @return the languages, not null, not empty
     */
    public static List<Language> supported() {
        return SUPPORTED.stream().map(Language::of).toList();
    }

    /**
     * Returns the supported tags.
     *
     * @return the tags, for example {@code [en, es]}, not null
     */
    public static List<String> supportedTags() {
        return SUPPORTED;
    }

    /**
     * Returns the language's tag.
     *
     * @return the lower-case tag, for example {@code es}, not null
     */
    public String tag() {
        return tag;
    }

    /**
     * Returns the locale bundles and dates are looked up in.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /**
     * Returns the language's name in itself, as a form shows the choice ("Español").
     *
     * @return the name, not null
     */
    public String nativeName() {
        String key = "name." + tag;
        return LANGUAGES.containsKey(key) ? LANGUAGES.getString(key) : tag;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Language o && tag.equals(o.tag);
    }

    @Override
    public int hashCode() {
        return tag.hashCode();
    }

    @Override
    public String toString() {
        return tag;
    }
}

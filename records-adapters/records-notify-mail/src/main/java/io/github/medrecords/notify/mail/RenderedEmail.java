package io.github.medrecords.notify.mail;

import java.util.Objects;

/**
 * A message rendered by {@link EmailTemplates}: the subject and the two bodies of a
 * multipart/alternative email.
 *
 * <p>{@link #toString()} gives the subject's length only (the bodies may name the patient). Immutable
 * and thread-safe.
 *
 * @param subject  the subject, one line without control characters, not null
 * @param text  the plain-text body, not null
 * @param html  the HTML body, every payload value escaped, not null
 */
public record RenderedEmail(String subject, String text, String html) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the subject holds a control character
     */
    public RenderedEmail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        if (subject.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A subject must be one line without control characters");
        }
    }

    @Override
    public String toString() {
        return "RenderedEmail[subject of " + subject.length() + " characters]";
    }
}

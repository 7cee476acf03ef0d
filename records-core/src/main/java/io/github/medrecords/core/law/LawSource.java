package io.github.medrecords.core.law;

import java.util.Objects;

/**
 * A source of the law book: the tag that rules and citations use, such as {@code CT-PA08} (written
 * {@code [CT-PA08]} in a citation), and the public address or addresses it stands for, with a note where
 * the page is a mirror or a secondary summary.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tag  the tag without brackets, not blank
 * @param address  the address or addresses as text, not blank
 */
public record LawSource(String tag, String address) {

    /**
     * Validates the source.
     *
     * @throws IllegalArgumentException if the tag or address is blank, or the tag has brackets or spaces
     */
    public LawSource {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(address, "address");
        if (tag.isBlank() || address.isBlank() || !tag.matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("A source needs a tag of letters, digits, dots and hyphens and an"
                    + " address, not tag '" + tag + "'");
        }
    }
}

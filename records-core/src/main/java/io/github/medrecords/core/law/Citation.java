package io.github.medrecords.core.law;

import java.util.List;
import java.util.Objects;

/**
 * Where a fee rule comes from: a rule of law with its law-book id and source tag, or a practice's own
 * price with the rules it relates to.
 *
 * <p>A rule of law the law book marks <b>UNCONFIRMED</b> (not verified in a primary or near-primary text) is
 * still usable, but its citation says so: {@link #unconfirmed()} is true and {@link #toString()} ends
 * with "(UNCONFIRMED)", so every quote line and compliance finding that cites it shows the mark.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId  the law-book id of a legal rule (for example {@code R5.2}) or the id of a practice's
 *        price rule, not blank
 * @param source  the source: a law-book source tag such as {@code [CT-PA08]}, or the name of the
 *        practice's published price list, not blank
 * @param law  true for a rule of law, false for a practice's own price or policy
 * @param related  law-book ids the rule relates to without being that law, for example the cap a
 *        practice sets itself (R5.3); not null
 * @param unconfirmed  true for a rule of law the law book marks UNCONFIRMED
 */
public record Citation(String ruleId, String source, boolean law, List<String> related, boolean unconfirmed) {

    /**
     * Validates the citation.
     *
     * @throws IllegalArgumentException if the rule id or source is blank
     */
    public Citation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(related, "related");
        if (ruleId.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("A citation needs a rule id and a source");
        }
        related = List.copyOf(related);
        if (unconfirmed && !law) {
            throw new IllegalArgumentException("Only a rule of law can be unconfirmed, not " + ruleId);
        }
    }

    /**
     * Creates a confirmed citation.
     *
     * @param ruleId  the rule's id, not blank
     * @param source  the source, not blank
     * @param law  true for a rule of law
     * @param related  law-book ids the rule relates to, not null
     * @throws IllegalArgumentException if the rule id or source is blank
     */
    public Citation(String ruleId, String source, boolean law, List<String> related) {
        this(ruleId, source, law, related, false);
    }

    /**
     * Cites a rule of law.
     *
     * @param ruleId  the law-book id, for example {@code R5.2}, not blank
     * @param source  the law-book source tag, for example {@code [CT-PA08]}, not blank
     * @return the citation, not null
     */
    public static Citation law(String ruleId, String source) {
        return new Citation(ruleId, source, true, List.of(), false);
    }

    /**
     * Cites a rule of law that the law book marks UNCONFIRMED: usable, but every line and finding citing it
     * says so.
     *
     * @param ruleId  the rule's id, for example {@code TX.1}, not blank
     * @param source  the law-book source tag, for example {@code [TX]}, not blank
     * @return the citation, not null
     */
    public static Citation unconfirmedLaw(String ruleId, String source) {
        return new Citation(ruleId, source, true, List.of(), true);
    }

    /**
     * Cites a practice's own price or policy.
     *
     * @param ruleId  the price rule's id, not blank
     * @param source  the name of the practice's published price list, not blank
     * @param related  law-book ids the price relates to, not null
     * @return the citation, not null
     */
    public static Citation practice(String ruleId, String source, String... related) {
        return new Citation(ruleId, source, false, List.of(related));
    }

    /**
     * Tells whether this citation names a rule id, as its own id or a related one.
     *
     * @param id  the id, not null
     * @return true if named
     */
    public boolean mentions(String id) {
        Objects.requireNonNull(id, "id");
        return ruleId.equals(id) || related.contains(id);
    }

    /**
     * Formats the citation, for example {@code R5.2 [CT-PA08]}, {@code TX.1 [TX] (UNCONFIRMED)} or
     * {@code ONS-PAGES (practice price; see R5.2, R5.3)}.
     *
     * @return the citation as text, not null
     */
    @Override
    public String toString() {
        if (law) {
            return ruleId + " " + source + (unconfirmed ? " (UNCONFIRMED)" : "");
        }
        return ruleId + " (" + source + (related.isEmpty() ? "" : "; see " + String.join(", ", related)) + ")";
    }
}

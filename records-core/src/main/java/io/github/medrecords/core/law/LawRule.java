package io.github.medrecords.core.law;

import io.github.medrecords.core.party.UsState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One rule of the law book: its id, whose law it is, its words, the tags of its sources, and whether
 * it is UNCONFIRMED (not verified in a primary or near-primary text: usable, but everything that relies
 * on it says so).
 *
 * <p>Ids are {@code R<section>.<n>} for the research sections (HIPAA, authorizations, accounting,
 * Connecticut, the Cures Act, holidays) and {@code <STATE>.<n>} for other states' rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id  the rule id, for example {@code R5.2} or {@code NY.1}, not null
 * @param state  the state whose law it is, or null for federal law
 * @param unconfirmed  true if the rule is UNCONFIRMED
 * @param sourceTags  the tags of its sources in the {@link LawCatalogue}, possibly empty, not null
 * @param words  the rule in words, not blank
 */
public record LawRule(String id, UsState state, boolean unconfirmed, List<String> sourceTags, String words) {

    private static final Pattern ID = Pattern.compile("R[0-9]+\\.[0-9]+|[A-Z]{2}\\.[0-9]+");

    /**
     * Validates the rule.
     *
     * @throws IllegalArgumentException if the id is not a rule id or the words are blank
     */
    public LawRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceTags, "sourceTags");
        Objects.requireNonNull(words, "words");
        if (!isRuleId(id)) {
            throw new IllegalArgumentException("'" + id + "' is not a rule id such as R5.2 or NY.1");
        }
        if (words.isBlank()) {
            throw new IllegalArgumentException("Rule " + id + " needs words");
        }
        sourceTags = List.copyOf(sourceTags);
    }

    /**
     * Tells whether a text is a rule id: {@code R<section>.<n>} or {@code <STATE>.<n>}.
     *
     * @param text  the text, not null
     * @return true if it is a rule id
     */
    public static boolean isRuleId(String text) {
        return ID.matcher(Objects.requireNonNull(text, "text")).matches();
    }

    /**
     * Returns the state whose law this is.
     *
     * @return the state, empty for federal law
     */
    public Optional<UsState> jurisdiction() {
        return Optional.ofNullable(state);
    }
}

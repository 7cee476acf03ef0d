package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What one legal limit says about a quote: the outcome, the rule, the lawful maximum the rule allows
 * on what the price list documents, and the finding in plain words.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome  the outcome under this rule, not null
 * @param rule  the rule's citation, not null
 * @param lawfulMaximum  the most this rule allows for the whole request, empty where it sets no amount
 *        (a prohibited method, or a cost-based fee without a documented cost); not null
 * @param explanation  the finding in plain words, not null
 */
public record ComplianceFinding(ComplianceOutcome outcome, Citation rule, Optional<Money> lawfulMaximum,
        String explanation) {

    /**
     * Validates the finding.
     */
    public ComplianceFinding {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(lawfulMaximum, "lawfulMaximum");
        Objects.requireNonNull(explanation, "explanation");
    }
}

package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What one legal limit says about a quote: the outcome, the rule, the lawful maximum the rule allows
 * on what the price list documents, and the amount it judged; {@link #explain()} puts it in plain
 * words on demand.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComplianceFinding {

    private final ComplianceOutcome outcome;
    private final LegalLimit limit;
    private final Money lawfulMaximum;
    private final Money judged;

    private ComplianceFinding(ComplianceOutcome outcome, LegalLimit limit, Money lawfulMaximum, Money judged) {
        this.outcome = outcome;
        this.limit = limit;
        this.lawfulMaximum = lawfulMaximum;
        this.judged = judged;
    }

    /**
     * Obtains a finding.
     *
     * @param outcome  the outcome under the rule, not null
     * @param limit  the rule, not null
     * @param lawfulMaximum  the most the rule allows for the whole request, null where it sets no amount
     *        (a prohibited method, or a cost-based fee without a documented cost)
     * @param judged  the amount the rule judged (the total, or the part charged by a prohibited method
     *        or without a documented cost), not null
     * @return the finding, not null
     */
    public static ComplianceFinding of(ComplianceOutcome outcome, LegalLimit limit, Money lawfulMaximum, Money judged) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(judged, "judged");
        return new ComplianceFinding(outcome, limit, lawfulMaximum, judged);
    }

    /**
     * Returns the outcome under this rule.
     *
     * @return the outcome, not null
     */
    public ComplianceOutcome outcome() {
        return outcome;
    }

    /**
     * Returns the rule's citation.
     *
     * @return the citation, not null
     */
    public Citation rule() {
        return limit.citation();
    }

    /**
     * Returns the rule.
     *
     * @return the legal limit, not null
     */
    public LegalLimit limit() {
        return limit;
    }

    /**
     * Returns the most this rule allows for the whole request on what the price list documents.
     *
     * @return the maximum, empty where the rule sets no amount
     */
    public Optional<Money> lawfulMaximum() {
        return Optional.ofNullable(lawfulMaximum);
    }

    Money lawfulMaximumOrNull() {
        return lawfulMaximum;
    }

    /**
     * Returns the amount the rule judged.
     *
     * @return the amount, not null
     */
    public Money judged() {
        return judged;
    }

    /**
     * Explains the finding in plain words, for example
     * "R2.5: no per-page fee for copies of records kept electronically ...; the fee is charged per page,
     * $6.50 in all".
     * A rule the law book marks UNCONFIRMED is named with the mark, for example "TX.1 (UNCONFIRMED): ...".
     *
     * @return the explanation, not null
     */
    public String explain() {
        String id = limit.ruleId() + (limit.isUnconfirmed() ? " (UNCONFIRMED)" : "");
        switch (outcome) {
            case EXCEEDS_LIMIT:
                return id + ": " + limit.description() + "; " + judged + " exceeds the lawful maximum " + lawfulMaximum;
            case NEEDS_COST_BASIS:
                return id + ": " + limit.description() + "; " + judged + " needs a documented "
                        + (limit.kind() == LimitKind.COST_OF_MATERIALS ? "cost of materials"
                                : "actual or average allowable cost")
                        + (lawfulMaximum == null ? "" : " above " + lawfulMaximum);
            case UNCONFIRMED_LIMIT:
                return id + " (UNCONFIRMED): " + limit.description() + "; " + judged + " exceeds " + lawfulMaximum
                        + " only if postage counts inside the limit, which the law does not settle";
            case METHOD_NOT_PERMITTED:
                if (limit.prohibitedBasisOrNull() == null) {
                    return id + ": " + limit.description() + "; the list charges for "
                            + (limit.prohibitedKinds().isEmpty() ? "something the rule does not permit" : kinds(limit))
                            + ", "
                            + (judged.isZero() ? "an amount it does not state" : judged + " in all");
                }
                return id + ": " + limit.description() + "; the fee is charged per "
                        + limit.prohibitedBasisOrNull().singular() + ", " + judged + " in all";
            case FEE_NOT_STATED:
                return id + ": " + limit.description() + "; the list names a fee without an amount";
            default:
                return id + ": " + (lawfulMaximum == null ? "no charge it limits" : "within " + lawfulMaximum);
        }
    }

    /** The prohibited kinds of charge in words, for example "search and retrieval or inspection". */
    static String kinds(LegalLimit limit) {
        StringBuilder text = new StringBuilder();
        for (ChargeKind kind : limit.prohibitedKinds()) {
            text.append(text.length() == 0 ? "" : " or ")
                    .append(kind.name().toLowerCase(java.util.Locale.ROOT).replace("_and_", " and ").replace('_', ' '));
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ComplianceFinding o && outcome == o.outcome && limit.equals(o.limit)
                && Objects.equals(lawfulMaximum, o.lawfulMaximum) && judged.equals(o.judged);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, limit, lawfulMaximum, judged);
    }

    @Override
    public String toString() {
        return "ComplianceFinding[" + limit.ruleId() + ", " + outcome + (lawfulMaximum == null ? "" : ", max "
                + lawfulMaximum) + "]";
    }
}

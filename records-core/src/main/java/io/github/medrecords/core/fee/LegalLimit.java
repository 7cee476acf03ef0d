package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of law on fees, as data: the contexts it applies to, how it limits a fee
 * ({@link LimitKind}), its amount where it has one, and its citation (RULES.md id and source tag).
 * Which days it is in force is a property of its {@link LegalSchedule}.
 *
 * <p>Immutable and thread-safe.
 */
public final class LegalLimit {

    private final Citation citation;
    private final String description;
    private final FeeCondition condition;
    private final LimitKind kind;
    private final Money amount;
    private final ChargeBasis prohibitedBasis;

    private LegalLimit(Citation citation, String description, FeeCondition condition, LimitKind kind, Money amount,
            ChargeBasis prohibitedBasis) {
        this.citation = Objects.requireNonNull(citation, "citation");
        this.description = Objects.requireNonNull(description, "description");
        this.condition = Objects.requireNonNull(condition, "condition");
        this.kind = kind;
        this.amount = amount;
        this.prohibitedBasis = prohibitedBasis;
        if (description.isBlank()) {
            throw new IllegalArgumentException("Legal limit " + citation.ruleId() + " needs a description");
        }
        if (!citation.law()) {
            throw new IllegalArgumentException("Legal limit " + citation.ruleId() + " must cite law");
        }
    }

    /**
     * A rule under which no fee may be charged, such as portal access (R2.2) or a documented Social
     * Security claim (R5.5). Quotes apply it automatically: a matching request is free.
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @return the limit, not null
     */
    public static LegalLimit noFee(Citation citation, String description, FeeCondition condition) {
        return new LegalLimit(citation, description, condition, LimitKind.NO_FEE, Money.ZERO, null);
    }

    /**
     * A maximum per page of records other than images, all costs included, plus first-class postage
     * (R5.2); images are left to other rules.
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @param perPage  the maximum per page such as {@code "0.65"}, not null
     * @return the limit, not null
     */
    public static LegalLimit perPageMaximum(Citation citation, String description, FeeCondition condition,
            String perPage) {
        return new LegalLimit(citation, description, condition, LimitKind.PER_PAGE_MAXIMUM, Money.parse(perPage), null);
    }

    /**
     * Images at no more than the documented cost of materials (R5.4).
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @return the limit, not null
     */
    public static LegalLimit costOfMaterials(Citation citation, String description, FeeCondition condition) {
        return new LegalLimit(citation, description, condition, LimitKind.COST_OF_MATERIALS, null, null);
    }

    /**
     * A flat fee of at most an amount, or more with a documented allowable cost (R2.3, R2.4).
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @param flatFee  the most the flat fee may be, such as {@code "6.50"}, not null
     * @return the limit, not null
     */
    public static LegalLimit flatFeeOrCostBasis(Citation citation, String description, FeeCondition condition,
            String flatFee) {
        return new LegalLimit(citation, description, condition, LimitKind.FLAT_FEE_OR_COST_BASIS,
                Money.parse(flatFee), null);
    }

    /**
     * A reasonable cost-based fee: any charge beyond postage needs a documented allowable cost (R2.1).
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @return the limit, not null
     */
    public static LegalLimit costBased(Citation citation, String description, FeeCondition condition) {
        return new LegalLimit(citation, description, condition, LimitKind.COST_BASED, null, null);
    }

    /**
     * A charging method that is not permitted, whatever the amount (R2.5).
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @param basis  the prohibited basis, not null
     * @return the limit, not null
     */
    public static LegalLimit methodProhibited(Citation citation, String description, FeeCondition condition,
            ChargeBasis basis) {
        return new LegalLimit(citation, description, condition, LimitKind.METHOD_PROHIBITED, null,
                Objects.requireNonNull(basis, "basis"));
    }

    /**
     * Returns the citation.
     *
     * @return the citation, not null
     */
    public Citation citation() {
        return citation;
    }

    /**
     * Returns the rule's RULES.md id.
     *
     * @return the id, not null
     */
    public String ruleId() {
        return citation.ruleId();
    }

    /**
     * Returns the rule in plain words.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Returns the contexts the rule applies to.
     *
     * @return the condition, not null
     */
    public FeeCondition condition() {
        return condition;
    }

    /**
     * Returns how the rule limits a fee.
     *
     * @return the kind, not null
     */
    public LimitKind kind() {
        return kind;
    }

    /**
     * Returns the rule's amount: zero for no fee, the per-page maximum, or the flat fee.
     *
     * @return the amount, empty for kinds without one
     */
    public Optional<Money> amount() {
        return Optional.ofNullable(amount);
    }

    /**
     * Returns the charging method the rule prohibits.
     *
     * @return the basis, present only for {@link LimitKind#METHOD_PROHIBITED}
     */
    public Optional<ChargeBasis> prohibitedBasis() {
        return Optional.ofNullable(prohibitedBasis);
    }

    Money amountOrNull() {
        return amount;
    }

    ChargeBasis prohibitedBasisOrNull() {
        return prohibitedBasis;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LegalLimit o && citation.equals(o.citation) && description.equals(o.description)
                && condition.equals(o.condition) && kind == o.kind && Objects.equals(amount, o.amount)
                && prohibitedBasis == o.prohibitedBasis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(citation, description, condition, kind, amount, prohibitedBasis);
    }

    @Override
    public String toString() {
        return "LegalLimit[" + citation.ruleId() + ", " + kind + (amount == null ? "" : " " + amount)
                + (prohibitedBasis == null ? "" : " " + prohibitedBasis) + ", " + condition + "]";
    }
}

package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import java.util.Objects;

/**
 * One line of an estimate or quote: the rule that charges it and the rule's citation, what it is,
 * the quantity, the unit price and the amount. A cap is a line of its own with a negative amount;
 * an exemption is a zero line naming the rule that makes the request free.
 *
 * <p>Amounts are exact: a charge's amount is its unit price times its quantity, never rounded.
 * Immutable and thread-safe.
 */
public final class FeeLine {

    private final String ruleId;
    private final LineKind kind;
    private final ChargeBasis basis;
    private final ChargeScope scope;
    private final String description;
    private final long quantity;
    private final Money unitPrice;
    private final Money amount;
    private final Citation citation;

    private FeeLine(String ruleId, LineKind kind, ChargeBasis basis, ChargeScope scope, String description,
            long quantity, Money unitPrice, Money amount, Citation citation) {
        this.ruleId = ruleId;
        this.kind = kind;
        this.basis = basis;
        this.scope = scope;
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.amount = amount;
        this.citation = citation;
    }

    /**
     * Obtains a line, checking that its amount follows from its kind, quantity and unit price.
     *
     * @param ruleId  the id of the price rule or legal rule, not blank
     * @param kind  charge, cap or exemption, not null
     * @param basis  what the line counts, not null
     * @param scope  the part of the request it concerns, not null
     * @param description  what is charged, in words, not null
     * @param quantity  the units, 1 or more for a charge; 1 for a cap or exemption
     * @param unitPrice  the price per unit, not null; for a cap equal to the amount
     * @param amount  the line's amount, not null
     * @param citation  where the rule comes from, not null
     * @return the line, not null
     * @throws IllegalArgumentException if the amount does not follow from the quantity and unit price,
     *         or a cap is not negative, or an exemption is not zero
     */
    public static FeeLine of(String ruleId, LineKind kind, ChargeBasis basis, ChargeScope scope, String description,
            long quantity, Money unitPrice, Money amount, Citation citation) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(citation, "citation");
        if (quantity < 1) {
            throw new IllegalArgumentException("Fee line quantity " + quantity + " must be 1 or more");
        }
        switch (kind) {
            case CHARGE:
                if (unitPrice.isNegative() || !unitPrice.times(quantity).equals(amount)) {
                    throw new IllegalArgumentException("Charge " + amount + " is not " + quantity + " x " + unitPrice);
                }
                break;
            case CAP:
                if (!amount.isNegative() || quantity != 1 || !unitPrice.equals(amount)) {
                    throw new IllegalArgumentException("Cap adjustment " + amount + " must be one negative amount");
                }
                break;
            default:
                if (!amount.isZero() || quantity != 1) {
                    throw new IllegalArgumentException("Exemption line must be one zero amount, not " + amount);
                }
        }
        return new FeeLine(ruleId, kind, basis, scope, description, quantity, unitPrice, amount, citation);
    }

    /** A charge computed here, so valid by construction. */
    static FeeLine charge(String ruleId, ChargeBasis basis, ChargeScope scope, String description, long quantity,
            Money unitPrice, Citation citation) {
        return new FeeLine(ruleId, LineKind.CHARGE, basis, scope, description, quantity, unitPrice,
                quantity == 1 ? unitPrice : unitPrice.times(quantity), citation);
    }

    /** A cap adjustment computed here: negative by construction. */
    static FeeLine cap(String ruleId, ChargeBasis basis, ChargeScope scope, String description, Money adjustment,
            Citation citation) {
        return new FeeLine(ruleId, LineKind.CAP, basis, scope, description, 1, adjustment, adjustment, citation);
    }

    /** An exemption line. */
    static FeeLine exemption(String ruleId, String description, Citation citation) {
        return new FeeLine(ruleId, LineKind.EXEMPTION, ChargeBasis.PER_REQUEST, ChargeScope.REQUEST, description, 1,
                Money.ZERO, Money.ZERO, citation);
    }

    /**
     * Returns the id of the price rule or legal rule.
     *
     * @return the id, not null
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns what the line is.
     *
     * @return the kind, not null
     */
    public LineKind kind() {
        return kind;
    }

    /**
     * Returns what the line counts.
     *
     * @return the basis, not null
     */
    public ChargeBasis basis() {
        return basis;
    }

    /**
     * Returns the part of the request the line concerns.
     *
     * @return the scope, not null
     */
    public ChargeScope scope() {
        return scope;
    }

    /**
     * Returns what is charged, in words.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Returns the units.
     *
     * @return 1 or more
     */
    public long quantity() {
        return quantity;
    }

    /**
     * Returns the price per unit; for a cap, the adjustment.
     *
     * @return the unit price, not null
     */
    public Money unitPrice() {
        return unitPrice;
    }

    /**
     * Returns the line's amount: the unit price times the quantity; negative for a cap.
     *
     * @return the amount, not null
     */
    public Money amount() {
        return amount;
    }

    /**
     * Returns where the rule comes from.
     *
     * @return the citation, not null
     */
    public Citation citation() {
        return citation;
    }

    /**
     * Tells whether the line names a rule id, as its own rule or in its citation.
     *
     * @param id  the rule id, for example {@code R5.2}, not null
     * @return true if named
     */
    public boolean cites(String id) {
        Objects.requireNonNull(id, "id");
        return ruleId.equals(id) || citation.mentions(id);
    }

    /**
     * Explains the line in plain words, for example "10 pages at $0.65" or "capped at $6.50"; an
     * exemption under a rule the law book marks UNCONFIRMED ends with "(UNCONFIRMED)".
     *
     * @return the explanation, not null
     */
    public String explain() {
        switch (kind) {
            case CAP:
                return description;
            case EXEMPTION:
                return "no charge: " + description + (citation.unconfirmed() ? " (UNCONFIRMED)" : "");
            default:
                if (basis == ChargeBasis.POSTAGE) {
                    return "first-class postage " + amount;
                }
                return description + ": " + basis.units(quantity) + " at " + unitPrice;
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FeeLine o && ruleId.equals(o.ruleId) && kind == o.kind && basis == o.basis
                && scope == o.scope && description.equals(o.description) && quantity == o.quantity
                && unitPrice.equals(o.unitPrice) && amount.equals(o.amount) && citation.equals(o.citation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, kind, basis, scope, description, quantity, unitPrice, amount, citation);
    }

    @Override
    public String toString() {
        return ruleId + " " + kind + " " + quantity + " x " + unitPrice + " = " + amount;
    }
}

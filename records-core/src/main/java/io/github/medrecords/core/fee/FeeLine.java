package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.Objects;

/**
 * One line of an estimate or quote: the rule that charges it and the rule's citation, what it is,
 * the quantity, the unit price and the amount. A cap is a line of its own with a negative amount;
 * an exemption is a zero line naming the rule that makes the request free.
 *
 * <p>Amounts are exact: a charge's amount is its unit price times its quantity, never rounded.
 * Immutable and thread-safe.
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
 */
public record FeeLine(String ruleId, LineKind kind, ChargeBasis basis, ChargeScope scope, String description,
        long quantity, Money unitPrice, Money amount, Citation citation) {

    /**
     * Validates the line.
     *
     * @throws IllegalArgumentException if the amount does not follow from the quantity and unit price,
     *         or a cap is not negative, or an exemption is not zero
     */
    public FeeLine {
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
    }

    static FeeLine charge(String ruleId, ChargeBasis basis, ChargeScope scope, String description, long quantity,
            Money unitPrice, Citation citation) {
        return new FeeLine(ruleId, LineKind.CHARGE, basis, scope, description, quantity, unitPrice,
                unitPrice.times(quantity), citation);
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
     * Explains the line in plain words, for example "10 pages at $0.65" or "capped at $6.50".
     *
     * @return the explanation, not null
     */
    public String explain() {
        switch (kind) {
            case CAP:
                return description;
            case EXEMPTION:
                return "no charge: " + description;
            default:
                if (basis == ChargeBasis.POSTAGE) {
                    return "first-class postage " + amount;
                }
                return description + ": " + basis.units(quantity) + " at " + unitPrice;
        }
    }

    @Override
    public String toString() {
        return ruleId + " " + kind + " " + quantity + " x " + unitPrice + " = " + amount;
    }
}

package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.Objects;

/**
 * A practice's documented cost behind one of its prices, which makes a price above a flat fee lawful
 * where the law allows an actual or average cost (R2.3, R2.4) or the cost of materials (R5.4).
 *
 * <p>Immutable and thread-safe.
 *
 * @param priceRuleId  the id of the price rule the cost supports, not blank
 * @param kind  what the cost measures, not null
 * @param method  how it was calculated, not null
 * @param unitCost  the documented cost per unit the rule charges (per page, per request, per medium),
 *        not null and not negative
 * @param reference  where the documentation is kept, for example "2026 cost study", not blank
 */
public record CostBasis(String priceRuleId, CostKind kind, CostMethod method, Money unitCost, String reference) {

    /**
     * Validates the cost basis.
     *
     * @throws IllegalArgumentException if the rule id or reference is blank or the cost negative
     */
    public CostBasis {
        Objects.requireNonNull(priceRuleId, "priceRuleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(unitCost, "unitCost");
        Objects.requireNonNull(reference, "reference");
        if (priceRuleId.isBlank() || reference.isBlank()) {
            throw new IllegalArgumentException("A cost basis needs a price rule id and a reference");
        }
        if (unitCost.isNegative()) {
            throw new IllegalArgumentException("Documented cost " + unitCost + " is negative");
        }
    }

    /**
     * Records an average cost (R2.3, method 2).
     *
     * @param priceRuleId  the price rule supported, not blank
     * @param kind  what the cost measures, not null
     * @param unitCost  the cost per unit such as {@code "15.00"}, not null
     * @param reference  where the documentation is kept, not blank
     * @return the cost basis, not null
     */
    public static CostBasis average(String priceRuleId, CostKind kind, String unitCost, String reference) {
        return new CostBasis(priceRuleId, kind, CostMethod.AVERAGE, Money.parse(unitCost), reference);
    }

    /**
     * Records an actual cost (R2.3, method 1).
     *
     * @param priceRuleId  the price rule supported, not blank
     * @param kind  what the cost measures, not null
     * @param unitCost  the cost per unit such as {@code "15.00"}, not null
     * @param reference  where the documentation is kept, not blank
     * @return the cost basis, not null
     */
    public static CostBasis actual(String priceRuleId, CostKind kind, String unitCost, String reference) {
        return new CostBasis(priceRuleId, kind, CostMethod.ACTUAL, Money.parse(unitCost), reference);
    }
}

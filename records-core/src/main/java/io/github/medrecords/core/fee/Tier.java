package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.Objects;

/**
 * One band of a tiered price: the unit price from a unit number on, until the next tier starts; for
 * example pages 1 to 100 at $0.95 and from 101 at $0.49.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fromUnit  the first unit the price applies to, 1 or more
 * @param unitPrice  the price per unit, not null and not negative
 */
public record Tier(int fromUnit, Money unitPrice) {

    /**
     * Validates the tier.
     *
     * @throws IllegalArgumentException if the first unit is below 1 or the price negative
     */
    public Tier {
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (fromUnit < 1) {
            throw new IllegalArgumentException("Tier starts at unit " + fromUnit + ", not 1 or more");
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("Tier price " + unitPrice + " is negative");
        }
    }

    /**
     * Obtains a tier.
     *
     * @param fromUnit  the first unit, 1 or more
     * @param unitPrice  the price per unit such as {@code "0.95"}, not null
     * @return the tier, not null
     * @throws IllegalArgumentException if the first unit is below 1 or the price negative
     */
    public static Tier from(int fromUnit, String unitPrice) {
        return new Tier(fromUnit, Money.parse(unitPrice));
    }
}

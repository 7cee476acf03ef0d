package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.List;

/**
 * An itemised fee, estimated or quoted: lines that each name their rule and citation, a total that
 * is the sum of the lines, and an explanation in plain words built on demand.
 */
public interface ItemisedFee {

    /**
     * Returns the context the fee was computed for.
     *
     * @return the context, not null
     */
    FeeContext context();

    /**
     * Returns the lines, in the order the rules were applied; a cap follows the lines it caps.
     *
     * @return an unmodifiable list, empty when no price applies; not null
     */
    List<FeeLine> lines();

    /**
     * Returns the total: the exact sum of the lines.
     *
     * @return the total, not null
     */
    Money total();

    /**
     * Explains the fee in plain words, for example
     * "Copies of records: 12 pages at $0.65, capped at $6.50 per request. Total $6.50."
     *
     * @return the explanation, not null
     */
    default String explain() {
        return Itemisation.explain(lines(), total());
    }
}

package io.github.medrecords.core.fee;

/**
 * How a legal limit restricts a fee; the compliance check interprets each kind.
 */
public enum LimitKind {
    /** No fee at all (an exemption, for example portal access R2.2 or a Social Security claim R5.5). */
    NO_FEE,
    /** At most an amount per page for copies other than images, plus first-class postage (R5.2). */
    PER_PAGE_MAXIMUM,
    /** Images at no more than the documented cost of materials (R5.4). */
    COST_OF_MATERIALS,
    /**
     * A flat fee of at most an amount, lawful without calculation; more only with a documented
     * actual or average allowable cost (R2.3, R2.4).
     */
    FLAT_FEE_OR_COST_BASIS,
    /** A reasonable cost-based fee: any charge beyond postage needs a documented allowable cost (R2.1). */
    COST_BASED,
    /** A charging method that is not permitted, whatever the amount (R2.5). */
    METHOD_PROHIBITED
}

package io.github.medrecords.core.fee;

/**
 * How a practice calculated a documented cost (R2.3 methods 1 and 2).
 */
public enum CostMethod {
    /** The actual allowable cost of each request (R2.3, method 1). */
    ACTUAL,
    /** A schedule of average allowable costs for standard requests (R2.3, method 2). */
    AVERAGE
}

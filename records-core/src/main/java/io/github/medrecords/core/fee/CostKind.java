package io.github.medrecords.core.fee;

/**
 * What a documented cost basis measures, because the laws measure different costs.
 */
public enum CostKind {
    /**
     * HIPAA's allowable cost: labour for copying, supplies and postage, without search or retrieval
     * (R2.1, R2.2), by the actual or average method (R2.3).
     */
    ALLOWABLE_COST,
    /** The cost of materials for copying x-rays and other images under Connecticut law (R5.4). */
    MATERIALS
}

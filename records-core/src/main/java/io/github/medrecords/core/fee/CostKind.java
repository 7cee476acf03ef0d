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
    MATERIALS,
    /**
     * The reasonable clerical cost of making records available, which California allows on top of its
     * per-page rates (Health &amp; Safety Code 123110; Evidence Code 1158, at most $16 an hour per person).
     */
    CLERICAL,
    /**
     * The actual or reasonable cost of copying images, materials, supplies, labour and overhead
     * included: Florida's x-rays (Fla. Admin. Code 64B8-10.003) and California's x-rays sent to another
     * provider (Health &amp; Safety Code 123110).
     */
    ACTUAL_COST
}

package io.github.medrecords.core.timeframe;

/**
 * What a request asks for, which decides the deadline rules that apply.
 */
public enum RequestKind {
    /** Copies of (or access to) records (45 CFR 164.524, CGS 20-7c and the states' rules). */
    RECORDS,
    /** An accounting of disclosures (45 CFR 164.528, R4.1-R4.5). */
    ACCOUNTING_OF_DISCLOSURES
}

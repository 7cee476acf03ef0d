/**
 * Fees for copies of records, in two layers and the check between them: the legal limits
 * ({@link io.github.medrecords.core.fee.LegalLimits}: versioned HIPAA and state schedules whose rules
 * carry their law-book ids), a practice's own {@link io.github.medrecords.core.fee.PriceList}, the
 * itemised {@link io.github.medrecords.core.fee.Estimate} shown before a request is submitted (R2.6)
 * and the {@link io.github.medrecords.core.fee.Quote} made after fulfilment, each quote carrying its
 * {@link io.github.medrecords.core.fee.Compliance} against the limits in force on the day the request
 * was received. {@link io.github.medrecords.core.fee.FeeCalculator} is the entry point.
 * {@link io.github.medrecords.core.fee.PriceListAudit} audits a whole price list against HIPAA and one
 * state's law (Connecticut, New York, California, Texas, Florida or Massachusetts) and reports findings
 * grouped by (price rule, legal rule); {@link io.github.medrecords.core.fee.PriceListFile} reads a price list
 * kept in a file staff edit, refusing a broken one with every problem by line.
 *
 * <p>This package depends on {@code money}, {@code party} and {@code request} only; the practice
 * profile refers to its price list, never the other way round.
 */
package io.github.medrecords.core.fee;

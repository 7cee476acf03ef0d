/**
 * Money in US dollars at exactly two decimals, never a {@code double}: arithmetic that could
 * round takes an explicit {@link java.math.RoundingMode}, caps are value operations.
 */
package io.github.medrecords.core.money;

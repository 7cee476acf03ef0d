/**
 * The root of the medrecords core: the one unchecked exception every library exception extends.
 * The domain lives in the sub-packages, one per concept: {@code practice}, {@code request},
 * {@code authorization}, {@code fee}, {@code timeframe}, {@code workflow} and {@code port}.
 */
package io.github.medrecords.core;

/**
 * Not API: the per-year cache over Jollyday and the override layer that corrects its data.
 */
package io.github.medrecords.calendar.jollyday.internal;

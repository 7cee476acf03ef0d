/**
 * The practice profile: the jurisdictions, time zone, policies, price list and complaint contact of one
 * practice, because one deployment serves many practices and every request belongs to one.
 * {@link io.github.medrecords.core.practice.ExamplePractices} ships the seed practice.
 */
package io.github.medrecords.core.practice;

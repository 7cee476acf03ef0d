/**
 * Seeded generators of form submissions for users' tests: valid submissions of every shape a
 * practice's form produces, and invalid ones with exactly one known mistake and the violation it
 * must cause. Plain Java, so they plug into any property-testing library.
 */
package io.github.medrecords.testkit.intake;

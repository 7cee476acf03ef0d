/**
 * Seeded generators of fee contexts in plain Java, so they plug into any property-testing library:
 * give a seed, get the same contexts every time.
 */
package io.github.medrecords.testkit.fee;

/**
 * The entry points of the test kit: {@code Assertions.assertThat} for the library's types, and the
 * seeded generators. Contract tests for every port live in sub-packages by concept.
 */
package io.github.medrecords.testkit;

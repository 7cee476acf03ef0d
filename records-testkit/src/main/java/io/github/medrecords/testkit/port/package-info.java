/**
 * Contract tests for the ports in {@code io.github.medrecords.core.port}: one public abstract
 * {@code ...Contract} class per port that an adapter's test extends, {@link
 * io.github.medrecords.testkit.port.StoragePorts} to hand over the ports of one store, and {@link
 * io.github.medrecords.testkit.port.RequestCases} to build valid requests, transitions, change sets,
 * outbox messages and disclosure entries for any adapter's own tests.
 */
package io.github.medrecords.testkit.port;

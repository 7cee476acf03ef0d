/**
 * The in-memory adapter: {@link io.github.medrecords.memory.InMemoryStore} implements the request
 * repository, the notification outbox and the disclosure log over one lock, so a save is atomic
 * across all three; {@link io.github.medrecords.memory.InMemoryNotificationSender} records what it
 * was asked to send and can be told to fail. Both pass the contract tests in {@code records-testkit}.
 */
package io.github.medrecords.memory;

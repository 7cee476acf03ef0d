/**
 * The ports: the narrow interfaces through which the core reaches storage, the notification outbox,
 * notification senders and the disclosure log. Each has an in-memory implementation in
 * {@code records-memory} and an abstract contract test in {@code records-testkit} that every adapter
 * extends.
 */
package io.github.medrecords.core.port;

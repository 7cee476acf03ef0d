/**
 * The ports: the narrow interfaces through which the core reaches storage, the notification outbox,
 * notification senders and the disclosure log. Each has an in-memory implementation in
 * {@code records-memory} and an abstract contract test in {@code records-testkit} that every adapter
 * extends. One more port is for storage adapters rather than the core: {@link StoredTextCipher}, which
 * seals what a store keeps at rest; its contract is in the test kit too, and its implementation in
 * {@code records-crypto-tink} (an in-memory store has nothing at rest to seal).
 */
package io.github.medrecords.core.port;

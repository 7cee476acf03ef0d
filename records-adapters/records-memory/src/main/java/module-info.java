/**
 * In-memory implementations of the medrecords ports: a store that is at once the request
 * repository, the notification outbox and the disclosure log, and a recording notification sender.
 * Thread-safe; for demos, tests and single-process deployments.
 */
module io.github.medrecords.memory {
    requires transitive io.github.medrecords.core;

    exports io.github.medrecords.memory;
}

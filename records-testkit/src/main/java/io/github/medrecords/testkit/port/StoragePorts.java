package io.github.medrecords.testkit.port;

import io.github.medrecords.core.port.DisclosureLog;
import io.github.medrecords.core.port.NotificationOutbox;
import io.github.medrecords.core.port.RequestRepository;
import java.util.Objects;

/**
 * The storage ports of one store under test: the repository, and the outbox and disclosure log that
 * its {@link RequestRepository#save} writes to. The storage contracts need all three, because
 * messages and disclosure entries arrive through the repository.
 *
 * <p>Immutable and thread-safe if the ports are.
 *
 * @param repository  the request repository, not null
 * @param outbox  the outbox of the same store, not null
 * @param disclosureLog  the disclosure log of the same store, not null
 */
public record StoragePorts(RequestRepository repository, NotificationOutbox outbox, DisclosureLog disclosureLog) {

    /**
     * Validates the ports.
     */
    public StoragePorts {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(disclosureLog, "disclosureLog");
    }

    /**
     * Obtains the ports of a store that implements all three.
     *
     * @param <T>  the store's type
     * @param store  the store, not null
     * @return the ports, not null
     */
    public static <T extends RequestRepository & NotificationOutbox & DisclosureLog> StoragePorts of(T store) {
        Objects.requireNonNull(store, "store");
        return new StoragePorts(store, store, store);
    }

    /**
     * Obtains the ports of a store from three objects.
     *
     * @param repository  the request repository, not null
     * @param outbox  the outbox of the same store, not null
     * @param disclosureLog  the disclosure log of the same store, not null
     * @return the ports, not null
     */
    public static StoragePorts of(RequestRepository repository, NotificationOutbox outbox,
            DisclosureLog disclosureLog) {
        return new StoragePorts(repository, outbox, disclosureLog);
    }
}

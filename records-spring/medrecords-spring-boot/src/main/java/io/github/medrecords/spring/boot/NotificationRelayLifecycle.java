package io.github.medrecords.spring.boot;

import io.github.medrecords.core.notification.NotificationRelay;
import java.time.Duration;
import java.util.Objects;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the notification relay when the application context has started and stops it, letting the
 * message in hand finish, before the context closes its beans (the data source among them).
 *
 * <p>Thread-safe.
 */
public final class NotificationRelayLifecycle implements SmartLifecycle {

    private final NotificationRelay relay;
    private final Duration stopTimeout;

    /**
     * Creates the lifecycle.
     *
     * @param relay  the relay, not null
     * @param stopTimeout  how long stopping waits for the message in hand, not null
     */
    public NotificationRelayLifecycle(NotificationRelay relay, Duration stopTimeout) {
        this.relay = Objects.requireNonNull(relay, "relay");
        this.stopTimeout = Objects.requireNonNull(stopTimeout, "stopTimeout");
    }

    @Override
    public void start() {
        if (!relay.isRunning()) {
            relay.start();
        }
    }

    @Override
    public void stop() {
        relay.stop(stopTimeout);
    }

    @Override
    public boolean isRunning() {
        return relay.isRunning();
    }

    /**
     * Returns the relay this lifecycle runs.
     *
     * @return the relay, not null
     */
    public NotificationRelay relay() {
        return relay;
    }

    @Override
    public String toString() {
        return "NotificationRelayLifecycle[" + relay.relayId() + "]";
    }
}

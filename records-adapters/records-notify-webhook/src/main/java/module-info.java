/**
 * Notifications as signed JSON POSTs over {@code java.net.http}: {@link
 * io.github.medrecords.notify.webhook.WebhookSender} for the relay and {@link
 * io.github.medrecords.notify.webhook.WebhookSignature} for receivers.
 */
module io.github.medrecords.notify.webhook {
    requires transitive io.github.medrecords.core;
    requires transitive java.net.http;

    exports io.github.medrecords.notify.webhook;
}

/**
 * Notifications: which messages a request's events cause ({@link
 * io.github.medrecords.core.notification.NotificationPolicy}), the relay that delivers them from the
 * outbox with retries and dead letters ({@link io.github.medrecords.core.notification.NotificationRelay},
 * {@link io.github.medrecords.core.notification.RetryPolicy}), the letter sender port, and the logging
 * sender that is the embedded default.
 */
package io.github.medrecords.core.notification;

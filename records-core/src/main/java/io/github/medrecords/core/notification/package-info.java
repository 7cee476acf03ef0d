/**
 * Notifications: which messages a request's events cause ({@link
 * io.github.medrecords.core.notification.NotificationPolicy}, {@link
 * io.github.medrecords.core.notification.StandardNotificationPolicy}), the typed contract of what a message
 * carries ({@link io.github.medrecords.core.notification.PayloadKey}, {@link
 * io.github.medrecords.core.notification.PayloadSchema}, {@link
 * io.github.medrecords.core.notification.NotificationPayload}), the relay that delivers them from the
 * outbox with retries and dead letters ({@link io.github.medrecords.core.notification.NotificationRelay},
 * {@link io.github.medrecords.core.notification.RetryPolicy}), the letter sender port, and the logging
 * sender that is the embedded default.
 */
package io.github.medrecords.core.notification;

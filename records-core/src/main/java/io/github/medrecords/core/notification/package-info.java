/**
 * Notifications: which messages a request's events cause ({@link
 * io.github.medrecords.core.notification.NotificationPolicy}), and the logging sender that is the
 * embedded default.
 */
package io.github.medrecords.core.notification;

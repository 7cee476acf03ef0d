/**
 * The webhook channel: a {@link io.github.medrecords.core.port.NotificationSender} that POSTs each
 * event as JSON signed with HMAC-SHA256 to the URL configured for the message's webhook name, and the
 * signature helper a receiver uses to check it.
 */
package io.github.medrecords.notify.webhook;

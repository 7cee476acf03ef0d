/**
 * The email and letter channels: templates that turn an outbox message into a subject, a plain-text
 * and an HTML body with the minimum necessary; an SMTP {@link io.github.medrecords.core.port.NotificationSender}
 * that refuses header tricks; and a renderer that prints the same text as a letter.
 */
package io.github.medrecords.notify.mail;

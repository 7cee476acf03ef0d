package io.github.medrecords.notify.mail;

/**
 * How the connection to the SMTP server is protected.
 */
public enum SmtpSecurity {
    /** Plain SMTP, for a relay on the same host or a test server only. */
    NONE,
    /** Plain connection upgraded with STARTTLS, which is required (port 587). */
    STARTTLS,
    /** TLS from the first byte (SMTPS, port 465). */
    TLS
}

package io.github.medrecords.core.port;

/**
 * The ways a notification travels.
 */
public enum Channel {
    /** Email to the requester. */
    EMAIL,
    /** A printed letter, where the requester gave no email address. */
    LETTER,
    /** A signed JSON POST to the practice's or vendor's systems. */
    WEBHOOK
}

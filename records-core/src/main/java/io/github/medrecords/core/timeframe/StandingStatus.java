package io.github.medrecords.core.timeframe;

/**
 * Where an open request stands against its due date.
 */
public enum StandingStatus {
    /** The legal date has passed. */
    OVERDUE,
    /** The legal date is within the due-soon window, or the working target has passed. */
    DUE_SOON,
    /** Neither overdue nor due soon. */
    ON_TRACK
}

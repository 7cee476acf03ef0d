package io.github.medrecords.core.workflow;

/**
 * The deadline thresholds a sweep raises an event for, each at most once per request.
 */
public enum DeadlineAlert {
    /** The working target is near. */
    DUE_SOON,
    /** The binding legal date has passed. */
    OVERDUE
}

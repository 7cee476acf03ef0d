package io.github.medrecords.core.timeframe;

import io.github.medrecords.core.request.DeliveryMethod;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When copies are expected to be ready, as a patient portal shows it: from the earliest to the
 * latest date of the practice's promise, counted from the business day the request counts from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method  the delivery method the promise was taken for, not null
 * @param countedFrom  the business day the turnaround counts from, not null
 * @param earliest  the earliest expected date, not null
 * @param latest  the latest promised date, not before {@code earliest}, not null
 */
public record ReadyWindow(DeliveryMethod method, LocalDate countedFrom, LocalDate earliest, LocalDate latest) {

    /**
     * Validates the window.
     *
     * @param method  the delivery method, not null
     * @param countedFrom  the business day the turnaround counts from, not null
     * @param earliest  the earliest expected date, not null
     * @param latest  the latest promised date, not null
     * @throws IllegalArgumentException if latest is before earliest or earliest before countedFrom
     */
    public ReadyWindow {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(countedFrom, "countedFrom");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest) || earliest.isBefore(countedFrom)) {
            throw new IllegalArgumentException("Ready window must run forward from the day it counts from");
        }
    }
}

package io.github.medrecords.core.service;

import io.github.medrecords.core.fee.Estimate;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.timeframe.ReadyWindow;
import java.util.Objects;
import java.util.Optional;

/**
 * What a portal shows before the patient submits: the approximate fee (R2.6), the legal due date and
 * the window in which the practice expects the copies to be ready.
 *
 * <p>Immutable and thread-safe.
 *
 * @param estimate  the fee estimate, not null
 * @param dueDate  the legal due date if submitted now, empty where no deadline rule applies
 * @param readyWindow  the practice's turnaround if the request were complete now, not null
 */
public record SubmissionPreview(Estimate estimate, Optional<DueDate> dueDate, ReadyWindow readyWindow) {

    /**
     * Validates the parts.
     */
    public SubmissionPreview {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(readyWindow, "readyWindow");
    }
}

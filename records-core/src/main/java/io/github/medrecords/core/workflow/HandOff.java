package io.github.medrecords.core.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A hand-off of a request to an outside release-of-information company (a business associate): the
 * company, its reference, who handed it off and when, and the progress it reported back. The legal
 * clock keeps running (R1.8).
 *
 * <p>Progress notes are staff's words and stay out of {@link #toString()}. Immutable and thread-safe.
 *
 * @param company  the company's name, as the disclosure log names it, not blank
 * @param reference  the company's reference for the request, not blank
 * @param by  who handed it off, not null
 * @param at  when, not null
 * @param progress  the progress reported back, oldest first, not null
 */
public record HandOff(String company, String reference, Actor by, Instant at, List<Progress> progress) {

    /**
     * One report of progress from the company.
     *
     * @param at  when it was reported, not null
     * @param note  what the company reported, not blank
     */
    public record Progress(Instant at, String note) {

        /**
         * Validates the report.
         *
         * @throws IllegalArgumentException if the note is blank
         */
        public Progress {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(note, "note");
            if (note.isBlank()) {
                throw new IllegalArgumentException("A progress report needs a note");
            }
        }

        @Override
        public String toString() {
            return "Progress[" + at + "]";
        }
    }

    /**
     * Validates the hand-off and copies its progress.
     *
     * @throws IllegalArgumentException if the company or the reference is blank
     */
    public HandOff {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        progress = List.copyOf(progress);
        if (company.isBlank() || reference.isBlank()) {
            throw new IllegalArgumentException("A hand-off needs the company and its reference");
        }
    }

    @Override
    public String toString() {
        return "HandOff[" + company + ", " + reference + ", " + at + ", " + progress.size() + " report(s)]";
    }
}

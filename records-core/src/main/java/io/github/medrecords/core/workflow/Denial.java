package io.github.medrecords.core.workflow;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A denial of access, whole or in part (R1.17-R1.21): the ground, the selections withheld, the
 * licensed professional whose determination a reviewable ground needs, who recorded it and when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ground  the ground, not null
 * @param withheldSelections  the indices of the selections withheld, at least one, sorted, not null
 * @param whole  whether every selection is withheld
 * @param determinedBy  the licensed professional's determination; present exactly for a reviewable ground
 * @param by  who recorded the denial, not null
 * @param at  when, not null
 */
public record Denial(DenialGround ground, Set<Integer> withheldSelections, boolean whole,
        Optional<LicensedProfessional> determinedBy, Actor by, Instant at) {

    /**
     * Validates the denial.
     *
     * @throws IllegalArgumentException if nothing is withheld, an index is negative, or a professional's
     *     determination is missing for a reviewable ground or given for an unreviewable one
     */
    public Denial {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(withheldSelections, "withheldSelections");
        Objects.requireNonNull(determinedBy, "determinedBy");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        withheldSelections.forEach(i -> Objects.requireNonNull(i, "withheld selection"));
        if (withheldSelections.isEmpty() || withheldSelections.stream().anyMatch(i -> i < 0)) {
            throw new IllegalArgumentException("A denial withholds at least one selection, by index from 0");
        }
        if (ground.reviewable() != determinedBy.isPresent()) {
            throw new IllegalArgumentException("A reviewable ground needs, and only it takes, a licensed"
                    + " professional's determination (R1.18)");
        }
        withheldSelections = Collections.unmodifiableSortedSet(new TreeSet<>(withheldSelections));
    }

    /**
     * Tells whether the requester may have this denial reviewed.
     *
     * @return true for a reviewable ground
     */
    public boolean reviewable() {
        return ground.reviewable();
    }
}

package io.github.medrecords.core.practice;

import io.github.medrecords.core.MedrecordsException;
import io.github.medrecords.core.party.PracticeId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The practices a deployment serves, found by id. A host may implement it over its own
 * configuration; {@link #of(PracticeProfile...)} holds a fixed set.
 *
 * <h2>Implementation requirements</h2>
 * Thread-safe; returns the profile in force now.
 */
@FunctionalInterface
public interface PracticeDirectory {

    /**
     * Finds a practice.
     *
     * @param id  the practice's id, not null
     * @return the profile, empty if the deployment does not serve the practice
     */
    Optional<PracticeProfile> find(PracticeId id);

    /**
     * Finds a practice that must exist.
     *
     * @param id  the practice's id, not null
     * @return the profile, not null
     * @throws MedrecordsException if the deployment does not serve the practice
     */
    default PracticeProfile require(PracticeId id) {
        return find(id).orElseThrow(() -> new MedrecordsException("Unknown practice '" + id + "'"));
    }

    /**
     * Returns a directory of a fixed set of practices.
     *
     * @param practices  the practices, not null
     * @return the directory, not null
     */
    static PracticeDirectory of(PracticeProfile... practices) {
        Map<PracticeId, PracticeProfile> byId = new LinkedHashMap<>();
        for (PracticeProfile p : practices) {
            byId.put(Objects.requireNonNull(p, "practice").id(), p);
        }
        Map<PracticeId, PracticeProfile> fixed = Map.copyOf(byId);
        return id -> Optional.ofNullable(fixed.get(Objects.requireNonNull(id, "id")));
    }
}

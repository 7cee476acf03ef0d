package io.github.medrecords.core.port;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored request that cannot be read back: its document is corrupt, from a format newer than the
 * running library reads, or holds a part that is no longer valid. A store reports it with what its row
 * says outside the document and why it cannot be read, so that one bad row never takes the rest of a
 * practice's requests down with it. Carries no patient data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id  the request, not null
 * @param practice  its practice, not null
 * @param number  its number as the row stores it, not blank
 * @param status  its status as the row stores it, empty if the row's status is not one this library knows
 * @param reason  why it cannot be read, in words an operator can act on and without stored values, not blank
 */
public record UnreadableRequest(RequestId id, PracticeId practice, String number, Optional<RequestStatus> status,
        String reason) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the number or the reason is blank
     */
    public UnreadableRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (number.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("An unreadable request needs its number and a reason");
        }
    }
}

package io.github.medrecords.core.service;

import io.github.medrecords.core.port.UnreadableRequest;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.timeframe.Standing;
import io.github.medrecords.core.timeframe.StandingPolicy;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.DeadlineAlert;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One open request as a staff dashboard shows it: standing and deadline, owner (the staff member who
 * last acted on it), how many times the patient has asked, and flags. Carries no patient data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id  the request, not null
 * @param requestNumber  its number, not blank
 * @param status  its status, not null
 * @param standing  where it stands against its deadline, empty where no deadline applies
 * @param owner  the staff member who last acted on it, empty if none has
 * @param timesAsked  how many times the patient has asked for these records, from 1
 * @param flags  what needs attention, not null
 */
public record DashboardRow(RequestId id, String requestNumber, RequestStatus status, Optional<Standing> standing,
        Optional<String> owner, int timesAsked, Set<Flag> flags) {

    /**
     * What a dashboard flags.
     */
    public enum Flag {
        /** A repeat request raised the priority. */
        PRIORITY_RAISED,
        /** An authorization is missing or defective. */
        AWAITING_AUTHORIZATION,
        /** The requester's identity is not yet verified. */
        IDENTITY_NOT_VERIFIED,
        /** Part of the request is withheld by a denial. */
        PARTIALLY_DENIED,
        /** The deadline was extended. */
        EXTENDED,
        /** An outside company is working the request. */
        HANDED_OFF,
        /** A sweep raised the overdue alert. */
        OVERDUE_ALERTED,
        /** The store cannot read the request back; an operator must look at it (the log says why). */
        UNREADABLE,
        /**
         * The request asks for psychotherapy notes, which are outside the right of access (R1.1) and may be
         * denied on an unreviewable ground (R1.17).
         */
        PSYCHOTHERAPY_NOTES
    }

    /**
     * Validates the row.
     *
     * @throws IllegalArgumentException if times asked is below 1
     */
    public DashboardRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestNumber, "requestNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(owner, "owner");
        Set<Flag> sorted = EnumSet.noneOf(Flag.class);
        sorted.addAll(flags);
        flags = Collections.unmodifiableSet(sorted);
        if (timesAsked < 1) {
            throw new IllegalArgumentException("A request has been asked for at least once");
        }
    }

    /**
     * A row for a request the store cannot read back: its number and stored status, flagged
     * {@link Flag#UNREADABLE}, with no standing and no owner.
     *
     * @param unreadable  the request, not null
     * @return the row, not null
     */
    public static DashboardRow unreadable(UnreadableRequest unreadable) {
        Objects.requireNonNull(unreadable, "unreadable");
        return new DashboardRow(unreadable.id(), unreadable.number(),
                unreadable.status().orElse(RequestStatus.IN_PROCESS), Optional.empty(), Optional.empty(), 1,
                EnumSet.of(Flag.UNREADABLE));
    }

    /**
     * Projects a request for the staff dashboard.
     *
     * @param request  the request, not null
     * @param policy  the standing policy, not null
     * @param at  now, not null
     * @param zone  the practice's zone, not null
     * @return the row, not null
     */
    public static DashboardRow of(RequestCase request, StandingPolicy policy, Instant at, ZoneId zone) {
        Objects.requireNonNull(request, "request");
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (request.priorityRaised()) {
            flags.add(Flag.PRIORITY_RAISED);
        }
        if (request.status() == RequestStatus.AWAITING_AUTHORIZATION) {
            flags.add(Flag.AWAITING_AUTHORIZATION);
        }
        if (request.identity().isEmpty()) {
            flags.add(Flag.IDENTITY_NOT_VERIFIED);
        }
        if (!request.withheldSelections().isEmpty()) {
            flags.add(Flag.PARTIALLY_DENIED);
        }
        if (request.dueDate().flatMap(d -> d.extension()).isPresent()) {
            flags.add(Flag.EXTENDED);
        }
        if (request.status() == RequestStatus.HANDED_OFF) {
            flags.add(Flag.HANDED_OFF);
        }
        if (request.alertsRaised().contains(DeadlineAlert.OVERDUE)) {
            flags.add(Flag.OVERDUE_ALERTED);
        }
        List<RecordSelection> selections = request.request().selections();
        for (int i = 0; i < selections.size(); i++) {
            if (selections.get(i).type().equals(RecordType.PSYCHOTHERAPY_NOTES)
                    && !request.withheldSelections().contains(i)) {
                flags.add(Flag.PSYCHOTHERAPY_NOTES);
            }
        }
        List<HistoryEntry> history = request.history();
        Optional<String> owner = Optional.empty();
        for (int i = history.size() - 1; i >= 0 && owner.isEmpty(); i--) {
            Actor a = history.get(i).actor();
            if (a.kind() == Actor.Kind.STAFF) {
                owner = Optional.of(a.id());
            }
        }
        return new DashboardRow(request.id(), request.number().value(), request.status(),
                request.dueDate().map(d -> policy.standing(d, at, zone)), owner, request.repeatCount() + 1, flags);
    }
}

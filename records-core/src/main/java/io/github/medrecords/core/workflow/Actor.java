package io.github.medrecords.core.workflow;

import java.util.Objects;

/**
 * Who did something to a request: the requester through the portal, a staff member, or the system.
 *
 * <p>Holds an identifier, never a patient's name. Immutable and thread-safe.
 *
 * @param kind  what kind of actor, not null
 * @param id  the portal's or staff directory's identifier, not blank
 */
public record Actor(Kind kind, String id) {

    /** The library itself, for what it does on its own (deadline sweeps, linking repeats). */
    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "medrecords");

    /**
     * The kinds of actor.
     */
    public enum Kind {
        /** The requester, through the portal. */
        REQUESTER,
        /** A member of the practice's staff. */
        STAFF,
        /** The library or the host system. */
        SYSTEM
    }

    /**
     * Validates the actor.
     *
     * @throws IllegalArgumentException if the id is blank
     */
    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("An actor needs an identifier");
        }
    }

    /**
     * A staff member.
     *
     * @param id  the staff identifier, not blank
     * @return the actor, not null
     */
    public static Actor staff(String id) {
        return new Actor(Kind.STAFF, id);
    }

    /**
     * The requester, by the portal's account or session identifier.
     *
     * @param id  the portal's identifier, not blank
     * @return the actor, not null
     */
    public static Actor requester(String id) {
        return new Actor(Kind.REQUESTER, id);
    }
}

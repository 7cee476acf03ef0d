package io.github.medrecords.store.jdbc.internal;

import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.RequestCase;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests a store saved or loaded last, kept by id with the exact stored text and version of the row
 * they were written to or read from, so that loading a row that still holds that text and version gives
 * the request back without opening and decoding its document again. A row that holds anything else (a
 * later version, a document another process wrote, one sealed again under a new key) is decoded as
 * always. The store keeps a request only when decoding its document would give back the request itself
 * ({@link DocumentCodec#readsBack}), and checks that again when it finds one, so a load gives the same
 * request whether it was kept or not.
 *
 * <p>Bounded: once it holds its capacity, each request kept drops another, whichever the map's order
 * gives first. The requests are held as the application holds them, in its heap; nothing here is logged
 * or printed. Thread-safe.
 */
public final class DecodedRequests {

    /** What was kept: the row's version and stored text, and the request without its history. */
    private record Kept(long version, String stored, RequestCase.Snapshot snapshot) {
    }

    private final ConcurrentHashMap<UUID, Kept> kept;
    private final int capacity;

    /**
     * Creates an empty cache.
     *
     * @param capacity  how many requests it keeps at most, positive
     */
    public DecodedRequests(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The capacity " + capacity + " must be positive");
        }
        this.capacity = capacity;
        this.kept = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16) * 2);
    }

    /**
     * Keeps a request as its row now holds it.
     *
     * @param id  the request's id, not null
     * @param version  the row's version
     * @param stored  the row's document exactly as stored (sealed, if the store seals), not null
     * @param snapshot  the request, not null
     */
    public void keep(UUID id, long version, String stored, RequestCase.Snapshot snapshot) {
        kept.put(id, new Kept(version, Objects.requireNonNull(stored, "stored"),
                Objects.requireNonNull(snapshot, "snapshot")));
        if (kept.size() > capacity) {
            Iterator<UUID> ids = kept.keySet().iterator();
            while (kept.size() > capacity && ids.hasNext()) {
                UUID other = ids.next();
                if (!other.equals(id)) {
                    kept.remove(other);
                }
            }
        }
    }

    /**
     * Returns the request kept for a row that holds exactly the text and version it was kept with, with
     * the row's history.
     *
     * @param id  the row's id, not null
     * @param version  the row's version
     * @param stored  the row's document as stored, not null
     * @param history  the row's history entries, oldest first, not null
     * @return the request, or null if none is kept for that text and version
     */
    public RequestCase.Snapshot find(UUID id, long version, String stored, List<HistoryEntry> history) {
        Kept k = kept.get(id);
        if (k == null || k.version() != version || !k.stored().equals(stored)) {
            return null;
        }
        RequestCase.Snapshot s = k.snapshot();
        return new RequestCase.Snapshot(s.filing(), s.progress(), s.fees(), s.outcome(), history, version);
    }

    /**
     * Forgets a request, for a row that no longer holds what was kept.
     *
     * @param id  the request's id, not null
     */
    public void forget(UUID id) {
        kept.remove(id);
    }

    /**
     * Returns how many requests are kept.
     *
     * @return the count
     */
    public int size() {
        return kept.size();
    }

    @Override
    public String toString() {
        return "DecodedRequests[" + kept.size() + " of " + capacity + "]";
    }
}

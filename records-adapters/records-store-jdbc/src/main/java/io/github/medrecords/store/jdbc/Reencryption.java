package io.github.medrecords.store.jdbc;

/**
 * What a {@link JdbcStore#reencrypt} run did, row by row over requests, outbox messages and disclosure-log
 * entries: every row examined is counted once in one of the other counts. When {@link #unreadable()} and {@link #changedMeanwhile()} are zero (a run with
 * nothing left to do reports every row as already current) no stored document names an old key, and the
 * old keys can be removed from the keyset.
 *
 * @param examined  the rows looked at
 * @param resealed  the rows sealed again under the current key (sealed under an old key, or plain JSON)
 * @param alreadyCurrent  the rows already sealed under the current key
 * @param unreadable  the rows that could not be opened (an unknown key, a changed text), left as they are
 * @param changedMeanwhile  the rows saved by another caller between reading and rewriting, left as saved
 */
public record Reencryption(long examined, long resealed, long alreadyCurrent, long unreadable,
        long changedMeanwhile) {

    static final Reencryption NONE = new Reencryption(0, 0, 0, 0, 0);

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative or the parts do not add up to the rows examined
     */
    public Reencryption {
        if (examined < 0 || resealed < 0 || alreadyCurrent < 0 || unreadable < 0 || changedMeanwhile < 0
                || resealed + alreadyCurrent + unreadable + changedMeanwhile != examined) {
            throw new IllegalArgumentException("The counts " + examined + " = " + resealed + " + " + alreadyCurrent
                    + " + " + unreadable + " + " + changedMeanwhile + " do not add up");
        }
    }

    Reencryption plus(Reencryption other) {
        return new Reencryption(examined + other.examined, resealed + other.resealed,
                alreadyCurrent + other.alreadyCurrent, unreadable + other.unreadable,
                changedMeanwhile + other.changedMeanwhile);
    }

    /**
     * Tells whether every row examined is now sealed under the current key; if not, run the re-encryption
     * again (rows changed meanwhile are usually current by then) and look into the unreadable ones.
     *
     * @return true if no row was unreadable or changed meanwhile
     */
    public boolean complete() {
        return unreadable == 0 && changedMeanwhile == 0;
    }
}

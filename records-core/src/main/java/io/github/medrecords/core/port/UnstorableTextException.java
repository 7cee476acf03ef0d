package io.github.medrecords.core.port;

/**
 * Thrown when a store is asked to keep text it cannot keep as it is, the same on every database: a
 * NUL character or half of a surrogate pair (PostgreSQL would refuse the first and store the second
 * as {@code ?}). Nothing is written. The message gives the position, never the text.
 */
public class UnstorableTextException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final int index;

    /**
     * Creates the exception.
     *
     * @param index  the position of the offending character in its text, from 0
     */
    public UnstorableTextException(int index) {
        super("Text holds a NUL character or an unpaired surrogate at index " + index
                + ", which the store does not keep", null);
        this.index = index;
    }

    /**
     * Returns where in its text the offending character is.
     *
     * @return the index, from 0
     */
    public int getIndex() {
        return index;
    }
}

package io.github.medrecords.core.workflow;

import io.github.medrecords.core.fee.RecordKeeping;
import java.util.Objects;

/**
 * What staff copied for one record selection: the pages, the media (CDs), and whether the records
 * are kept on paper or electronically, which decides the charging methods the law permits (R2.5).
 *
 * <p>Immutable and thread-safe.
 *
 * @param selectionIndex  the selection's position in the request, from 0
 * @param pages  the pages copied, 0 or more
 * @param media  the media produced, 0 or more
 * @param keeping  how the records are kept, not null
 */
public record SelectionFulfilment(int selectionIndex, int pages, int media, RecordKeeping keeping) {

    /**
     * Validates the fulfilment.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public SelectionFulfilment {
        Objects.requireNonNull(keeping, "keeping");
        if (selectionIndex < 0 || pages < 0 || media < 0) {
            throw new IllegalArgumentException("Selection " + selectionIndex + ": counts must not be negative");
        }
    }

    /**
     * Obtains a fulfilment of pages.
     *
     * @param selectionIndex  the selection's position, from 0
     * @param pages  the pages copied
     * @param keeping  how the records are kept, not null
     * @return the fulfilment, not null
     */
    public static SelectionFulfilment ofPages(int selectionIndex, int pages, RecordKeeping keeping) {
        return new SelectionFulfilment(selectionIndex, pages, 0, keeping);
    }

    /**
     * Obtains a fulfilment of media, such as images on a CD.
     *
     * @param selectionIndex  the selection's position, from 0
     * @param media  the media produced
     * @param keeping  how the records are kept, not null
     * @return the fulfilment, not null
     */
    public static SelectionFulfilment ofMedia(int selectionIndex, int media, RecordKeeping keeping) {
        return new SelectionFulfilment(selectionIndex, 0, media, keeping);
    }
}

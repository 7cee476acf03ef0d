package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.Objects;

/**
 * What staff record when they fulfil a request, which turns an estimate into a quote: the pages
 * copied, the media delivered, how the records are kept and the actual first-class postage.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pages  the pages copied of records other than images, zero or more
 * @param media  the media delivered (CDs, image sets), zero or more
 * @param recordKeeping  how the copied records are kept, not null
 * @param postage  the actual first-class postage, zero if not mailed; not null and not negative
 */
public record Fulfilment(int pages, int media, RecordKeeping recordKeeping, Money postage) {

    /**
     * Validates the fulfilment.
     *
     * @throws IllegalArgumentException if a count or the postage is negative
     */
    public Fulfilment {
        Objects.requireNonNull(recordKeeping, "recordKeeping");
        Objects.requireNonNull(postage, "postage");
        if (pages < 0 || media < 0) {
            throw new IllegalArgumentException("Pages " + pages + " and media " + media + " must not be negative");
        }
        if (postage.isNegative()) {
            throw new IllegalArgumentException("Postage " + postage + " must not be negative");
        }
    }

    /**
     * Obtains a fulfilment of pages, with no media and no postage.
     *
     * @param pages  the pages copied, zero or more
     * @param recordKeeping  how the records are kept, not null
     * @return the fulfilment, not null
     * @throws IllegalArgumentException if pages are negative
     */
    public static Fulfilment ofPages(int pages, RecordKeeping recordKeeping) {
        return new Fulfilment(pages, 0, recordKeeping, Money.ZERO);
    }

    /**
     * Returns a copy with a number of media.
     *
     * @param count  the media delivered, zero or more
     * @return the changed fulfilment, not null
     * @throws IllegalArgumentException if the count is negative
     */
    public Fulfilment withMedia(int count) {
        return new Fulfilment(pages, count, recordKeeping, postage);
    }

    /**
     * Returns a copy with the actual first-class postage.
     *
     * @param amount  the postage, not null and not negative
     * @return the changed fulfilment, not null
     * @throws IllegalArgumentException if the amount is negative
     */
    public Fulfilment withPostage(Money amount) {
        return new Fulfilment(pages, media, recordKeeping, amount);
    }
}

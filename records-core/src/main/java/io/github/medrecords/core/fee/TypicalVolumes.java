package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.request.RecordType;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A practice's typical page counts per record type, how it typically keeps records and its typical
 * postage: what an estimate assumes before staff have counted (R2.6). Kept on the price list.
 *
 * <p>Immutable and thread-safe.
 */
public final class TypicalVolumes {

    private static final TypicalVolumes NONE = new TypicalVolumes(Map.of(), 0, RecordKeeping.ELECTRONIC, Money.ZERO);

    private final Map<RecordType, Integer> pagesPerType;
    private final int defaultPages;
    private final RecordKeeping recordKeeping;
    private final Money postage;

    private TypicalVolumes(Map<RecordType, Integer> pagesPerType, int defaultPages, RecordKeeping recordKeeping,
            Money postage) {
        this.pagesPerType = Map.copyOf(pagesPerType);
        this.defaultPages = defaultPages;
        this.recordKeeping = recordKeeping;
        this.postage = postage;
    }

    /**
     * Returns volumes with no pages for any type, records kept electronically and no postage.
     *
     * @return the volumes, not null
     */
    public static TypicalVolumes none() {
        return NONE;
    }

    /**
     * Returns a copy with the typical page count of a record type.
     *
     * @param type  the record type, not null
     * @param pages  the typical pages of one copy, zero or more
     * @return the changed volumes, not null
     * @throws IllegalArgumentException if pages are negative
     */
    public TypicalVolumes withPages(RecordType type, int pages) {
        Objects.requireNonNull(type, "type");
        checkPages(pages);
        Map<RecordType, Integer> copy = new HashMap<>(pagesPerType);
        copy.put(type, pages);
        return new TypicalVolumes(copy, defaultPages, recordKeeping, postage);
    }

    /**
     * Returns a copy with the page count assumed for record types without their own.
     *
     * @param pages  the typical pages, zero or more
     * @return the changed volumes, not null
     * @throws IllegalArgumentException if pages are negative
     */
    public TypicalVolumes withDefaultPages(int pages) {
        checkPages(pages);
        return new TypicalVolumes(pagesPerType, pages, recordKeeping, postage);
    }

    /**
     * Returns a copy with how records are typically kept.
     *
     * @param keeping  how records are kept, not null
     * @return the changed volumes, not null
     */
    public TypicalVolumes withRecordKeeping(RecordKeeping keeping) {
        return new TypicalVolumes(pagesPerType, defaultPages, Objects.requireNonNull(keeping, "keeping"), postage);
    }

    /**
     * Returns a copy with the typical first-class postage of a mailed copy.
     *
     * @param amount  the postage, not null and not negative
     * @return the changed volumes, not null
     * @throws IllegalArgumentException if the amount is negative
     */
    public TypicalVolumes withPostage(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Postage " + amount + " must not be negative");
        }
        return new TypicalVolumes(pagesPerType, defaultPages, recordKeeping, amount);
    }

    /**
     * Returns the typical pages of one copy of a record type.
     *
     * @param type  the record type, not null
     * @return the pages, zero for images (images are counted as media)
     */
    public int pagesOf(RecordType type) {
        Objects.requireNonNull(type, "type");
        if (type.isImaging()) {
            return 0;
        }
        Integer pages = pagesPerType.get(type);
        return pages == null ? defaultPages : pages;
    }

    /**
     * Returns the page count assumed for record types without their own.
     *
     * @return the pages, zero or more
     */
    public int defaultPages() {
        return defaultPages;
    }

    /**
     * Returns how records are typically kept.
     *
     * @return the keeping, not null
     */
    public RecordKeeping recordKeeping() {
        return recordKeeping;
    }

    /**
     * Returns the typical first-class postage of a mailed copy.
     *
     * @return the postage, not null
     */
    public Money postage() {
        return postage;
    }

    private static void checkPages(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("Typical pages " + pages + " must not be negative");
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TypicalVolumes o && pagesPerType.equals(o.pagesPerType) && defaultPages == o.defaultPages
                && recordKeeping == o.recordKeeping && postage.equals(o.postage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pagesPerType, defaultPages, recordKeeping, postage);
    }

    @Override
    public String toString() {
        return "TypicalVolumes[" + pagesPerType + ", default " + defaultPages + ", " + recordKeeping + ", postage "
                + postage + "]";
    }
}

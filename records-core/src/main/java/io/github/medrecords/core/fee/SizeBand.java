package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.Objects;

/**
 * A flat price for a request whose page count falls in a band, for example $25 for up to 500 pages and $50
 * for more (Texas electronic copies), or $75 for a chart over 200 pages.
 *
 * <p>Immutable and thread-safe.
 *
 * @param firstPage  the band's first page count, 1 or more
 * @param lastPage  the band's last page count, at least {@code firstPage}; {@value FeeContext#MAX_PAGES} for no end
 * @param price  the flat price for a request in the band, not null and not negative
 */
public record SizeBand(int firstPage, int lastPage, Money price) {

    /**
     * Validates the band.
     *
     * @throws IllegalArgumentException if the pages are out of order or out of range, or the price negative
     */
    public SizeBand {
        Objects.requireNonNull(price, "price");
        if (firstPage < 1 || lastPage < firstPage || lastPage > FeeContext.MAX_PAGES) {
            throw new IllegalArgumentException("Band of pages " + firstPage + "-" + lastPage + " is not within 1-"
                    + FeeContext.MAX_PAGES + " in order");
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("Band price " + price + " is negative");
        }
    }

    /**
     * Obtains a band with an end.
     *
     * @param firstPage  the first page count, 1 or more
     * @param lastPage  the last page count, at least {@code firstPage}
     * @param price  the flat price such as {@code "25.00"}, not null
     * @return the band, not null
     * @throws IllegalArgumentException if the pages are out of order or the price negative
     */
    public static SizeBand of(int firstPage, int lastPage, String price) {
        return new SizeBand(firstPage, lastPage, Money.parse(price));
    }

    /**
     * Obtains a band without an end.
     *
     * @param firstPage  the first page count, 1 or more
     * @param price  the flat price such as {@code "50.00"}, not null
     * @return the band, not null
     * @throws IllegalArgumentException if the page is below 1 or the price negative
     */
    public static SizeBand from(int firstPage, String price) {
        return new SizeBand(firstPage, FeeContext.MAX_PAGES, Money.parse(price));
    }

    /**
     * Tells whether a page count falls in the band.
     *
     * @param pages  the page count
     * @return true if within the band
     */
    public boolean contains(int pages) {
        return pages >= firstPage && pages <= lastPage;
    }

    /**
     * Tells whether two bands share a page count.
     *
     * @param other  the other band, not null
     * @return true if they overlap
     */
    public boolean overlaps(SizeBand other) {
        return firstPage <= other.lastPage && other.firstPage <= lastPage;
    }

    /**
     * Returns the band in words, for example "pages 1-500" or "from page 501".
     *
     * @return the text, not null
     */
    public String pagesText() {
        return lastPage == FeeContext.MAX_PAGES ? firstPage == 1 ? "any number of pages" : "over " + (firstPage - 1) + " pages"
                : "pages " + firstPage + "-" + lastPage;
    }
}

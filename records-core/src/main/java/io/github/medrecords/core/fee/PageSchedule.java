package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The most a law allows for a number of pages: an optional base fee per request, then bands by page
 * number, each either a rate per page or a flat amount for the band. Bands add up: Massachusetts is a
 * base fee plus $0.95 a page for pages 1-100 plus $0.49 a page from 101; Texas paper copies are $25 for
 * pages 1-20 plus $0.50 a page from 21; Texas electronic copies are $25 for up to 500 pages and $25 more
 * from page 501 ($50 in all).
 *
 * <p>The base fee is per request: it is the maximum for a request of no pages too (Massachusetts's base
 * charge covers the clerical work of any request), so a flat per-request fee within it is lawful. Bands
 * start at page 1 or later, so they add nothing for no pages. Immutable and thread-safe.
 */
public final class PageSchedule {

    private static final PageSchedule NONE = new PageSchedule(Money.ZERO, List.of(), null, null);

    private final Money baseFee;
    private final List<Band> bands;
    private final Money cap;
    private final Money minimum;

    private PageSchedule(Money baseFee, List<Band> bands, Money cap, Money minimum) {
        this.baseFee = baseFee;
        this.bands = Collections.unmodifiableList(new ArrayList<>(bands));
        this.cap = cap;
        this.minimum = minimum;
    }

    /**
     * Returns a schedule with a base fee and no bands yet.
     *
     * @param amount  the base fee per request such as {@code "28.38"}, not null and not negative
     * @return the schedule, not null
     * @throws IllegalArgumentException if the amount is negative
     */
    public static PageSchedule baseFee(String amount) {
        Money fee = Money.parse(amount);
        if (fee.isNegative()) {
            throw new IllegalArgumentException("Base fee " + fee + " is negative");
        }
        return new PageSchedule(fee, List.of(), null, null);
    }

    /**
     * Returns a schedule with no base fee and no bands yet.
     *
     * @return the schedule, not null
     */
    public static PageSchedule none() {
        return NONE;
    }

    /**
     * Returns a schedule of one rate for every page.
     *
     * @param rate  the most per page such as {@code "0.65"}, not null and not negative
     * @return the schedule, not null
     * @throws IllegalArgumentException if the rate is negative
     */
    public static PageSchedule perPage(String rate) {
        return NONE.plusPerPageFrom(1, rate);
    }

    /**
     * Returns a copy with a band charged per page from a page number until the next band.
     *
     * @param page  the band's first page, 1 or more and after the previous band's
     * @param rate  the most per page such as {@code "0.49"}, not null and not negative
     * @return the changed schedule, not null
     * @throws IllegalArgumentException if the page is out of order or the rate negative
     */
    public PageSchedule plusPerPageFrom(int page, String rate) {
        return plus(new Band(page, Money.parse(rate), false));
    }

    /**
     * Returns a copy with a band charged one flat amount as soon as a request reaches its first page.
     *
     * @param page  the band's first page, 1 or more and after the previous band's
     * @param amount  the most for the band such as {@code "25.00"}, not null and not negative
     * @return the changed schedule, not null
     * @throws IllegalArgumentException if the page is out of order or the amount negative
     */
    public PageSchedule plusFlatFrom(int page, String amount) {
        return plus(new Band(page, Money.parse(amount), true));
    }

    private PageSchedule plus(Band band) {
        if (band.from < 1 || (!bands.isEmpty() && band.from <= bands.get(bands.size() - 1).from)) {
            throw new IllegalArgumentException("Band from page " + band.from + " is out of order");
        }
        if (band.amount.isNegative()) {
            throw new IllegalArgumentException("Band amount " + band.amount + " is negative");
        }
        List<Band> copy = new ArrayList<>(bands);
        copy.add(band);
        return new PageSchedule(baseFee, copy, cap, minimum);
    }

    /**
     * Returns a copy that never allows more than an amount in all: "$1 a page, not to exceed $50".
     *
     * @param amount  the most for the whole request such as {@code "50.00"}, not null and not negative
     * @return the changed schedule, not null
     * @throws IllegalArgumentException if the amount is negative
     */
    public PageSchedule withCap(String amount) {
        Money most = Money.parse(amount);
        if (most.isNegative()) {
            throw new IllegalArgumentException("Cap " + most + " is negative");
        }
        return new PageSchedule(baseFee, bands, most, minimum);
    }

    /**
     * Returns a copy that allows at least an amount for any request of a page or more: "$0.75 a page, or a
     * minimum fee of $10.00", the greater of the two (a cap still binds above it).
     *
     * @param amount  the least for a request of one page or more such as {@code "10.00"}, not null and not negative
     * @return the changed schedule, not null
     * @throws IllegalArgumentException if the amount is negative
     */
    public PageSchedule withMinimum(String amount) {
        Money least = Money.parse(amount);
        if (least.isNegative()) {
            throw new IllegalArgumentException("Minimum " + least + " is negative");
        }
        return new PageSchedule(baseFee, bands, cap, least);
    }

    /**
     * Returns the least the schedule allows for a request of a page or more.
     *
     * @return the minimum, empty if none
     */
    public Optional<Money> minimum() {
        return Optional.ofNullable(minimum);
    }

    /**
     * Returns the most the schedule allows in all, whatever the pages.
     *
     * @return the cap, empty if none
     */
    public Optional<Money> cap() {
        return Optional.ofNullable(cap);
    }

    /**
     * Returns the most the schedule allows for a number of pages.
     *
     * @param pages  the pages, zero or more
     * @return the maximum, the base fee for no pages; not null
     * @throws IllegalArgumentException if pages are negative
     */
    public Money maximumFor(int pages) {
        Money sum = withoutMinimum(pages);
        if (minimum != null && pages > 0) {
            sum = Money.max(sum, minimum);
        }
        return cap == null ? sum : Money.min(sum, cap);
    }

    /** The base fee and the bands for a number of pages, before the minimum and the cap. */
    private Money withoutMinimum(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("Pages " + pages + " are negative");
        }
        Money sum = baseFee;
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (pages < band.from) {
                break;
            }
            if (band.flat) {
                sum = Itemisation.add(sum, band.amount);
            } else {
                long last = i + 1 < bands.size() ? Math.min(pages, bands.get(i + 1).from - 1L) : pages;
                sum = Itemisation.add(sum, band.amount.times(last - band.from + 1));
            }
        }
        return sum;
    }

    /**
     * Returns the first page of every band: where the maximum changes its slope or steps.
     *
     * @return an unmodifiable list in increasing order, not null
     */
    public List<Integer> bandStarts() {
        List<Integer> starts = new ArrayList<>(bands.size());
        for (Band band : bands) {
            starts.add(band.from);
        }
        if (minimum != null) {
            // the first page past which the per-page charges rise above the minimum
            int low = 1;
            int high = FeeContext.MAX_PAGES;
            Money least = minimum;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (withoutMinimum(mid).isGreaterThan(least)) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            if (low > 1 && low < FeeContext.MAX_PAGES && !starts.contains(low)) {
                starts.add(low);
                Collections.sort(starts);
            }
        }
        if (cap != null && maximumFor(FeeContext.MAX_PAGES).equals(cap)) {
            // the first page at which the cap binds: where the maximum stops rising
            int low = 0;
            int high = FeeContext.MAX_PAGES;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (maximumFor(mid).compareTo(cap) >= 0) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            if (low >= 1 && !starts.contains(low)) {
                starts.add(low);
                Collections.sort(starts);
            }
        }
        return Collections.unmodifiableList(starts);
    }

    /**
     * Returns the base fee.
     *
     * @return the base fee, zero if none; not null
     */
    public Money baseFee() {
        return baseFee;
    }

    /**
     * Returns the rate per page if the schedule is one rate for every page without a base fee.
     *
     * @return the rate, or null for any other schedule
     */
    Money singleRateOrNull() {
        return baseFee.isZero() && cap == null && minimum == null && bands.size() == 1 && !bands.get(0).flat ? bands.get(0).amount : null;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PageSchedule o && baseFee.equals(o.baseFee) && bands.equals(o.bands)
                && Objects.equals(cap, o.cap) && Objects.equals(minimum, o.minimum);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseFee, bands, cap, minimum);
    }

    /**
     * Describes the schedule, for example {@code $28.38 base + $0.95/page from 1 + $0.49/page from 101}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (!baseFee.isZero()) {
            parts.add(baseFee + " base");
        }
        for (Band band : bands) {
            parts.add(band.amount + (band.flat ? " flat" : "/page") + " from " + band.from);
        }
        String text = parts.isEmpty() ? "nothing" : String.join(" + ", parts);
        text = minimum == null ? text : text + ", at least " + minimum + " from one page";
        return cap == null ? text : text + ", at most " + cap;
    }

    private record Band(int from, Money amount, boolean flat) {
    }
}

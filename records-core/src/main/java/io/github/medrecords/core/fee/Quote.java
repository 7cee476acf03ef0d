package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * The fee for a fulfilled request, from the page count, media and record keeping staff recorded:
 * what an invoice bills, itemised, with its {@link Compliance} against the legal limits in force on
 * the day the request was received.
 *
 * <p>Immutable and thread-safe.
 */
public final class Quote implements ItemisedFee {

    private final FeeContext context;
    private final List<FeeLine> lines;
    private final Money total;
    private final Compliance compliance;

    private Quote(FeeContext context, List<FeeLine> lines, Money total, Compliance compliance) {
        this.context = context;
        this.lines = lines;
        this.total = total;
        this.compliance = compliance;
    }

    /**
     * Obtains a quote from its lines and compliance result; the total is the lines' sum.
     *
     * @param context  the context, not null
     * @param lines  the lines, not null
     * @param compliance  the compliance result, not null
     * @return the quote, not null
     */
    public static Quote of(FeeContext context, List<FeeLine> lines, Compliance compliance) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(compliance, "compliance");
        List<FeeLine> copy = List.copyOf(lines);
        return new Quote(context, copy, Itemisation.total(copy), compliance);
    }

    static Quote trusted(FeeContext context, List<FeeLine> lines, Money total, Compliance compliance) {
        return new Quote(context, lines, total, compliance);
    }

    @Override
    public FeeContext context() {
        return context;
    }

    @Override
    public List<FeeLine> lines() {
        return lines;
    }

    @Override
    public Money total() {
        return total;
    }

    /**
     * Returns the quote's compliance with the legal limits for its context.
     *
     * @return the result, not null
     */
    public Compliance compliance() {
        return compliance;
    }

    /**
     * Returns this quote if an invoice may be issued for it.
     *
     * @return this quote, not null
     * @throws QuoteNotInvoiceableException if it exceeds a limit or uses a method not permitted
     */
    public Quote requireInvoiceable() {
        if (!compliance.permitsInvoice()) {
            throw new QuoteNotInvoiceableException(total, compliance);
        }
        return this;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Quote o && context.equals(o.context) && lines.equals(o.lines)
                && compliance.equals(o.compliance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(context, lines, compliance);
    }

    @Override
    public String toString() {
        return "Quote[" + total + ", " + lines.size() + " lines, " + compliance + "]";
    }
}

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
     * Returns this quote if an invoice may be issued for it by default: not when it exceeds a limit or uses a
     * method not permitted, and not when a price needs a documented cost basis the price list does not record.
     *
     * @return this quote, not null
     * @throws QuoteNotInvoiceableException if it exceeds a limit or uses a method not permitted
     * @throws CostBasisRequiredException if a finding is {@link ComplianceOutcome#NEEDS_COST_BASIS}
     */
    public Quote requireInvoiceable() {
        return requireInvoiceable(false);
    }

    /**
     * Returns this quote if an invoice may be issued for it, where the practice may have chosen to invoice
     * prices whose documented cost basis its price list does not record.
     *
     * @param withoutCostBasis  true if the practice invoices such prices (its policy), false to refuse them
     * @return this quote, not null
     * @throws QuoteNotInvoiceableException if it exceeds a limit or uses a method not permitted
     * @throws CostBasisRequiredException if a finding is {@link ComplianceOutcome#NEEDS_COST_BASIS} and
     *         {@code withoutCostBasis} is false
     */
    public Quote requireInvoiceable(boolean withoutCostBasis) {
        if (!compliance.permitsInvoice()) {
            throw new QuoteNotInvoiceableException(total, compliance);
        }
        if (!withoutCostBasis && needsCostBasis()) {
            throw CostBasisRequiredException.of(this);
        }
        return this;
    }

    /**
     * Tells whether a price of this quote is lawful only with a documented cost basis the price list does
     * not record: a finding is {@link ComplianceOutcome#NEEDS_COST_BASIS}.
     *
     * @return true if such a finding exists
     */
    public boolean needsCostBasis() {
        for (ComplianceFinding finding : compliance.findings()) {
            if (finding.outcome() == ComplianceOutcome.NEEDS_COST_BASIS) {
                return true;
            }
        }
        return false;
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

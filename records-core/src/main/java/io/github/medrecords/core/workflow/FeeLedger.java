package io.github.medrecords.core.workflow;

import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request's fee as money moves: the quote, the payments, the refunds and a waiver, with the one formula
 * for what is paid, what is still due, what is owed back and whether the fee is settled. Every command
 * that looks at the fee asks the ledger, so the rules are written once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param quote  the current quote, empty before fulfilment, not null
 * @param payments  the payments recorded, not null
 * @param refunds  the refunds made, not null
 * @param waiver  the waiver, if the fee was waived, not null
 */
public record FeeLedger(Optional<Quote> quote, List<Payment> payments, List<Refund> refunds,
        Optional<Waiver> waiver) {

    /** Validates and copies the parts. */
    public FeeLedger {
        Objects.requireNonNull(quote, "quote");
        payments = List.copyOf(Objects.requireNonNull(payments, "payments"));
        refunds = List.copyOf(Objects.requireNonNull(refunds, "refunds"));
        Objects.requireNonNull(waiver, "waiver");
    }

    /**
     * Returns what has been paid less what has been refunded.
     *
     * @return the net amount paid, not null
     */
    public Money netPaid() {
        Money paid = Money.ZERO;
        for (Payment p : payments) {
            paid = paid.plus(p.amount());
        }
        for (Refund r : refunds) {
            paid = paid.minus(r.amount());
        }
        return paid;
    }

    /**
     * Tells whether the fee is settled: the quote is zero, waived, or paid in full.
     *
     * @return true if settled; false before a quote
     */
    public boolean settled() {
        return quote.isPresent() && (quote.get().total().isZero() || waiver.isPresent()
                || !netPaid().isLessThan(quote.get().total()));
    }

    /**
     * Returns what is still owed on the quote.
     *
     * @return the amount due, zero before a quote, once waived or paid in full; not null
     */
    public Money amountDue() {
        if (quote.isEmpty() || waiver.isPresent()) {
            return Money.ZERO;
        }
        return Money.max(Money.ZERO, quote.get().total().minus(netPaid()));
    }

    /**
     * Returns what is owed back: the net amount paid beyond the final quote, or all of it after a waiver or
     * once the request is closed without a release.
     *
     * @param closedUnreleased  true if the request is closed (denied, no records, cancelled, withdrawn) and
     *     nothing was released
     * @return the refund due, zero if none, not null
     */
    public Money refundDue(boolean closedUnreleased) {
        Money owed = waiver.isPresent() || closedUnreleased ? netPaid()
                : quote.map(q -> netPaid().minus(q.total())).orElse(Money.ZERO);
        return Money.max(Money.ZERO, owed);
    }

    /**
     * Returns the ledger with a new quote, as a recount makes it.
     *
     * @param newQuote  the quote, not null
     * @return the changed ledger, not null
     */
    public FeeLedger withQuote(Quote newQuote) {
        return new FeeLedger(Optional.of(newQuote), payments, refunds, waiver);
    }

    /**
     * Returns the ledger with one more payment.
     *
     * @param payment  the payment, not null
     * @return the changed ledger, not null
     */
    public FeeLedger plus(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        List<Payment> more = new java.util.ArrayList<>(payments);
        more.add(payment);
        return new FeeLedger(quote, more, refunds, waiver);
    }
}

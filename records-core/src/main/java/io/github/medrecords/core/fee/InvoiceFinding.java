package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit's verdict on one past invoice ({@link InvoiceAudit#judge}): lawful, an undercharge (below the
 * practice's own price) or an overcharge (with the lawful maximum, the amount over, the rule and the refund due,
 * and why in words without protected health information). Immutable and thread-safe.
 */
public final class InvoiceFinding {

    /** What the audit found. */
    public enum Verdict {
        /** Charged no more than the law allows (and, with a price list, no less than the practice's price). */
        LAWFUL,
        /** Lawful, but below the practice's own price for the same request. */
        UNDERCHARGE,
        /** More than the law allows. */
        OVERCHARGE
    }

    private final Verdict verdict;
    private final PastInvoice invoice;
    private final Money lawfulMaximum;
    private final Money difference;
    private final Citation rule;
    private final String reason;

    private InvoiceFinding(Verdict verdict, PastInvoice invoice, Money lawfulMaximum, Money difference,
            Citation rule, String reason) {
        this.verdict = verdict;
        this.invoice = invoice;
        this.lawfulMaximum = lawfulMaximum;
        this.difference = difference;
        this.rule = rule;
        this.reason = reason;
    }

    static InvoiceFinding lawful(PastInvoice invoice, Money lawfulMaximum, Citation rule) {
        return new InvoiceFinding(Verdict.LAWFUL, invoice, lawfulMaximum, Money.ZERO, rule, "");
    }

    static InvoiceFinding undercharge(PastInvoice invoice, Money lawfulMaximum, Money under, Citation rule) {
        return new InvoiceFinding(Verdict.UNDERCHARGE, invoice, lawfulMaximum, under, rule, "");
    }

    static InvoiceFinding overcharge(PastInvoice invoice, Money lawfulMaximum, Money over, Citation rule,
            String reason) {
        return new InvoiceFinding(Verdict.OVERCHARGE, invoice, lawfulMaximum, over, Objects.requireNonNull(rule),
                reason);
    }

    /**
     * Returns the verdict.
     *
     * @return the verdict, not null
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * Returns the invoice judged.
     *
     * @return the invoice, not null
     */
    public PastInvoice invoice() {
        return invoice;
    }

    /**
     * Returns the most the law allowed for this invoice's charge: for an overcharge the amount charged less the
     * amount over (nothing for a request the law makes free; the charge without its forbidden part for a
     * method the law forbids).
     *
     * @return the amount, empty when no encoded rule bounds the request
     */
    public Optional<Money> lawfulMaximum() {
        return Optional.ofNullable(lawfulMaximum);
    }

    /**
     * Returns the amount charged above the lawful maximum, zero unless an overcharge.
     *
     * @return the amount, not null
     */
    public Money amountOver() {
        return verdict == Verdict.OVERCHARGE ? difference : Money.ZERO;
    }

    /**
     * Returns the refund due to the requester: the amount over, since it was charged (and, the export says,
     * invoiced) without a lawful basis; zero unless an overcharge.
     *
     * @return the amount, not null
     */
    public Money refundDue() {
        return amountOver();
    }

    /**
     * Returns how far below the practice's own price the invoice was, zero unless an undercharge.
     *
     * @return the amount, not null
     */
    public Money amountUnder() {
        return verdict == Verdict.UNDERCHARGE ? difference : Money.ZERO;
    }

    /**
     * Returns the rule: for an overcharge the rule broken, otherwise the rule that sets the lawful maximum.
     *
     * @return the rule's citation, empty when none applies
     */
    public Optional<Citation> rule() {
        return Optional.ofNullable(rule);
    }

    /**
     * Returns why: what the overcharge breaks; empty otherwise. Holds no protected health information.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InvoiceFinding o && verdict == o.verdict && invoice.equals(o.invoice)
                && Objects.equals(lawfulMaximum, o.lawfulMaximum) && difference.equals(o.difference)
                && Objects.equals(rule, o.rule) && reason.equals(o.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdict, invoice, lawfulMaximum, difference, rule, reason);
    }

    @Override
    public String toString() {
        return "InvoiceFinding[" + verdict + (lawfulMaximum == null ? "" : ", lawful maximum " + lawfulMaximum)
                + (verdict == Verdict.OVERCHARGE ? ", over " + difference : "")
                + (verdict == Verdict.UNDERCHARGE ? ", under " + difference : "")
                + (rule == null ? "" : ", " + rule.ruleId()) + (reason.isEmpty() ? "" : ", " + reason) + "]";
    }
}

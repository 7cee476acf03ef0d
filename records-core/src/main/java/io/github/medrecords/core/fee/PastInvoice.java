package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One invoice a practice sent in the past, as a billing system exports it: the {@link FeeContext} it was charged
 * for (who asked on what basis, the copy and its delivery, the pages, media and postage charged, the day the
 * request was received and the states whose law applies), built with {@link FeeContext#builder} as a quote's
 * is, and the invoice's own facts: the amount charged in all, the parts of it computed per page and for search
 * and retrieval where the billing system itemises them, whether the practice documented its cost, the invoice
 * number and the line of the export it came from. {@link InvoiceAudit} judges it under the law in force on the
 * day the request was received.
 *
 * <p>Holds no protected health information: an invoice number chosen by the billing system and facts about the
 * charge, never a name or record contents. Immutable and thread-safe; built with {@link #builder}.
 */
public final class PastInvoice {

    /** The longest invoice number kept. */
    public static final int MAX_INVOICE_ID = 64;

    private final FeeContext context;
    private final Money charged;
    private final String invoiceId;
    private final long line;
    private final Money perPageCharged;
    private final Money searchFee;
    private final boolean costDocumented;

    private PastInvoice(Builder b) {
        this.context = b.context;
        this.charged = b.charged;
        this.invoiceId = b.invoiceId;
        this.line = b.line;
        this.perPageCharged = b.perPageCharged;
        this.searchFee = b.searchFee;
        this.costDocumented = b.costDocumented;
    }

    /**
     * Starts an invoice for a request's fee context.
     *
     * @param context  what was charged for, the postage charged included ({@link FeeContext#postage()}); not null
     * @param charged  the amount charged in all, postage included; not null
     * @return a builder, not null
     */
    public static Builder builder(FeeContext context, Money charged) {
        return new Builder(context, charged);
    }

    /**
     * Returns the fee context this invoice was charged for.
     *
     * @return the context, not null
     */
    public FeeContext context() {
        return context;
    }

    /**
     * Returns the amount charged in all, postage included.
     *
     * @return the amount, not null
     */
    public Money charged() {
        return charged;
    }

    /**
     * Returns the first-class postage charged: the context's.
     *
     * @return the postage, zero if none; not null
     */
    public Money postage() {
        return context.postage();
    }

    /**
     * Returns the billing system's invoice number.
     *
     * @return the number, empty if none; not null
     */
    public String invoiceId() {
        return invoiceId;
    }

    /**
     * Returns the line of the export the invoice starts on.
     *
     * @return the line, 1 or more, or 0 when it does not come from a file
     */
    public long line() {
        return line;
    }

    /**
     * Returns the part of {@link #charged()} computed per page.
     *
     * @return the amount, zero if none or not itemised; not null
     */
    public Money perPageCharged() {
        return perPageCharged;
    }

    /**
     * Returns the part of {@link #charged()} charged for search and retrieval.
     *
     * @return the amount, zero if none or not itemised; not null
     */
    public Money searchFee() {
        return searchFee;
    }

    /**
     * Tells whether the practice documented its actual or average allowable cost for this charge (R2.4).
     *
     * @return true if documented
     */
    public boolean costDocumented() {
        return costDocumented;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PastInvoice o && context.equals(o.context) && charged.equals(o.charged)
                && invoiceId.equals(o.invoiceId) && line == o.line && perPageCharged.equals(o.perPageCharged)
                && searchFee.equals(o.searchFee) && costDocumented == o.costDocumented;
    }

    @Override
    public int hashCode() {
        return Objects.hash(context, charged, invoiceId, line, perPageCharged, searchFee, costDocumented);
    }

    @Override
    public String toString() {
        return "PastInvoice[" + invoiceId + (line == 0 ? "" : ", line " + line) + ", charged " + charged
                + (perPageCharged.isZero() ? "" : ", per page " + perPageCharged)
                + (searchFee.isZero() ? "" : ", search " + searchFee) + (costDocumented ? ", cost documented" : "")
                + ", " + context + "]";
    }

    /**
     * Builds a {@link PastInvoice}. Optional, with their defaults: no invoice number, line 0, nothing charged per
     * page or for search, no documented cost. Not thread-safe.
     */
    public static final class Builder {

        private final FeeContext context;
        private final Money charged;
        private String invoiceId = "";
        private long line;
        private Money perPageCharged = Money.ZERO;
        private Money searchFee = Money.ZERO;
        private boolean costDocumented;

        private Builder(FeeContext context, Money charged) {
            this.context = Objects.requireNonNull(context, "context");
            this.charged = Objects.requireNonNull(charged, "charged");
        }

        /**
         * Sets the billing system's invoice number (no PHI).
         *
         * @param id  the number, at most {@value PastInvoice#MAX_INVOICE_ID} characters; not null
         * @return this builder
         */
        public Builder invoiceId(String id) {
            this.invoiceId = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the line of the export the invoice starts on.
         *
         * @param number  1 or more, or 0 when it does not come from a file
         * @return this builder
         */
        public Builder line(long number) {
            this.line = number;
            return this;
        }

        /**
         * Sets the part of the charge computed per page, where the billing system itemises it.
         *
         * @param amount  zero or more, not null
         * @return this builder
         */
        public Builder perPageCharged(Money amount) {
            this.perPageCharged = Objects.requireNonNull(amount, "amount");
            return this;
        }

        /**
         * Sets the part of the charge for search and retrieval, where the billing system itemises it.
         *
         * @param amount  zero or more, not null
         * @return this builder
         */
        public Builder searchFee(Money amount) {
            this.searchFee = Objects.requireNonNull(amount, "amount");
            return this;
        }

        /**
         * Sets whether the practice documented its actual or average allowable cost for this charge.
         *
         * @param documented  true if documented
         * @return this builder
         */
        public Builder costDocumented(boolean documented) {
            this.costDocumented = documented;
            return this;
        }

        /**
         * Builds the invoice.
         *
         * @return the invoice, not null
         * @throws IllegalArgumentException naming every problem: negative amounts, parts (postage, per-page
         *         charge, search fee) adding up to more than the whole, an invoice number too long, a negative line
         */
        public PastInvoice build() {
            List<String> problems = new ArrayList<>(0);
            if (invoiceId.length() > MAX_INVOICE_ID) {
                problems.add("invoice number longer than " + MAX_INVOICE_ID + " characters");
            }
            if (line < 0) {
                problems.add("line " + line + " is negative");
            }
            check(problems, "amount charged", charged);
            check(problems, "per-page charge", perPageCharged);
            check(problems, "search fee", searchFee);
            Money postage = context.postage();
            if (!charged.isNegative() && !perPageCharged.isNegative() && !searchFee.isNegative()
                    && Itemisation.add(postage, Itemisation.add(perPageCharged, searchFee)).isGreaterThan(charged)) {
                problems.add("postage, per-page charge and search fee add up to more than the amount charged");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid invoice: " + String.join("; ", problems));
            }
            return new PastInvoice(this);
        }

        private static void check(List<String> problems, String what, Money amount) {
            if (amount.isNegative()) {
                problems.add(what + " " + amount + " is negative");
            }
        }
    }
}

package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One invoice a practice sent in the past, as a billing system exports it: what was asked on what basis, how
 * the copy was made and delivered, the pages and media, and what was charged, with the parts of the charge
 * computed per page and for search and retrieval where the billing system itemises them. {@link InvoiceAudit}
 * judges it under the law in force on the day the request was received.
 *
 * <p>Holds no protected health information: an invoice number chosen by the billing system and facts about the
 * charge, never a name or record contents. Immutable and thread-safe; built with {@link #builder}.
 */
public final class PastInvoice {

    /** The longest invoice number kept. */
    public static final int MAX_INVOICE_ID = 64;

    private final String invoiceId;
    private final LocalDate receivedOn;
    private final UsState state;
    private final RequesterRole requesterRole;
    private final LegalBasis legalBasis;
    private final PurposeKind purpose;
    private final boolean claimDocumented;
    private final CopyFormat copyFormat;
    private final RecordKeeping recordKeeping;
    private final DeliveryMethod delivery;
    private final int pages;
    private final int media;
    private final Money charged;
    private final Money postage;
    private final Money perPageCharged;
    private final Money searchFee;
    private final boolean costDocumented;

    private PastInvoice(Builder b) {
        this.invoiceId = b.invoiceId;
        this.receivedOn = b.receivedOn;
        this.state = b.state;
        this.requesterRole = b.requesterRole;
        this.legalBasis = b.legalBasis;
        this.purpose = b.purpose;
        this.claimDocumented = b.claimDocumented;
        this.copyFormat = b.copyFormat;
        this.recordKeeping = b.recordKeeping;
        this.delivery = b.delivery;
        this.pages = b.pages;
        this.media = b.media;
        this.charged = b.charged;
        this.postage = b.postage;
        this.perPageCharged = b.perPageCharged;
        this.searchFee = b.searchFee;
        this.costDocumented = b.costDocumented;
    }

    /**
     * Starts an invoice.
     *
     * @param receivedOn  the day the request was received, which selects the law in force; not null
     * @param state  the state whose law applies besides HIPAA, or null for HIPAA only
     * @param requesterRole  who asked, not null
     * @param legalBasis  the legal basis of the disclosure, not null
     * @param delivery  how the copy was delivered, not null
     * @param charged  the amount charged in all, postage included; not null
     * @return a builder, not null
     */
    public static Builder builder(LocalDate receivedOn, UsState state, RequesterRole requesterRole,
            LegalBasis legalBasis, DeliveryMethod delivery, Money charged) {
        return new Builder(receivedOn, state, requesterRole, legalBasis, delivery, charged);
    }

    /**
     * Returns the fee context this invoice was charged for: the same facts as a quote's context, with one
     * record type other than images when pages were copied (or nothing at all was) and one imaging type when
     * media were delivered.
     *
     * @return the context, not null
     * @throws IllegalArgumentException naming every problem when the facts do not make a valid context (a role
     *         that may not rely on the basis, postage on a delivery that is not mailed, ...)
     */
    public FeeContext feeContext() {
        FeeContext.Builder b = FeeContext.builder(legalBasis, requesterRole, delivery, receivedOn)
                .copyFormat(copyFormat).recordKeeping(recordKeeping).purpose(purpose)
                .claimDocumented(claimDocumented).pages(pages).media(media).postage(postage);
        if (pages > 0 || media == 0) {
            b.recordType(RecordType.OTHER_DOCUMENTS);
        }
        if (media > 0) {
            b.recordType(RecordType.XRAY_IMAGES);
        }
        if (state != null) {
            b.jurisdiction(state);
        }
        return b.build();
    }

    /** @return the billing system's invoice number, empty if none; not null */
    public String invoiceId() {
        return invoiceId;
    }

    /** @return the day the request was received, not null */
    public LocalDate receivedOn() {
        return receivedOn;
    }

    /** @return the state whose law applies besides HIPAA, or null for HIPAA only */
    public UsState state() {
        return state;
    }

    /** @return who asked, not null */
    public RequesterRole requesterRole() {
        return requesterRole;
    }

    /** @return the legal basis, not null */
    public LegalBasis legalBasis() {
        return legalBasis;
    }

    /** @return the purpose, not null */
    public PurposeKind purpose() {
        return purpose;
    }

    /** @return true if the benefit claim's documentation was attached */
    public boolean claimDocumented() {
        return claimDocumented;
    }

    /** @return the copy's format, not null */
    public CopyFormat copyFormat() {
        return copyFormat;
    }

    /** @return how the records were kept, not null */
    public RecordKeeping recordKeeping() {
        return recordKeeping;
    }

    /** @return how the copy was delivered, not null */
    public DeliveryMethod delivery() {
        return delivery;
    }

    /** @return the pages of records other than images, zero or more */
    public int pages() {
        return pages;
    }

    /** @return the media delivered, zero or more */
    public int media() {
        return media;
    }

    /** @return the amount charged in all, postage included; not null */
    public Money charged() {
        return charged;
    }

    /** @return the first-class postage charged, zero if none; not null */
    public Money postage() {
        return postage;
    }

    /** @return the part of {@link #charged()} computed per page, zero if none or not itemised; not null */
    public Money perPageCharged() {
        return perPageCharged;
    }

    /** @return the part of {@link #charged()} charged for search and retrieval, zero if none; not null */
    public Money searchFee() {
        return searchFee;
    }

    /** @return true if the practice documented its actual or average cost for this charge (R2.4) */
    public boolean costDocumented() {
        return costDocumented;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PastInvoice o && invoiceId.equals(o.invoiceId) && receivedOn.equals(o.receivedOn)
                && state == o.state && requesterRole == o.requesterRole && legalBasis == o.legalBasis
                && purpose == o.purpose && claimDocumented == o.claimDocumented && copyFormat == o.copyFormat
                && recordKeeping == o.recordKeeping && delivery == o.delivery && pages == o.pages
                && media == o.media && charged.equals(o.charged) && postage.equals(o.postage)
                && perPageCharged.equals(o.perPageCharged) && searchFee.equals(o.searchFee)
                && costDocumented == o.costDocumented;
    }

    @Override
    public int hashCode() {
        return Objects.hash(invoiceId, receivedOn, state, requesterRole, legalBasis, purpose, claimDocumented,
                copyFormat, recordKeeping, delivery, pages, media, charged, postage, perPageCharged, searchFee,
                costDocumented);
    }

    @Override
    public String toString() {
        return "PastInvoice[" + invoiceId + ", received " + receivedOn + ", " + (state == null ? "HIPAA only" : state)
                + ", " + requesterRole + ", " + legalBasis + ", " + purpose + ", " + copyFormat + " copy of "
                + recordKeeping + " records, " + delivery + ", " + pages + " pages, " + media + " media, charged "
                + charged + "]";
    }

    /**
     * Builds a {@link PastInvoice}. Optional, with their defaults: no invoice number, purpose at the request of
     * the individual, no documented claim, the copy format the delivery implies, records kept electronically,
     * 0 pages, 0 media, no postage, nothing charged per page or for search, no documented cost. Not
     * thread-safe.
     */
    public static final class Builder {

        private String invoiceId = "";
        private final LocalDate receivedOn;
        private final UsState state;
        private final RequesterRole requesterRole;
        private final LegalBasis legalBasis;
        private final DeliveryMethod delivery;
        private final Money charged;
        private PurposeKind purpose = PurposeKind.AT_REQUEST_OF_INDIVIDUAL;
        private boolean claimDocumented;
        private CopyFormat copyFormat;
        private RecordKeeping recordKeeping = RecordKeeping.ELECTRONIC;
        private int pages;
        private int media;
        private Money postage = Money.ZERO;
        private Money perPageCharged = Money.ZERO;
        private Money searchFee = Money.ZERO;
        private boolean costDocumented;

        private Builder(LocalDate receivedOn, UsState state, RequesterRole requesterRole, LegalBasis legalBasis,
                DeliveryMethod delivery, Money charged) {
            this.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
            this.state = state;
            this.requesterRole = Objects.requireNonNull(requesterRole, "requesterRole");
            this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
            this.delivery = Objects.requireNonNull(delivery, "delivery");
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
         * Sets the purpose.
         *
         * @param kind  the purpose, not null
         * @return this builder
         */
        public Builder purpose(PurposeKind kind) {
            this.purpose = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets whether the benefit claim's documentation was attached (R5.5).
         *
         * @param documented  true if attached
         * @return this builder
         */
        public Builder claimDocumented(boolean documented) {
            this.claimDocumented = documented;
            return this;
        }

        /**
         * Sets the copy's format; the one the delivery implies unless set.
         *
         * @param format  the format, or null for the delivery's
         * @return this builder
         */
        public Builder copyFormat(CopyFormat format) {
            this.copyFormat = format;
            return this;
        }

        /**
         * Sets how the records were kept.
         *
         * @param keeping  the keeping, not null
         * @return this builder
         */
        public Builder recordKeeping(RecordKeeping keeping) {
            this.recordKeeping = Objects.requireNonNull(keeping, "keeping");
            return this;
        }

        /**
         * Sets the pages of records other than images.
         *
         * @param count  0 to {@value FeeContext#MAX_PAGES}
         * @return this builder
         */
        public Builder pages(int count) {
            this.pages = count;
            return this;
        }

        /**
         * Sets the media delivered.
         *
         * @param count  zero or more
         * @return this builder
         */
        public Builder media(int count) {
            this.media = count;
            return this;
        }

        /**
         * Sets the first-class postage charged.
         *
         * @param amount  zero or more, not null
         * @return this builder
         */
        public Builder postage(Money amount) {
            this.postage = Objects.requireNonNull(amount, "amount");
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
         * @throws IllegalArgumentException naming every problem: negative amounts or counts, parts larger than
         *         the whole, an invoice number too long
         */
        public PastInvoice build() {
            List<String> problems = new ArrayList<>();
            if (invoiceId.length() > MAX_INVOICE_ID) {
                problems.add("invoice number longer than " + MAX_INVOICE_ID + " characters");
            }
            if (pages < 0 || pages > FeeContext.MAX_PAGES) {
                problems.add("pages " + pages + " outside 0-" + FeeContext.MAX_PAGES);
            }
            if (media < 0) {
                problems.add("media " + media + " is negative");
            }
            check(problems, "amount charged", charged);
            check(problems, "postage", postage);
            check(problems, "per-page charge", perPageCharged);
            check(problems, "search fee", searchFee);
            if (!charged.isNegative() && !postage.isNegative() && !perPageCharged.isNegative()
                    && !searchFee.isNegative()
                    && Itemisation.add(postage, Itemisation.add(perPageCharged, searchFee)).isGreaterThan(charged)) {
                problems.add("postage, per-page charge and search fee add up to more than the amount charged");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid invoice: " + String.join("; ", problems));
            }
            if (copyFormat == null) {
                copyFormat = CopyFormat.from(delivery);
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

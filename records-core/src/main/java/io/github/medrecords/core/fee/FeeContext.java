package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that decides what a request may cost: the legal basis and requester role, the copy
 * format and how the records are kept, the record types, the delivery, the purpose and whether the
 * benefit-claim documentation is attached, whether it is an attorney's request before suit (California
 * Evidence Code 1158 has its own schedule), the pages, media and postage, the day the request was
 * received (which selects the rules in force) and the states whose law applies besides HIPAA; and what
 * price lists charge for besides copies: the kind of third party asking (an attorney, an insurer), whether the
 * request is a workers' compensation one, the services asked for ({@link ChargeKind#isOnRequest()}:
 * certification, expedited shipping, pick-up, inspection, an agreed summary) and the minutes of clerical labour.
 *
 * <p>Built from a request with {@link #forQuote} after fulfilment or {@link #forEstimate} before
 * submission, or field by field with {@link #builder}. Holds no protected health information.
 * Immutable and thread-safe.
 */
public final class FeeContext {

    /** The most pages a context may count. */
    public static final int MAX_PAGES = 1_000_000;

    /** The most minutes of clerical labour a context may count (a thousand hours). */
    public static final int MAX_CLERICAL_MINUTES = 60_000;

    private final LegalBasis legalBasis;
    private final RequesterRole requesterRole;
    private final CopyFormat copyFormat;
    private final RecordKeeping recordKeeping;
    private final Set<RecordType> recordTypes;
    private final DeliveryMethod deliveryMethod;
    private final PurposeKind purpose;
    private final boolean claimDocumented;
    private final boolean attorneyBeforeSuit;
    private final int pages;
    private final int media;
    private final Money postage;
    private final LocalDate receivedOn;
    private final Set<UsState> jurisdictions;
    private final boolean hasImages;
    private final boolean hasRecords;
    private final ThirdPartyKind thirdPartyKind;
    private final boolean workersCompensation;
    private final Set<ChargeKind> asked;
    private final int clericalMinutes;
    private final Set<RequesterKind> requesterKinds;
    private final ProviderKind providerKind;
    private final boolean firstCopy;

    private FeeContext(Builder b) {
        this.legalBasis = b.legalBasis;
        this.requesterRole = b.requesterRole;
        this.deliveryMethod = b.deliveryMethod;
        this.copyFormat = b.copyFormat != null ? b.copyFormat : CopyFormat.from(b.deliveryMethod);
        this.recordKeeping = b.recordKeeping;
        this.recordTypes = Collections.unmodifiableSet(new LinkedHashSet<>(b.recordTypes));
        this.purpose = b.purpose;
        this.claimDocumented = b.claimDocumented;
        this.attorneyBeforeSuit = b.attorneyBeforeSuit;
        this.pages = b.pages;
        this.media = b.media;
        this.postage = b.postage;
        this.receivedOn = b.receivedOn;
        this.jurisdictions = b.jurisdictions.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(b.jurisdictions));
        boolean images = false;
        boolean records = false;
        for (RecordType type : recordTypes) {
            if (type.isImaging()) {
                images = true;
            } else {
                records = true;
            }
        }
        this.hasImages = images;
        this.hasRecords = records;
        this.thirdPartyKind = b.thirdPartyKind;
        this.workersCompensation = b.workersCompensation;
        this.asked = b.asked.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(b.asked));
        this.clericalMinutes = b.clericalMinutes;
        this.providerKind = b.providerKind;
        this.firstCopy = b.firstCopy;
        EnumSet<RequesterKind> kinds = EnumSet.noneOf(RequesterKind.class);
        if (thirdPartyKind == ThirdPartyKind.ATTORNEY || attorneyBeforeSuit) {
            kinds.add(RequesterKind.ATTORNEY);
        }
        if (thirdPartyKind == ThirdPartyKind.INSURER) {
            kinds.add(RequesterKind.INSURER);
        }
        if (requesterRole == RequesterRole.PROVIDER && legalBasis == LegalBasis.TREATMENT) {
            kinds.add(RequesterKind.REFERRED_PHYSICIAN);
        }
        if (workersCompensation) {
            kinds.add(RequesterKind.WORKERS_COMPENSATION);
        }
        this.requesterKinds = kinds.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(kinds);
    }

    /**
     * Starts a context.
     *
     * @param legalBasis  the legal basis of the disclosure, not null
     * @param requesterRole  who asks, not null and permitted to rely on the basis
     * @param deliveryMethod  how the copies are delivered, not null
     * @param receivedOn  the day the request was received, which selects the rules in force; not null
     * @return a builder, not null
     */
    public static Builder builder(LegalBasis legalBasis, RequesterRole requesterRole, DeliveryMethod deliveryMethod,
            LocalDate receivedOn) {
        return new Builder(legalBasis, requesterRole, deliveryMethod, receivedOn);
    }

    /**
     * Builds the context of a quote from a request and what staff recorded at fulfilment.
     *
     * @param request  the request, not null
     * @param fulfilment  the pages, media, keeping and postage, not null
     * @param receivedOn  the day the request was received, not null
     * @param jurisdictions  the states whose law applies besides HIPAA (the practice's), not null
     * @return the context, not null
     * @throws IllegalArgumentException if postage is recorded for a delivery that is not mailed
     */
    public static FeeContext forQuote(RecordsRequest request, Fulfilment fulfilment, LocalDate receivedOn,
            Set<UsState> jurisdictions) {
        Objects.requireNonNull(request, "request");
        return forQuote(request, fulfilment, receivedOn, jurisdictions, ProviderKind.PHYSICIAN);
    }

    /**
     * Builds the context of a quote from a fulfilled request at a provider of a kind.
     *
     * @param request  the request, not null
     * @param fulfilment  what staff recorded, not null
     * @param receivedOn  the day the request was received, not null
     * @param jurisdictions  the states whose law applies besides HIPAA (the practice's), not null
     * @param providerKind  the kind of provider the practice is, not null
     * @return the context, not null
     */
    public static FeeContext forQuote(RecordsRequest request, Fulfilment fulfilment, LocalDate receivedOn,
            Set<UsState> jurisdictions, ProviderKind providerKind) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(fulfilment, "fulfilment");
        return fromRequest(request, receivedOn, jurisdictions).providerKind(providerKind).fulfilment(fulfilment)
                .build();
    }

    /**
     * Builds the context of an estimate from a request (or the form's inputs made into one) and the
     * practice's typical volumes (R2.6).
     *
     * @param request  the request, not null
     * @param typical  the practice's typical page counts, keeping and postage, not null
     * @param receivedOn  the day the request is (to be) received, not null
     * @param jurisdictions  the states whose law applies besides HIPAA (the practice's), not null
     * @return the context, not null
     */
    public static FeeContext forEstimate(RecordsRequest request, TypicalVolumes typical, LocalDate receivedOn,
            Set<UsState> jurisdictions) {
        Objects.requireNonNull(request, "request");
        return forEstimate(request, typical, receivedOn, jurisdictions, ProviderKind.PHYSICIAN);
    }

    /**
     * Builds the context of an estimate at a provider of a kind.
     *
     * @param request  the request, not null
     * @param typical  the practice's typical page counts, keeping and postage, not null
     * @param receivedOn  the day the request is (to be) received, not null
     * @param jurisdictions  the states whose law applies besides HIPAA (the practice's), not null
     * @param providerKind  the kind of provider the practice is, not null
     * @return the context, not null
     */
    public static FeeContext forEstimate(RecordsRequest request, TypicalVolumes typical, LocalDate receivedOn,
            Set<UsState> jurisdictions, ProviderKind providerKind) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(typical, "typical");
        return fromRequest(request, receivedOn, jurisdictions).providerKind(providerKind).buildEstimate(typical);
    }

    private static Builder fromRequest(RecordsRequest request, LocalDate receivedOn, Set<UsState> jurisdictions) {
        return builder(request.legalBasis(), request.requester().role(), request.delivery().method(), receivedOn)
                .purpose(request.purpose().kind())
                .claimDocumented(request.isDocumentedBenefitClaim())
                .attorneyBeforeSuit(request.attorneyBeforeSuit())
                .thirdPartyKind(request.requester().thirdPartyKind().orElse(null))
                .selections(request.selections())
                .jurisdictions(jurisdictions);
    }

    /**
     * Returns the legal basis.
     *
     * @return the basis, not null
     */
    public LegalBasis legalBasis() {
        return legalBasis;
    }

    /**
     * Returns the requester's role.
     *
     * @return the role, not null
     */
    public RequesterRole requesterRole() {
        return requesterRole;
    }

    /**
     * Returns whether the copy is on paper or electronic.
     *
     * @return the format, not null
     */
    public CopyFormat copyFormat() {
        return copyFormat;
    }

    /**
     * Returns how the copied records are kept.
     *
     * @return the keeping, not null
     */
    public RecordKeeping recordKeeping() {
        return recordKeeping;
    }

    /**
     * Returns the record types copied.
     *
     * @return an unmodifiable, non-empty set, not null
     */
    public Set<RecordType> recordTypes() {
        return recordTypes;
    }

    /**
     * Tells whether any medical images are copied.
     *
     * @return true if a record type is imaging
     */
    public boolean hasImages() {
        return hasImages;
    }

    /**
     * Tells whether any records other than images are copied.
     *
     * @return true if a record type is not imaging
     */
    public boolean hasRecords() {
        return hasRecords;
    }

    /**
     * Returns the delivery method.
     *
     * @return the method, not null
     */
    public DeliveryMethod deliveryMethod() {
        return deliveryMethod;
    }

    /**
     * Returns the purpose.
     *
     * @return the purpose, not null
     */
    public PurposeKind purpose() {
        return purpose;
    }

    /**
     * Tells whether the purpose is a benefit claim whose documentation is attached (R5.5).
     *
     * @return true if documented
     */
    public boolean claimDocumented() {
        return claimDocumented;
    }

    /**
     * Tells whether this is an attorney's request with the patient's written authorization before any
     * suit is filed, to which California applies Evidence Code 1158 instead of Health &amp; Safety Code
     * 123110.
     *
     * @return true for such a request
     */
    public boolean attorneyBeforeSuit() {
        return attorneyBeforeSuit;
    }

    /**
     * Returns the pages of records other than images.
     *
     * @return zero or more
     */
    public int pages() {
        return pages;
    }

    /**
     * Returns the media delivered.
     *
     * @return zero or more
     */
    public int media() {
        return media;
    }

    /**
     * Returns the first-class postage, zero unless the copy is mailed.
     *
     * @return the postage, not null
     */
    public Money postage() {
        return postage;
    }

    /**
     * Returns the day the request was received.
     *
     * @return the date, not null
     */
    public LocalDate receivedOn() {
        return receivedOn;
    }

    /**
     * Returns the states whose law applies besides HIPAA.
     *
     * @return an unmodifiable set, possibly empty; not null
     */
    public Set<UsState> jurisdictions() {
        return jurisdictions;
    }

    /**
     * Returns the kind of third party asking, as the host set it ({@link #forQuote} does not fill it yet: a
     * stored quote does not keep it).
     *
     * @return the kind, empty unless a third party asks and its kind is known
     */
    public Optional<ThirdPartyKind> thirdPartyKind() {
        return Optional.ofNullable(thirdPartyKind);
    }

    /**
     * Tells whether the host marked the request as a workers' compensation request.
     *
     * @return true if so
     */
    public boolean workersCompensation() {
        return workersCompensation;
    }

    /**
     * Returns the kinds of requester a price list may name that this request is: derived from the third
     * party's kind, an attorney's request before suit, a provider's request for treatment and the workers'
     * compensation mark.
     *
     * @return an unmodifiable set, possibly empty; not null
     */
    public Set<RequesterKind> requesterKinds() {
        return requesterKinds;
    }

    /**
     * Returns the services the requester asks for, which price rules of those kinds charge.
     *
     * @return an unmodifiable set of kinds for which {@link ChargeKind#isOnRequest()}, possibly empty; not null
     */
    public Set<ChargeKind> asked() {
        return asked;
    }

    /**
     * Returns the minutes of clerical labour recorded, which hourly price rules bill in increments.
     *
     * @return 0 to {@value #MAX_CLERICAL_MINUTES}
     */
    public int clericalMinutes() {
        return clericalMinutes;
    }

    /**
     * Returns the kind of provider the practice is, which selects a state's schedule for physicians or for
     * hospitals.
     *
     * @return the kind, not null
     */
    public ProviderKind providerKind() {
        return providerKind;
    }

    /**
     * Tells whether this is the requester's first copy of the records as the state counts it (Kentucky's
     * first copy free), as the host said.
     *
     * @return true for a first copy
     */
    public boolean firstCopy() {
        return firstCopy;
    }

    /**
     * Returns a copy with another page count, for example to see how a fee grows.
     *
     * @param count  the pages, 0 to {@value #MAX_PAGES}
     * @return the changed context, not null
     * @throws IllegalArgumentException if out of range
     */
    public FeeContext withPages(int count) {
        return toBuilder().pages(count).build();
    }

    /**
     * Returns a copy received on another day, for example to see which rules were in force then.
     *
     * @param day  the day the request was received, not null
     * @return the changed context, not null
     */
    public FeeContext withReceivedOn(LocalDate day) {
        return copyInto(builder(legalBasis, requesterRole, deliveryMethod, day)).build();
    }

    /**
     * Returns a builder holding this context's values.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        return copyInto(new Builder(legalBasis, requesterRole, deliveryMethod, receivedOn));
    }

    private Builder copyInto(Builder b) {
        b.copyFormat = copyFormat;
        b.recordKeeping = recordKeeping;
        b.recordTypes.addAll(recordTypes);
        b.purpose = purpose;
        b.claimDocumented = claimDocumented;
        b.attorneyBeforeSuit = attorneyBeforeSuit;
        b.pages = pages;
        b.media = media;
        b.postage = postage;
        b.jurisdictions.addAll(jurisdictions);
        b.thirdPartyKind = thirdPartyKind;
        b.workersCompensation = workersCompensation;
        b.asked.addAll(asked);
        b.clericalMinutes = clericalMinutes;
        b.providerKind = providerKind;
        b.firstCopy = firstCopy;
        return b;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FeeContext o && legalBasis == o.legalBasis && requesterRole == o.requesterRole
                && copyFormat == o.copyFormat && recordKeeping == o.recordKeeping && recordTypes.equals(o.recordTypes)
                && deliveryMethod == o.deliveryMethod && purpose == o.purpose && claimDocumented == o.claimDocumented
                && attorneyBeforeSuit == o.attorneyBeforeSuit
                && pages == o.pages && media == o.media && postage.equals(o.postage) && receivedOn.equals(o.receivedOn)
                && jurisdictions.equals(o.jurisdictions) && thirdPartyKind == o.thirdPartyKind
                && workersCompensation == o.workersCompensation && asked.equals(o.asked)
                && clericalMinutes == o.clericalMinutes && providerKind == o.providerKind && firstCopy == o.firstCopy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(legalBasis, requesterRole, copyFormat, recordKeeping, recordTypes, deliveryMethod, purpose,
                claimDocumented, attorneyBeforeSuit, pages, media, postage, receivedOn, jurisdictions, thirdPartyKind,
                workersCompensation, asked, clericalMinutes, providerKind, firstCopy);
    }

    @Override
    public String toString() {
        return "FeeContext[" + legalBasis + ", " + requesterRole + ", " + copyFormat + " copy of " + recordKeeping
                + " records " + recordTypes + ", " + deliveryMethod + ", " + purpose
                + (claimDocumented ? " (documented)" : "") + (attorneyBeforeSuit ? ", attorney before suit" : "")
                + (thirdPartyKind == null ? "" : ", " + thirdPartyKind)
                + (workersCompensation ? ", workers' compensation" : "") + (asked.isEmpty() ? "" : ", asks " + asked)
                + ", " + pages + " pages, " + media + " media, "
                + (clericalMinutes == 0 ? "" : clericalMinutes + " clerical minutes, ")
                + (providerKind == ProviderKind.PHYSICIAN ? "" : "at a " + providerKind + ", ")
                + (firstCopy ? "first copy, " : "") + "postage "
                + postage + ", received " + receivedOn + ", " + (jurisdictions.isEmpty() ? "HIPAA only" : jurisdictions)
                + "]";
    }

    /**
     * Builds a {@link FeeContext}. Required: the four arguments of {@link FeeContext#builder} and at least
     * one record type ({@link #recordType} or {@link #selections}); {@link #build()} names what is missing.
     * Optional, with their defaults: copy format (the one the delivery implies), record keeping
     * (electronic), purpose (at the request of the individual), no documented claim, not an attorney
     * before suit, 0 pages, 0 media, no postage, no state jurisdictions (federal law only). Not thread-safe.
     */
    public static final class Builder {

        private final LegalBasis legalBasis;
        private final RequesterRole requesterRole;
        private final DeliveryMethod deliveryMethod;
        private final LocalDate receivedOn;
        private CopyFormat copyFormat;
        private RecordKeeping recordKeeping = RecordKeeping.ELECTRONIC;
        private final Set<RecordType> recordTypes = new LinkedHashSet<>();
        private final List<RecordSelection> selections = new ArrayList<>();
        private PurposeKind purpose = PurposeKind.AT_REQUEST_OF_INDIVIDUAL;
        private boolean claimDocumented;
        private boolean attorneyBeforeSuit;
        private int pages;
        private int media;
        private Money postage = Money.ZERO;
        private final Set<UsState> jurisdictions = EnumSet.noneOf(UsState.class);
        private ThirdPartyKind thirdPartyKind;
        private boolean workersCompensation;
        private final Set<ChargeKind> asked = EnumSet.noneOf(ChargeKind.class);
        private int clericalMinutes;
        private ProviderKind providerKind = ProviderKind.PHYSICIAN;
        private boolean firstCopy;

        private Builder(LegalBasis legalBasis, RequesterRole requesterRole, DeliveryMethod deliveryMethod,
                LocalDate receivedOn) {
            this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
            this.requesterRole = Objects.requireNonNull(requesterRole, "requesterRole");
            this.deliveryMethod = Objects.requireNonNull(deliveryMethod, "deliveryMethod");
            this.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
        }

        /**
         * Overrides the copy format the delivery method implies, for example paper copies handed to a
         * provider.
         *
         * @param format  the format, not null
         * @return this builder
         */
        public Builder copyFormat(CopyFormat format) {
            this.copyFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Sets how the records are kept; electronically unless set.
         *
         * @param keeping  the keeping, not null
         * @return this builder
         */
        public Builder recordKeeping(RecordKeeping keeping) {
            this.recordKeeping = Objects.requireNonNull(keeping, "keeping");
            return this;
        }

        /**
         * Adds a record type copied.
         *
         * @param type  the type, not null
         * @return this builder
         */
        public Builder recordType(RecordType type) {
            recordTypes.add(Objects.requireNonNull(type, "type"));
            return this;
        }

        /**
         * Adds the record types of a request's selections, remembering their copies for an estimate.
         *
         * @param list  the selections, not null
         * @return this builder
         */
        public Builder selections(Collection<RecordSelection> list) {
            Objects.requireNonNull(list, "list");
            for (RecordSelection selection : list) {
                selections.add(Objects.requireNonNull(selection, "selection"));
                recordTypes.add(selection.type());
            }
            return this;
        }

        /**
         * Sets the purpose; "at the request of the individual" unless set.
         *
         * @param kind  the purpose, not null
         * @return this builder
         */
        public Builder purpose(PurposeKind kind) {
            this.purpose = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets whether the benefit claim's documentation is attached (R5.5).
         *
         * @param documented  true if attached
         * @return this builder
         */
        public Builder claimDocumented(boolean documented) {
            this.claimDocumented = documented;
            return this;
        }

        /**
         * Sets whether this is an attorney's request with the patient's written authorization before any
         * suit is filed (California Evidence Code 1158); false unless set.
         *
         * @param beforeSuit  true for such a request, which must be a third party's under an authorization
         * @return this builder
         */
        public Builder attorneyBeforeSuit(boolean beforeSuit) {
            this.attorneyBeforeSuit = beforeSuit;
            return this;
        }

        /**
         * Sets the kind of third party asking (an attorney, an insurer, ...); none unless set.
         *
         * @param kind  the kind, null for none; only for a third party's request
         * @return this builder
         */
        public Builder thirdPartyKind(ThirdPartyKind kind) {
            this.thirdPartyKind = kind;
            return this;
        }

        /**
         * Marks a third party's request as a workers' compensation request (the request does not carry it; the
         * host knows it from the requester); false unless set.
         *
         * @param workersComp  true for a workers' compensation request
         * @return this builder
         */
        public Builder workersCompensation(boolean workersComp) {
            this.workersCompensation = workersComp;
            return this;
        }

        /**
         * Adds services the requester asks for: certification, expedited shipping, pick-up, inspection or an
         * agreed summary.
         *
         * @param first  a service, not null
         * @param rest  more services, not null
         * @return this builder
         */
        public Builder asks(ChargeKind first, ChargeKind... rest) {
            asked.add(Objects.requireNonNull(first, "first"));
            for (ChargeKind kind : rest) {
                asked.add(Objects.requireNonNull(kind, "kind"));
            }
            return this;
        }

        /**
         * Sets the kind of provider the practice is; a physician's practice unless set.
         *
         * @param kind  the kind, not null
         * @return this builder
         */
        public Builder providerKind(ProviderKind kind) {
            this.providerKind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Says this is the requester's first copy of the records as the state counts it (Kentucky's first copy
         * free); not a first copy unless set.
         *
         * @param first  true for a first copy
         * @return this builder
         */
        public Builder firstCopy(boolean first) {
            this.firstCopy = first;
            return this;
        }

        /**
         * Sets the minutes of clerical labour staff recorded; 0 unless set.
         *
         * @param minutes  0 to {@value FeeContext#MAX_CLERICAL_MINUTES}
         * @return this builder
         */
        public Builder clericalMinutes(int minutes) {
            this.clericalMinutes = minutes;
            return this;
        }

        /**
         * Sets the pages of records other than images.
         *
         * @param count  the pages, 0 to {@value FeeContext#MAX_PAGES}
         * @return this builder
         */
        public Builder pages(int count) {
            this.pages = count;
            return this;
        }

        /**
         * Sets the media delivered.
         *
         * @param count  the media, zero or more
         * @return this builder
         */
        public Builder media(int count) {
            this.media = count;
            return this;
        }

        /**
         * Sets the first-class postage of a mailed copy.
         *
         * @param amount  the postage, not null
         * @return this builder
         */
        public Builder postage(Money amount) {
            this.postage = Objects.requireNonNull(amount, "amount");
            return this;
        }

        /**
         * Sets the pages, media, keeping and postage staff recorded at fulfilment.
         *
         * @param fulfilment  the fulfilment, not null
         * @return this builder
         */
        public Builder fulfilment(Fulfilment fulfilment) {
            Objects.requireNonNull(fulfilment, "fulfilment");
            this.pages = fulfilment.pages();
            this.media = fulfilment.media();
            this.recordKeeping = fulfilment.recordKeeping();
            this.postage = fulfilment.postage();
            return this;
        }

        /**
         * Adds a state whose law applies besides HIPAA.
         *
         * @param state  the state, not null
         * @return this builder
         */
        public Builder jurisdiction(UsState state) {
            jurisdictions.add(Objects.requireNonNull(state, "state"));
            return this;
        }

        /**
         * Adds states whose law applies besides HIPAA.
         *
         * @param states  the states, not null
         * @return this builder
         */
        public Builder jurisdictions(Set<UsState> states) {
            Objects.requireNonNull(states, "states");
            states.forEach(this::jurisdiction);
            return this;
        }

        /**
         * Builds the context of an estimate: pages, media, keeping and postage come from the practice's
         * typical volumes and the selections' copies, replacing any set on this builder.
         *
         * @param typical  the practice's typical volumes, not null
         * @return the context, not null
         * @throws IllegalArgumentException if no selection was added or the combination is invalid
         */
        public FeeContext buildEstimate(TypicalVolumes typical) {
            Objects.requireNonNull(typical, "typical");
            if (selections.isEmpty()) {
                throw new IllegalArgumentException("An estimate needs the request's record selections");
            }
            long pageSum = 0;
            int mediaSum = 0;
            for (RecordSelection selection : selections) {
                if (selection.type().isImaging()) {
                    mediaSum += selection.copies();
                } else {
                    pageSum += (long) typical.pagesOf(selection.type()) * selection.copies();
                }
            }
            this.pages = (int) Math.min(pageSum, MAX_PAGES);
            this.media = mediaSum;
            this.recordKeeping = typical.recordKeeping();
            this.postage = deliveryMethod.isMailed() ? typical.postage() : Money.ZERO;
            return build();
        }

        /**
         * Builds the context.
         *
         * @return the context, not null
         * @throws IllegalArgumentException naming every problem: no record type, a role that may not
         *         rely on the basis, a documented claim without a claim purpose, an attorney's request before
         *         suit that is not a third party's under an authorization, counts out of range, postage on a
         *         delivery that is not mailed, a third party's kind for another requester, or a charge kind
         *         asked for that is not a service
         */
        public FeeContext build() {
            List<String> problems = new ArrayList<>();
            if (recordTypes.isEmpty()) {
                problems.add("no record type (required: call recordType(...) or selections(...))");
            }
            if (!requesterRole.permits(legalBasis)) {
                problems.add("role " + requesterRole + " may not rely on " + legalBasis);
            }
            if (claimDocumented && !purpose.isBenefitClaim()) {
                problems.add("purpose " + purpose + " is not a benefit claim that documentation could support");
            }
            if (attorneyBeforeSuit
                    && (requesterRole != RequesterRole.THIRD_PARTY || legalBasis != LegalBasis.AUTHORIZATION)) {
                problems.add("an attorney's request before suit must be a third party's under an authorization");
            }
            if (pages < 0 || pages > MAX_PAGES) {
                problems.add("pages " + pages + " outside 0-" + MAX_PAGES);
            }
            if (media < 0) {
                problems.add("media " + media + " is negative");
            }
            if (clericalMinutes < 0 || clericalMinutes > MAX_CLERICAL_MINUTES) {
                problems.add("clerical minutes " + clericalMinutes + " outside 0-" + MAX_CLERICAL_MINUTES);
            }
            if ((thirdPartyKind != null || workersCompensation) && requesterRole != RequesterRole.THIRD_PARTY) {
                problems.add("a third party's kind or a workers' compensation request needs a third party");
            }
            for (ChargeKind kind : asked) {
                if (!kind.isOnRequest()) {
                    problems.add(kind + " is not a service a requester asks for");
                }
            }
            if (postage.isNegative()) {
                problems.add("postage " + postage + " is negative");
            } else if (!postage.isZero() && !deliveryMethod.isMailed()) {
                problems.add("postage " + postage + " on " + deliveryMethod + ", which is not mailed");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid fee context: " + String.join("; ", problems));
            }
            return new FeeContext(this);
        }
    }
}

package io.github.medrecords.core.practice;

import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.timeframe.BusinessCalendar;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import io.github.medrecords.core.timeframe.Turnaround;
import io.github.medrecords.core.timeframe.TurnaroundPromise;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the library needs to know about one practice: the law it follows, its calendar, its
 * prices, its promises and its policies. One deployment serves many practices; every request
 * belongs to one.
 *
 * <p>Built with {@link #builder(PracticeId)}; an instance that exists is complete and valid.
 * Immutable and thread-safe.
 */
public final class PracticeProfile {

    /** The cut-off time a profile has unless set: requests completed from 16:00 count from the next business day. */
    public static final LocalTime DEFAULT_CUT_OFF = LocalTime.of(16, 0);

    private final PracticeId id;
    private final String name;
    private final Set<UsState> jurisdictions;
    private final ZoneId zone;
    private final ComplaintContact complaintContact;
    private final PracticePolicies policies;
    private final HolidayCalendar holidayCalendar;
    private final Set<LocalDate> closures;
    private final TurnaroundPromise turnaroundPromise;
    private final LocalTime cutOff;
    private final BusinessCalendar businessCalendar;
    private final PriceList priceList;
    private final ProviderKind providerKind;

    private PracticeProfile(Builder builder) {
        this.id = builder.id;
        this.name = builder.name;
        this.jurisdictions = Collections.unmodifiableSet(EnumSet.copyOf(builder.jurisdictions));
        this.zone = builder.zone;
        this.complaintContact = builder.complaintContact;
        this.policies = builder.policies;
        this.holidayCalendar = builder.holidayCalendar;
        this.closures = Set.copyOf(builder.closures);
        this.turnaroundPromise = builder.turnaroundPromise;
        this.cutOff = builder.cutOff;
        this.businessCalendar = BusinessCalendar.of(zone, holidayCalendar, closures);
        this.priceList = builder.priceList;
        this.providerKind = builder.providerKind;
    }

    /**
     * Starts a profile.
     *
     * @param id  the practice's identifier, not null
     * @return a builder, not null
     */
    public static Builder builder(PracticeId id) {
        return new Builder(id);
    }

    /**
     * Returns a builder holding this profile's values, to derive a changed profile.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.name = name;
        b.jurisdictions.addAll(jurisdictions);
        b.zone = zone;
        b.complaintContact = complaintContact;
        b.policies = policies;
        b.holidayCalendar = holidayCalendar;
        b.closures.addAll(closures);
        b.turnaroundPromise = turnaroundPromise;
        b.cutOff = cutOff;
        b.priceList = priceList;
        b.providerKind = providerKind;
        return b;
    }

    /**
     * Returns the practice's identifier.
     *
     * @return the id, not null
     */
    public PracticeId id() {
        return id;
    }

    /**
     * Returns the practice's name as shown to patients.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the states whose records law the practice follows besides HIPAA.
     *
     * @return an unmodifiable, non-empty set, not null
     */
    public Set<UsState> jurisdictions() {
        return jurisdictions;
    }

    /**
     * Returns the zone in which the practice's business days are counted.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the contact that denial notices name for complaints (R1.21).
     *
     * @return the contact, not null
     */
    public ComplaintContact complaintContact() {
        return complaintContact;
    }

    /**
     * Returns the practice's own policies.
     *
     * @return the policies, not null
     */
    public PracticePolicies policies() {
        return policies;
    }

    /**
     * Returns the holiday calendar the practice closes on.
     *
     * @return the calendar, not null
     */
    public HolidayCalendar holidayCalendar() {
        return holidayCalendar;
    }

    /**
     * Returns the practice's own closed days besides weekends and holidays.
     *
     * @return an unmodifiable set, not null
     */
    public Set<LocalDate> closures() {
        return closures;
    }

    /**
     * Returns the turnaround the practice promises per delivery method.
     *
     * @return the promise, not null
     */
    public TurnaroundPromise turnaroundPromise() {
        return turnaroundPromise;
    }

    /**
     * Returns the local time from which a request completed that day counts from the next business day.
     *
     * @return the cut-off, not null
     */
    public LocalTime cutOff() {
        return cutOff;
    }

    /**
     * Returns the practice's business calendar: weekends, its holiday calendar and its closures, in
     * its zone.
     *
     * @return the calendar, not null
     */
    public BusinessCalendar businessCalendar() {
        return businessCalendar;
    }

    /**
     * Returns the practice's turnaround: its promise counted in its business days from its cut-off.
     *
     * @return the turnaround, not null
     */
    public Turnaround turnaround() {
        return Turnaround.of(businessCalendar, turnaroundPromise, cutOff);
    }

    /**
     * Returns the practice's own prices (the law's limits are in {@code fee.LegalLimits}).
     *
     * @return the price list, {@link PriceList#noCharge()} unless one was set; not null
     */
    public PriceList priceList() {
        return priceList;
    }

    /**
     * Returns the kind of provider the practice is: a physician's or other practitioner's office, or a hospital
     * or other licensed institution, where a state's law differs for them.
     *
     * @return the kind, not null
     */
    public ProviderKind providerKind() {
        return providerKind;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PracticeProfile other
                && id.equals(other.id)
                && name.equals(other.name)
                && jurisdictions.equals(other.jurisdictions)
                && zone.equals(other.zone)
                && complaintContact.equals(other.complaintContact)
                && policies.equals(other.policies)
                && holidayCalendar.equals(other.holidayCalendar)
                && closures.equals(other.closures)
                && turnaroundPromise.equals(other.turnaroundPromise)
                && cutOff.equals(other.cutOff)
                && priceList.equals(other.priceList)
                && providerKind == other.providerKind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, jurisdictions, zone, complaintContact, policies, holidayCalendar, closures,
                turnaroundPromise, cutOff, priceList, providerKind);
    }

    @Override
    public String toString() {
        return "PracticeProfile[" + id + ", " + jurisdictions + ", " + zone + "]";
    }

    /**
     * Builds a {@link PracticeProfile}. Not thread-safe.
     */
    public static final class Builder {

        private final PracticeId id;
        private String name;
        private final Set<UsState> jurisdictions = EnumSet.noneOf(UsState.class);
        private ZoneId zone;
        private ComplaintContact complaintContact;
        private PracticePolicies policies = PracticePolicies.defaults();
        private HolidayCalendar holidayCalendar = HolidayCalendar.none();
        private final Set<LocalDate> closures = new HashSet<>();
        private TurnaroundPromise turnaroundPromise = TurnaroundPromise.standard();
        private LocalTime cutOff = DEFAULT_CUT_OFF;
        private PriceList priceList = PriceList.noCharge();
        private ProviderKind providerKind = ProviderKind.PHYSICIAN;

        private Builder(PracticeId id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Sets the practice's name.
         *
         * @param name  the name, not blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Adds a state whose law the practice follows.
         *
         * @param state  the state, not null
         * @return this builder
         */
        public Builder jurisdiction(UsState state) {
            jurisdictions.add(Objects.requireNonNull(state, "state"));
            return this;
        }

        /**
         * Sets the kind of provider the practice is, which selects a state's fee schedule and deadlines for
         * physicians or for hospitals; a physician's or other practitioner's office unless set.
         *
         * @param kind  the kind, not null
         * @return this builder
         */
        public Builder providerKind(ProviderKind kind) {
            this.providerKind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets the practice's time zone.
         *
         * @param zone  the zone, not null
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Sets the complaint contact named in denial notices.
         *
         * @param contact  the contact, not null
         * @return this builder
         */
        public Builder complaintContact(ComplaintContact contact) {
            this.complaintContact = Objects.requireNonNull(contact, "contact");
            return this;
        }

        /**
         * Sets the practice's policies; the defaults are {@link PracticePolicies#defaults()}.
         *
         * @param policies  the policies, not null
         * @return this builder
         */
        public Builder policies(PracticePolicies policies) {
            this.policies = Objects.requireNonNull(policies, "policies");
            return this;
        }

        /**
         * Sets the holiday calendar; the default is {@link HolidayCalendar#none()} (weekends only).
         *
         * @param calendar  the calendar, not null
         * @return this builder
         */
        public Builder holidayCalendar(HolidayCalendar calendar) {
            this.holidayCalendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * Adds a day the practice is closed besides weekends and holidays.
         *
         * @param date  the closed day, not null
         * @return this builder
         */
        public Builder closure(LocalDate date) {
            closures.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Sets the turnaround promise; the default is {@link TurnaroundPromise#standard()}.
         *
         * @param promise  the promise, not null
         * @return this builder
         */
        public Builder turnaroundPromise(TurnaroundPromise promise) {
            this.turnaroundPromise = Objects.requireNonNull(promise, "promise");
            return this;
        }

        /**
         * Sets the cut-off time; the default is 16:00.
         *
         * @param cutOff  the local time, not null
         * @return this builder
         */
        public Builder cutOff(LocalTime cutOff) {
            this.cutOff = Objects.requireNonNull(cutOff, "cutOff");
            return this;
        }

        /**
         * Sets the practice's own prices; without one the practice charges nothing
         * ({@link PriceList#noCharge()}), which is compliant everywhere.
         *
         * @param priceList  the price list, not null
         * @return this builder
         */
        public Builder priceList(PriceList priceList) {
            this.priceList = Objects.requireNonNull(priceList, "priceList");
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile, not null
         * @throws IllegalStateException naming every missing part, if any is missing
         */
        public PracticeProfile build() {
            StringBuilder missing = new StringBuilder();
            if (name == null || name.isBlank()) {
                missing.append(" name");
            }
            if (jurisdictions.isEmpty()) {
                missing.append(" jurisdiction");
            }
            if (zone == null) {
                missing.append(" zone");
            }
            if (complaintContact == null) {
                missing.append(" complaintContact");
            }
            if (missing.length() > 0) {
                throw new IllegalStateException("Practice profile " + id + " is missing:" + missing);
            }
            return new PracticeProfile(this);
        }
    }
}

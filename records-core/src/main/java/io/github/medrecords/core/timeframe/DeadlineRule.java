package io.github.medrecords.core.timeframe;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.law.InForce;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One legal deadline as data: how many days after receipt, counted how, for which requests, in
 * which jurisdiction, with how long an extension, its citation and the dates it is in force.
 *
 * <p>Built with {@link #builder(String)}; the rules the library knows are constants of
 * {@link DeadlineRules}. Immutable and thread-safe.
 */
public final class DeadlineRule {

    private final String key;
    private final String title;
    private final Citation citation;
    private final UsState jurisdiction;
    private final RequestKind kind;
    private final Set<LegalBasis> bases;
    private final Set<RequesterRole> roles;
    private final Set<PurposeKind> purposes;
    private final Set<ProviderKind> providerKinds;
    private final int days;
    private final DayCount dayCount;
    private final int extensionDays;
    private final String extensionRuleId;
    private final InForce inForce;
    private final RuleStatus status;
    private final boolean known;

    private DeadlineRule(Builder b) {
        this.key = b.key;
        this.title = b.title;
        this.citation = b.citation;
        this.jurisdiction = b.jurisdiction;
        this.kind = b.kind;
        this.bases = Collections.unmodifiableSet(EnumSet.copyOf(b.bases));
        this.roles = Set.copyOf(b.roles);
        this.purposes = Set.copyOf(b.purposes);
        this.providerKinds = Set.copyOf(b.providerKinds);
        this.days = b.days;
        this.dayCount = b.dayCount;
        this.extensionDays = b.extensionDays;
        this.extensionRuleId = b.extensionRuleId;
        this.inForce = InForce.between(b.inForceFrom, b.inForceUntil);
        this.status = b.status;
        this.known = b.known;
    }

    /**
     * Stands in for a deadline rule that a stored due date relied on and that the running library no
     * longer knows (a key or version it does not ship): a storage adapter reads the stored dates back
     * under this stand-in, which {@link #isKnown()} reports as unknown. It allows no extension, so a
     * request under it can only be extended once the rule is known again.
     *
     * @param key  the rule's stored key, not blank
     * @param ruleId  the rule's stored id, not blank
     * @param kind  what the request asked for, not null
     * @param inForceFrom  the stored version (the first day the rule was in force), not null
     * @return the stand-in, not null
     * @throws IllegalStateException if the key is blank
     */
    public static DeadlineRule noLongerKnown(String key, String ruleId, RequestKind kind, LocalDate inForceFrom) {
        Builder b = builder(key).cited("A deadline rule this version of the library does not know", ruleId,
                "not known to this version of the library").kind(kind).bases(LegalBasis.values())
                .within(1, DayCount.CALENDAR_DAYS).inForce(inForceFrom, null);
        b.known = false;
        return b.build();
    }

    /**
     * Tells whether this is a rule the library ships, or a stand-in from {@link #noLongerKnown} for a
     * rule a stored request relied on that the running library does not know.
     *
     * @return false for a stand-in
     */
    public boolean isKnown() {
        return known;
    }

    /**
     * Starts a rule.
     *
     * @param key  a short unique key, for example {@code HIPAA_ACCESS}, not blank
     * @return a builder, not null
     */
    public static Builder builder(String key) {
        return new Builder(key);
    }

    /**
     * Tells whether this rule applies to a request: same kind, a legal basis it covers (any basis for
     * an accounting), federal or one of the query's states, and in force on the date of receipt.
     *
     * @param query  the request's facts, not null
     * @return true if the rule applies
     */
    public boolean appliesTo(DeadlineQuery query) {
        Objects.requireNonNull(query, "query");
        return kind == query.kind()
                && (kind == RequestKind.ACCOUNTING_OF_DISCLOSURES || bases.contains(query.basis()))
                && (jurisdiction == null || query.jurisdictions().contains(jurisdiction))
                && (roles.isEmpty() || query.role() != null && roles.contains(query.role()))
                && (purposes.isEmpty() || query.purpose() != null && purposes.contains(query.purpose()))
                && (providerKinds.isEmpty() || providerKinds.contains(query.providerKind()))
                && isInForceOn(query.receivedOn());
    }

    /**
     * Tells whether the rule is in force on a date.
     *
     * @param date  the date, not null
     * @return true if {@code inForceFrom <= date} and, if set, {@code date < inForceUntil}
     */
    public boolean isInForceOn(LocalDate date) {
        return inForce.contains(date);
    }

    /**
     * Returns the original deadline for a request received on a date.
     *
     * @param receivedOn  the date of receipt, not null
     * @param legalCalendar  weekends and holidays, for rules counted in business days, not null
     * @return the last day allowed, not null
     */
    public LocalDate deadlineFor(LocalDate receivedOn, BusinessCalendar legalCalendar) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(legalCalendar, "legalCalendar");
        return dayCount == DayCount.CALENDAR_DAYS
                ? receivedOn.plusDays(days)
                : legalCalendar.plusBusinessDays(receivedOn, days);
    }

    /**
     * Tells whether the rule allows one extension.
     *
     * @return true if {@link #extensionDays()} is positive
     */
    public boolean allowsExtension() {
        return extensionDays > 0;
    }

    /**
     * Returns the unique key of the rule.
     *
     * @return the key, not null
     */
    public String key() {
        return key;
    }

    /**
     * Returns a short title, for example {@code HIPAA right of access}.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Returns the law-book id of the rule, for example {@code R1.8}.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return citation.ruleId();
    }

    /**
     * Returns the citation: the law-book id and the legal text, for example {@code R1.8} and
     * {@code 45 CFR 164.524(b)(2)}, and whether the law book marks the rule UNCONFIRMED.
     *
     * @return the citation, not null
     */
    public Citation citation() {
        return citation;
    }

    /**
     * Returns the state whose law this is, or empty for federal law.
     *
     * @return the state, not null
     */
    public Optional<UsState> jurisdiction() {
        return Optional.ofNullable(jurisdiction);
    }

    /**
     * Returns the kind of request the rule governs.
     *
     * @return the kind, not null
     */
    public RequestKind kind() {
        return kind;
    }

    /**
     * Returns the legal bases of the requests for records the rule governs.
     *
     * @return an unmodifiable set, not null
     */
    public Set<LegalBasis> bases() {
        return bases;
    }

    /**
     * Returns the number of days after receipt.
     *
     * @return the days, positive
     */
    public int days() {
        return days;
    }

    /**
     * Returns how the days are counted.
     *
     * @return the day count, not null
     */
    public DayCount dayCount() {
        return dayCount;
    }

    /**
     * Returns the most calendar days one extension may add, zero if none is allowed.
     *
     * @return the days, zero or more
     */
    public int extensionDays() {
        return extensionDays;
    }

    /**
     * Returns the law-book id of the extension rule, or empty if no extension is allowed.
     *
     * @return the rule id, not null
     */
    public Optional<String> extensionRuleId() {
        return Optional.ofNullable(extensionRuleId);
    }

    /**
     * Returns the first date of receipt the rule applies to.
     *
     * @return the date, not null
     */
    public LocalDate inForceFrom() {
        return inForce.first().orElseThrow();
    }

    /**
     * Returns the first date of receipt the rule no longer applies to, or empty if open-ended.
     *
     * @return the date, not null
     */
    public Optional<LocalDate> inForceUntil() {
        return inForce.end();
    }

    /**
     * Returns the days of receipt the rule applies to.
     *
     * @return the days, not null
     */
    public InForce inForce() {
        return inForce;
    }

    /**
     * Returns the requester roles the rule is for.
     *
     * @return the roles, empty for any; not null
     */
    public Set<RequesterRole> roles() {
        return roles;
    }

    /**
     * Returns the purposes the rule is for, for example Louisiana's Social Security claims.
     *
     * @return the purposes, empty for any; not null
     */
    public Set<PurposeKind> purposes() {
        return purposes;
    }

    /**
     * Returns the kinds of provider the rule binds, for example Idaho's hospitals.
     *
     * @return the kinds, empty for any; not null
     */
    public Set<ProviderKind> providerKinds() {
        return providerKinds;
    }

    /**
     * Returns whether the rule is law or only proposed.
     *
     * @return the status, not null
     */
    public RuleStatus status() {
        return status;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DeadlineRule other
                && key.equals(other.key) && title.equals(other.title)
                && citation.equals(other.citation) && Objects.equals(jurisdiction, other.jurisdiction)
                && kind == other.kind && bases.equals(other.bases) && days == other.days
                && dayCount == other.dayCount && extensionDays == other.extensionDays
                && Objects.equals(extensionRuleId, other.extensionRuleId)
                && roles.equals(other.roles) && purposes.equals(other.purposes)
                && providerKinds.equals(other.providerKinds)
                && inForce.equals(other.inForce) && status == other.status && known == other.known;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, citation, jurisdiction, kind, days, dayCount, extensionDays, inForce);
    }

    @Override
    public String toString() {
        return "DeadlineRule[" + key + ", " + citation.ruleId() + ", " + days + " " + dayCount
                + (status == RuleStatus.PROPOSED ? ", PROPOSED" : "") + "]";
    }

    /**
     * Builds a {@link DeadlineRule}. Not thread-safe.
     */
    public static final class Builder {

        private final String key;
        private String title;
        private Citation citation;
        private UsState jurisdiction;
        private final Set<RequesterRole> roles = EnumSet.noneOf(RequesterRole.class);
        private final Set<PurposeKind> purposes = EnumSet.noneOf(PurposeKind.class);
        private final Set<ProviderKind> providerKinds = EnumSet.noneOf(ProviderKind.class);
        private RequestKind kind = RequestKind.RECORDS;
        private final Set<LegalBasis> bases = EnumSet.noneOf(LegalBasis.class);
        private int days;
        private DayCount dayCount = DayCount.CALENDAR_DAYS;
        private int extensionDays;
        private String extensionRuleId;
        private LocalDate inForceFrom;
        private LocalDate inForceUntil;
        private RuleStatus status = RuleStatus.IN_FORCE;
        private boolean known = true;

        private Builder(String key) {
            this.key = Objects.requireNonNull(key, "key");
        }

        /**
         * Sets the title, the law-book id and the legal citation.
         *
         * @param title  a short title, not null
         * @param ruleId  the law-book id, not null
         * @param citation  the legal citation, not null
         * @return this builder
         */
        public Builder cited(String title, String ruleId, String citation) {
            return cited(title, Citation.law(ruleId, citation));
        }

        /**
         * Sets the title and the citation, which says whether the law book marks the rule UNCONFIRMED.
         *
         * @param title  a short title, not null
         * @param citation  the citation of a rule of law, not null
         * @return this builder
         * @throws IllegalArgumentException if the citation is not of law
         */
        public Builder cited(String title, Citation citation) {
            Objects.requireNonNull(citation, "citation");
            if (!citation.law()) {
                throw new IllegalArgumentException("A deadline rule cites law, not " + citation.ruleId());
            }
            this.title = Objects.requireNonNull(title, "title");
            this.citation = citation;
            return this;
        }

        /**
         * Limits the rule to requesters in some roles; any role if never called.
         *
         * @param roles  the roles, not null
         * @return this builder
         */
        public Builder roles(RequesterRole... roles) {
            for (RequesterRole role : Objects.requireNonNull(roles, "roles")) {
                this.roles.add(Objects.requireNonNull(role, "role"));
            }
            return this;
        }

        /**
         * Limits the rule to requests for some purposes, for example Louisiana's Social Security claims; any
         * purpose if never called.
         *
         * @param purposes  the purposes, not null
         * @return this builder
         */
        public Builder purposes(PurposeKind... purposes) {
            for (PurposeKind purpose : Objects.requireNonNull(purposes, "purposes")) {
                this.purposes.add(Objects.requireNonNull(purpose, "purpose"));
            }
            return this;
        }

        /**
         * Limits the rule to some kinds of provider, for example Idaho's hospitals; any kind if never called.
         *
         * @param kinds  the kinds, not null
         * @return this builder
         */
        public Builder providerKinds(ProviderKind... kinds) {
            for (ProviderKind kind : Objects.requireNonNull(kinds, "kinds")) {
                this.providerKinds.add(Objects.requireNonNull(kind, "kind"));
            }
            return this;
        }

        /**
         * Sets the state whose law this is; federal if never called.
         *
         * @param state  the state, not null
         * @return this builder
         */
        public Builder jurisdiction(UsState state) {
            this.jurisdiction = Objects.requireNonNull(state, "state");
            return this;
        }

        /**
         * Sets the kind of request governed; {@link RequestKind#RECORDS} if never called.
         *
         * @param kind  the kind, not null
         * @return this builder
         */
        public Builder kind(RequestKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Adds legal bases of the requests for records governed.
         *
         * @param bases  the bases, not null
         * @return this builder
         */
        public Builder bases(LegalBasis... bases) {
            for (LegalBasis basis : Objects.requireNonNull(bases, "bases")) {
                this.bases.add(Objects.requireNonNull(basis, "basis"));
            }
            return this;
        }

        /**
         * Sets the number of days after receipt and how they count.
         *
         * @param days  the days, positive
         * @param dayCount  how they count, not null
         * @return this builder
         */
        public Builder within(int days, DayCount dayCount) {
            this.days = days;
            this.dayCount = Objects.requireNonNull(dayCount, "dayCount");
            return this;
        }

        /**
         * Allows one extension of at most the given calendar days.
         *
         * @param days  the most days an extension may add, positive
         * @param ruleId  the law-book id of the extension rule, not null
         * @return this builder
         */
        public Builder extension(int days, String ruleId) {
            this.extensionDays = days;
            this.extensionRuleId = Objects.requireNonNull(ruleId, "ruleId");
            return this;
        }

        /**
         * Sets the dates of receipt the rule applies to.
         *
         * @param from  the first date, not null
         * @param until  the first date no longer governed, or null if open-ended
         * @return this builder
         */
        public Builder inForce(LocalDate from, LocalDate until) {
            this.inForceFrom = Objects.requireNonNull(from, "from");
            this.inForceUntil = until;
            return this;
        }

        /**
         * Sets whether the rule is law or proposed; {@link RuleStatus#IN_FORCE} if never called.
         *
         * @param status  the status, not null
         * @return this builder
         */
        public Builder status(RuleStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Builds the rule.
         *
         * @return the rule, not null
         * @throws IllegalStateException if the citation, in-force dates or days are missing, the days
         *     are not positive, a records rule has no legal basis, or the in-force dates are reversed
         */
        public DeadlineRule build() {
            if (key.isBlank() || title == null || inForceFrom == null) {
                throw new IllegalStateException("Deadline rule '" + key + "' is missing its required"
                        + (key.isBlank() ? " key (builder(key))" : "") + (title == null ? " citation (cited(...))" : "")
                        + (inForceFrom == null ? " in-force dates (inForce(from, until))" : ""));
            }
            if (days <= 0 || extensionDays < 0) {
                throw new IllegalStateException("Deadline rule " + key + " needs positive days, was " + days);
            }
            if (kind == RequestKind.RECORDS && bases.isEmpty()) {
                throw new IllegalStateException("Deadline rule " + key + " for records needs a legal basis");
            }
            if (inForceUntil != null && !inForceUntil.isAfter(inForceFrom)) {
                throw new IllegalStateException("Deadline rule " + key + " ends before it starts");
            }
            if (kind == RequestKind.ACCOUNTING_OF_DISCLOSURES && bases.isEmpty()) {
                bases.add(LegalBasis.INDIVIDUAL_ACCESS);
            }
            return new DeadlineRule(this);
        }
    }
}

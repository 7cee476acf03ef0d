package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One rule of law on fees, as data: the contexts it applies to, how it limits a fee
 * ({@link LimitKind}), its amount where it has one, and its citation (law-book id and source tag).
 * Which days it is in force is a property of its {@link LegalSchedule}.
 *
 * <p>Immutable and thread-safe.
 */
public final class LegalLimit {

    private final Citation citation;
    private final String description;
    private final FeeCondition condition;
    private final LimitKind kind;
    private final Money amount;
    private final ChargeBasis prohibitedBasis;
    private final PageSchedule schedule;
    private final boolean postageOnTop;
    private final CostKind costKind;
    private final ChargeScope scope;
    private final boolean known;
    private final More more;

    /**
     * What newer limits carry: the kinds of charge they prohibit, whether they require the fee to be stated,
     * labour allowed on top by the hour, and a kind of charge allowed on top up to an amount.
     */
    private record More(Set<ChargeKind> prohibitedKinds, boolean feeStated, Money labourPerHour,
            Map<ChargeKind, Money> onTop) {

        static final More NONE = new More(Set.of(), false, null, Map.of());
    }

    private LegalLimit(Citation citation, String description, FeeCondition condition, LimitKind kind, Money amount,
            ChargeBasis prohibitedBasis) {
        this(citation, description, condition, kind, amount, prohibitedBasis, null, false,
                kind == LimitKind.COST_OF_MATERIALS ? CostKind.MATERIALS
                        : kind == LimitKind.COST_BASED || kind == LimitKind.FLAT_FEE_OR_COST_BASIS
                                ? CostKind.ALLOWABLE_COST : null,
                ChargeScope.REQUEST);
    }

    private LegalLimit(Citation citation, String description, FeeCondition condition, LimitKind kind, Money amount,
            ChargeBasis prohibitedBasis, PageSchedule schedule, boolean postageOnTop, CostKind costKind,
            ChargeScope scope) {
        this(citation, description, condition, kind, amount, prohibitedBasis, schedule, postageOnTop, costKind, scope,
                true);
    }

    private LegalLimit(Citation citation, String description, FeeCondition condition, LimitKind kind, Money amount,
            ChargeBasis prohibitedBasis, PageSchedule schedule, boolean postageOnTop, CostKind costKind,
            ChargeScope scope, boolean known) {
        this(citation, description, condition, kind, amount, prohibitedBasis, schedule, postageOnTop, costKind, scope,
                known, More.NONE);
    }

    private LegalLimit(Citation citation, String description, FeeCondition condition, LimitKind kind, Money amount,
            ChargeBasis prohibitedBasis, PageSchedule schedule, boolean postageOnTop, CostKind costKind,
            ChargeScope scope, boolean known, More more) {
        this.more = more;
        this.citation = Objects.requireNonNull(citation, "citation");
        this.description = Objects.requireNonNull(description, "description");
        this.condition = Objects.requireNonNull(condition, "condition");
        this.kind = kind;
        this.amount = amount;
        this.prohibitedBasis = prohibitedBasis;
        this.schedule = schedule;
        this.postageOnTop = postageOnTop;
        this.costKind = costKind;
        this.scope = scope;
        this.known = known;
        if (description.isBlank()) {
            throw new IllegalArgumentException("Legal limit " + citation.ruleId() + " needs a description");
        }
        if (!citation.law()) {
            throw new IllegalArgumentException("Legal limit " + citation.ruleId() + " must cite law");
        }
    }

    /**
     * A rule under which no fee may be charged, such as portal access (R2.2) or a documented Social
     * Security claim (R5.5). Quotes apply it automatically: a matching request is free.
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @return the limit, not null
     */
    public static LegalLimit noFee(Citation citation, String description, FeeCondition condition) {
        return new LegalLimit(citation, description, condition, LimitKind.NO_FEE, Money.ZERO, null);
    }

    /**
     * A maximum per page of records other than images, all costs included, plus first-class postage
     * (R5.2); images are left to other rules.
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @param perPage  the maximum per page such as {@code "0.65"}, not null
     * @return the limit, not null
     */
    public static LegalLimit perPageMaximum(Citation citation, String description, FeeCondition condition,
            String perPage) {
        return pageSchedule(citation, description, condition, PageSchedule.perPage(perPage), true);
    }

    /**
     * A maximum for the pages of records other than images by a {@link PageSchedule} (a base fee, tiers,
     * flat bands), with or without first-class postage on top; images are left to other rules. Every other
     * charge for the records counts against the maximum unless {@link #withDocumentedCostOnTop} allows it.
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @param schedule  the most for a number of pages, not null
     * @param postageOnTop  true if the law allows first-class postage on top of the schedule
     * @return the limit, not null
     */
    public static LegalLimit pageSchedule(Citation citation, String description, FeeCondition condition,
            PageSchedule schedule, boolean postageOnTop) {
        Objects.requireNonNull(schedule, "schedule");
        return new LegalLimit(citation, description, condition, LimitKind.PER_PAGE_MAXIMUM,
                schedule.singleRateOrNull(), null, schedule, postageOnTop, null, ChargeScope.REQUEST);
    }

    /**
     * Returns a copy of a page-schedule limit that also allows, on top of the schedule, the documented cost
     * of a kind behind the list's other charges for the records, such as California's reasonable clerical
     * costs ({@link CostKind#CLERICAL}).
     *
     * @param kind  the kind of cost allowed on top, not null
     * @return the changed limit, not null
     * @throws IllegalStateException if this is not a page-schedule limit
     */
    public LegalLimit withDocumentedCostOnTop(CostKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (this.kind != LimitKind.PER_PAGE_MAXIMUM) {
            throw new IllegalStateException("Limit " + citation.ruleId() + " has no page schedule");
        }
        return new LegalLimit(citation, description, condition, this.kind, amount, null, schedule, postageOnTop, kind,
                scope, known, more);
    }

    /**
     * Returns a copy of a page-schedule limit that also allows clerical labour billed by the hour
     * ({@link ChargeBasis#PER_INCREMENT} rules of kind {@link ChargeKind#CLERICAL}) on top of the schedule, up to
     * an hourly rate for the minutes billed: California Evidence Code 1158's $16 an hour per person.
     *
     * @param perHour  the most per hour such as {@code "16.00"}, not null
     * @return the changed limit, not null
     * @throws IllegalStateException if this is not a page-schedule limit
     */
    public LegalLimit withHourlyLabourOnTop(String perHour) {
        Money rate = Money.parse(perHour);
        if (this.kind != LimitKind.PER_PAGE_MAXIMUM) {
            throw new IllegalStateException("Limit " + citation.ruleId() + " has no page schedule");
        }
        return new LegalLimit(citation, description, condition, kind, amount, null, schedule, postageOnTop, costKind,
                scope, known, new More(more.prohibitedKinds(), more.feeStated(), rate, more.onTop()));
    }

    /**
     * Returns a copy of a page-schedule limit that also allows charges of a kind on top of the schedule, up to
     * an amount per request: for example Texas's certification (an affidavit) at most $15. Several kinds may be
     * allowed on top, each up to its own amount (New Jersey's search fee and certification).
     *
     * @param chargeKind  the kind allowed on top, not null
     * @param maximum  the most per request such as {@code "15.00"}, not null
     * @return the changed limit, not null
     * @throws IllegalStateException if this is not a page-schedule limit
     */
    public LegalLimit withChargeOnTop(ChargeKind chargeKind, String maximum) {
        Objects.requireNonNull(chargeKind, "chargeKind");
        Money max = Money.parse(maximum);
        if (this.kind != LimitKind.PER_PAGE_MAXIMUM) {
            throw new IllegalStateException("Limit " + citation.ruleId() + " has no page schedule");
        }
        Map<ChargeKind, Money> onTop = new EnumMap<>(ChargeKind.class);
        onTop.putAll(more.onTop());
        onTop.put(chargeKind, max);
        return new LegalLimit(citation, description, condition, kind, amount, null, schedule, postageOnTop, costKind,
                scope, known, new More(more.prohibitedKinds(), more.feeStated(), more.labourPerHour(),
                        Collections.unmodifiableMap(onTop)));
    }

    /**
     * A rule under which some kinds of charge are not permitted at all, whatever the amount: search and
     * retrieval and inspection for an individual's access (R2.2). The compliance check reports a charge of such
     * a kind, or a fee of such a kind without an amount, as {@link ComplianceOutcome#METHOD_NOT_PERMITTED}.
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @param first  a kind not permitted, not null
     * @param rest  more kinds, not null
     * @return the limit, not null
     */
    public static LegalLimit chargeProhibited(Citation citation, String description, FeeCondition condition,
            ChargeKind first, ChargeKind... rest) {
        return new LegalLimit(citation, description, condition, LimitKind.METHOD_PROHIBITED, null, null, null, false,
                null, ChargeScope.REQUEST, true, new More(Collections.unmodifiableSet(EnumSet.of(first, rest)), false,
                        null, Map.of()));
    }

    /**
     * A rule that the fee must be told in advance (R2.6): a price rule without an amount ("a reasonable fee")
     * that applies is reported as {@link ComplianceOutcome#FEE_NOT_STATED}.
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @return the limit, not null
     */
    public static LegalLimit feeStatedInAdvance(Citation citation, String description, FeeCondition condition) {
        return new LegalLimit(citation, description, condition, LimitKind.METHOD_PROHIBITED, null, null, null, false,
                null, ChargeScope.REQUEST, true, new More(Set.of(), true, null, Map.of()));
    }

    /**
     * Returns the kinds of charge the rule does not permit.
     *
     * @return an unmodifiable set, empty unless made by {@link #chargeProhibited}; not null
     */
    public Set<ChargeKind> prohibitedKinds() {
        return more.prohibitedKinds();
    }

    /**
     * Tells whether the rule requires every fee to be stated in advance ({@link #feeStatedInAdvance}).
     *
     * @return true if so
     */
    public boolean requiresStatedFee() {
        return more.feeStated();
    }

    /**
     * Returns the most per hour of clerical labour a page schedule allows on top.
     *
     * @return the rate, empty if none
     */
    public Optional<Money> hourlyLabourOnTop() {
        return Optional.ofNullable(more.labourPerHour());
    }

    /**
     * Returns the kinds of charge a page schedule allows on top, each with the most per request.
     *
     * @return an unmodifiable map, empty if none; not null
     */
    public Map<ChargeKind, Money> chargesOnTop() {
        return more.onTop();
    }

    /**
     * A rule under which no fee may be charged for images, for example copying an original mammogram in
     * New York; the rest of the request is left to other rules.
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @return the limit, not null
     */
    public static LegalLimit noFeeForImages(Citation citation, String description, FeeCondition condition) {
        return new LegalLimit(citation, description, condition, LimitKind.NO_FEE, Money.ZERO, null, null, false, null,
                ChargeScope.IMAGES);
    }

    /**
     * Images at no more than a documented cost of a given kind, for example Florida's actual cost of
     * x-rays ({@link CostKind#ACTUAL_COST}); {@link #costOfMaterials} is the same with
     * {@link CostKind#MATERIALS}.
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @param costKind  the kind of cost that must be documented, not null
     * @return the limit, not null
     */
    public static LegalLimit imagesAtDocumentedCost(Citation citation, String description, FeeCondition condition,
            CostKind costKind) {
        return new LegalLimit(citation, description, condition, LimitKind.COST_OF_MATERIALS, null, null, null, false,
                Objects.requireNonNull(costKind, "costKind"), ChargeScope.IMAGES);
    }

    /**
     * Images at no more than the documented cost of materials (R5.4).
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @return the limit, not null
     */
    public static LegalLimit costOfMaterials(Citation citation, String description, FeeCondition condition) {
        return new LegalLimit(citation, description, condition, LimitKind.COST_OF_MATERIALS, null, null);
    }

    /**
     * A flat fee of at most an amount, or more with a documented allowable cost (R2.3, R2.4).
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @param flatFee  the most the flat fee may be, such as {@code "6.50"}, not null
     * @return the limit, not null
     */
    public static LegalLimit flatFeeOrCostBasis(Citation citation, String description, FeeCondition condition,
            String flatFee) {
        return new LegalLimit(citation, description, condition, LimitKind.FLAT_FEE_OR_COST_BASIS,
                Money.parse(flatFee), null);
    }

    /**
     * A reasonable cost-based fee: any charge beyond postage needs a documented allowable cost (R2.1).
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @return the limit, not null
     */
    public static LegalLimit costBased(Citation citation, String description, FeeCondition condition) {
        return new LegalLimit(citation, description, condition, LimitKind.COST_BASED, null, null);
    }

    /**
     * A charging method that is not permitted, whatever the amount (R2.5).
     *
     * @param citation  the rule's citation, not null
     * @param description  the rule in plain words, not blank
     * @param condition  the contexts it applies to, not null
     * @param basis  the prohibited basis, not null
     * @return the limit, not null
     */
    public static LegalLimit methodProhibited(Citation citation, String description, FeeCondition condition,
            ChargeBasis basis) {
        return new LegalLimit(citation, description, condition, LimitKind.METHOD_PROHIBITED, null,
                Objects.requireNonNull(basis, "basis"));
    }

    /**
     * Stands in for a rule that a stored finding relied on and that the running library no longer knows
     * (a schedule version it does not ship, or a rule id it dropped): a storage adapter reads the finding
     * back with its stored facts (outcome, lawful maximum, amount judged) under this stand-in, which
     * {@link #isKnown()} reports as unknown and which no schedule holds.
     *
     * @param ruleId  the rule id the finding named, not blank
     * @param kind  how the rule limited the fee, not null
     * @param scope  which part of a request it concerned, not null
     * @param costKind  the kind of documented cost it asked for, null if none
     * @param prohibitedBasis  the charging method it prohibited, null if none (or if it prohibited kinds of charge,
     *        {@link #chargeProhibited}, or required a stated fee, {@link #feeStatedInAdvance})
     * @return the stand-in, not null
     * @throws IllegalArgumentException if the rule id is blank
     */
    public static LegalLimit noLongerKnown(String ruleId, LimitKind kind, ChargeScope scope, CostKind costKind,
            ChargeBasis prohibitedBasis) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        return new LegalLimit(Citation.law(ruleId, "not known to this version of the library"),
                "a rule this version of the library does not know; the finding is kept as it was stored",
                FeeCondition.any(), kind, null, prohibitedBasis, null, false, costKind, scope, false);
    }

    /**
     * Tells whether this is a rule of the library's law, or a stand-in from {@link #noLongerKnown} for a
     * rule a stored request relied on that the running library does not know.
     *
     * @return false for a stand-in
     */
    public boolean isKnown() {
        return known;
    }

    /**
     * Returns the citation.
     *
     * @return the citation, not null
     */
    public Citation citation() {
        return citation;
    }

    /**
     * Returns the rule's law-book id.
     *
     * @return the id, not null
     */
    public String ruleId() {
        return citation.ruleId();
    }

    /**
     * Returns the rule in plain words.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Returns the contexts the rule applies to.
     *
     * @return the condition, not null
     */
    public FeeCondition condition() {
        return condition;
    }

    /**
     * Returns how the rule limits a fee.
     *
     * @return the kind, not null
     */
    public LimitKind kind() {
        return kind;
    }

    /**
     * Tells whether the rule is marked UNCONFIRMED in the law book: usable, but every finding says so.
     *
     * @return true if unconfirmed
     */
    public boolean isUnconfirmed() {
        return citation.unconfirmed();
    }

    /**
     * Returns the page schedule of a {@link LimitKind#PER_PAGE_MAXIMUM} rule.
     *
     * @return the schedule, empty for other kinds
     */
    public Optional<PageSchedule> pageSchedule() {
        return Optional.ofNullable(schedule);
    }

    /**
     * Tells whether a page-schedule rule allows first-class postage on top of its schedule.
     *
     * @return true if postage is allowed on top
     */
    public boolean allowsPostageOnTop() {
        return postageOnTop;
    }

    /**
     * Returns the kind of documented cost the rule accepts: the cost behind a cost-based fee or image
     * fee, or the cost allowed on top of a page schedule.
     *
     * @return the kind, empty where the rule accepts none
     */
    public Optional<CostKind> costKind() {
        return Optional.ofNullable(costKind);
    }

    /**
     * Returns the part of a request a no-fee rule makes free: the whole request, or its images.
     *
     * @return the scope, {@link ChargeScope#REQUEST} for other kinds; not null
     */
    public ChargeScope scope() {
        return scope;
    }

    PageSchedule scheduleOrNull() {
        return schedule;
    }

    CostKind costKindOrNull() {
        return costKind;
    }

    boolean freesWholeRequest() {
        return kind == LimitKind.NO_FEE && scope == ChargeScope.REQUEST;
    }

    /**
     * Returns the rule's amount: zero for no fee, the per-page maximum of a single-rate schedule, or the
     * flat fee.
     *
     * @return the amount, empty for kinds without one
     */
    public Optional<Money> amount() {
        return Optional.ofNullable(amount);
    }

    /**
     * Returns the charging method the rule prohibits.
     *
     * @return the basis, present only for {@link LimitKind#METHOD_PROHIBITED}
     */
    public Optional<ChargeBasis> prohibitedBasis() {
        return Optional.ofNullable(prohibitedBasis);
    }

    Money amountOrNull() {
        return amount;
    }

    ChargeBasis prohibitedBasisOrNull() {
        return prohibitedBasis;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LegalLimit o && citation.equals(o.citation) && description.equals(o.description)
                && condition.equals(o.condition) && kind == o.kind && Objects.equals(amount, o.amount)
                && prohibitedBasis == o.prohibitedBasis && Objects.equals(schedule, o.schedule)
                && postageOnTop == o.postageOnTop && costKind == o.costKind && scope == o.scope && known == o.known
                && more.equals(o.more);
    }

    @Override
    public int hashCode() {
        return Objects.hash(citation, description, condition, kind, amount, prohibitedBasis, schedule, postageOnTop,
                costKind, scope, more);
    }

    @Override
    public String toString() {
        return "LegalLimit[" + citation.ruleId() + (known ? "" : " (no longer known)") + ", " + kind + (scope == ChargeScope.REQUEST ? "" : " " + scope)
                + (schedule == null ? amount == null ? "" : " " + amount : " " + schedule)
                + (costKind == null ? "" : " " + costKind)
                + (prohibitedBasis == null ? "" : " " + prohibitedBasis)
                + (more.equals(More.NONE) ? "" : " " + more) + ", " + condition + "]";
    }
}

package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Audits a whole price list against HIPAA and one state's law on one day: quotes the list in every
 * request context that can make a difference and reports, one finding per distinct problem, where it is
 * not compliant, with the lawful maximum, the citation and the smallest example a practice recognises.
 *
 * <p>The contexts explored: every requester role with every legal basis it may rely on (and, for a third
 * party's authorization, an attorney's request before suit or not); every delivery a requester can use
 * (a portal download only for the patient or a personal representative asking for their own records);
 * records kept on paper, electronically or on microfilm; every purpose a rule names plus one it does not,
 * with and without claim documentation; every record type a rule names plus one ordinary record and one
 * image type, alone and as records-with-images; one and three media; no postage and $5.00 postage when
 * mailed. Requests for records are probed from 1 page, at the page counts where an outcome can change:
 * around every tier start and cap crossing of the list (11 pages for $0.65 a page capped at $6.50) and
 * every band of the law's page schedules, and once far out. Between two such page counts every fee and
 * every maximum is linear in the pages, so where a breach appears between two probes the audit searches
 * for the first page count that shows it and reports that as the example.
 *
 * <p>A breach is attributed to the price rules whose removal alone clears it, or, if none does, to every
 * rule that charged; a rule only ever blamed together with others is not reported for a legal rule for
 * which another rule is blamed alone. Variants of one legal rule that differ only in how records are kept
 * or the copy's format (paper, electronic, microfilm) make one finding, naming the others as variants.
 *
 * <p>Besides breaches, the audit reports a published list that charges where the law makes a request
 * free ({@link ComplianceOutcome#LIST_OMITS_EXEMPTION}): the calculator applies the exemption itself, so
 * invoices stay lawful, but the list misinforms patients. Immutable and thread-safe.
 */
public final class PriceListAudit {

    /** The postage explored for mailed copies besides none. */
    static final Money POSTAGE = Money.parse("5.00");

    private static final PriceListAudit STANDARD = new PriceListAudit(LegalLimits.builtIn());
    private static final int[] MEDIA = {1, 3};

    private static final FeeCalculator PUBLISHED = FeeCalculator.of(LegalLimits.of(List.of()));

    private final LegalLimits limits;
    private final FeeCalculator calculator;

    private PriceListAudit(LegalLimits limits) {
        this.limits = limits;
        this.calculator = FeeCalculator.of(limits);
    }

    /**
     * Returns the audit against the built-in legal limits.
     *
     * @return the audit, not null
     */
    public static PriceListAudit standard() {
        return STANDARD;
    }

    /**
     * Returns an audit against given legal limits.
     *
     * @param limits  the limits, not null
     * @return the audit, not null
     */
    public static PriceListAudit of(LegalLimits limits) {
        return new PriceListAudit(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Audits a price list with the built-in legal limits: a shortcut for {@code standard().audit(...)}.
     *
     * @param prices  the price list, not null
     * @param jurisdiction  the state whose law applies besides HIPAA, not null
     * @param date  the day whose rules apply, as if every request were received then; not null
     * @return the report, not null
     */
    public static AuditReport auditStandard(PriceList prices, UsState jurisdiction, LocalDate date) {
        return STANDARD.audit(prices, jurisdiction, date);
    }

    /**
     * Audits a price list.
     *
     * @param prices  the price list, not null
     * @param jurisdiction  the state whose law applies besides HIPAA, not null
     * @param date  the day whose rules apply, as if every request were received then; not null
     * @return the report, not null
     */
    public AuditReport audit(PriceList prices, UsState jurisdiction, LocalDate date) {
        return audit(prices, jurisdiction, date, ProviderKind.PHYSICIAN);
    }

    /**
     * Audits a price list of a provider of a kind, for a state whose schedules for hospitals and for physicians
     * differ.
     *
     * @param prices  the price list, not null
     * @param jurisdiction  the state whose law applies besides HIPAA, not null
     * @param date  the day whose rules apply, as if every request were received then; not null
     * @param providerKind  the kind of provider the practice is, not null
     * @return the report, not null
     */
    public AuditReport audit(PriceList prices, UsState jurisdiction, LocalDate date, ProviderKind providerKind) {
        Objects.requireNonNull(providerKind, "providerKind");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(date, "date");
        List<LegalLimit> inForce = new ArrayList<>();
        for (LegalSchedule schedule : limits.schedules()) {
            if (schedule.isInForceOn(date)
                    && (schedule.jurisdiction().isEmpty() || schedule.jurisdiction().get() == jurisdiction)) {
                inForce.addAll(schedule.limits());
            }
        }
        List<FeeCondition> conditions = new ArrayList<>();
        for (PriceRule rule : prices.rules()) {
            conditions.add(rule.condition());
        }
        for (LegalLimit limit : inForce) {
            conditions.add(limit.condition());
        }
        Exploration run = new Exploration(prices, calculator, families(limits, date, jurisdiction));
        int[] pages = pageCounts(prices, inForce);
        List<PurposeKind> purposes = purposes(conditions);
        List<Set<RecordType>> typeSets = recordTypeSets(conditions);
        for (RequesterRole role : RequesterRole.values()) {
            for (LegalBasis basis : LegalBasis.values()) {
                if (!role.permits(basis)) {
                    continue;
                }
                boolean attorneyMayBe = role == RequesterRole.THIRD_PARTY && basis == LegalBasis.AUTHORIZATION;
                for (int suit = 0; suit < (attorneyMayBe ? 2 : 1); suit++) {
                    for (DeliveryMethod delivery : DeliveryMethod.values()) {
                        if (!recognisable(role, basis, delivery)) {
                            continue;
                        }
                        for (RecordKeeping keeping : RecordKeeping.values()) {
                            for (PurposeKind purpose : purposes) {
                                for (int documented = 0; documented < (purpose.isBenefitClaim() ? 2 : 1);
                                        documented++) {
                                    boolean claim = documented == 1;
                                    boolean beforeSuit = suit == 1;
                                    for (Consumer<FeeContext.Builder> extra : extras(prices, role)) {
                                        exploreTypes(run, () -> {
                                            FeeContext.Builder b = FeeContext.builder(basis, role, delivery, date)
                                                    .recordKeeping(keeping).purpose(purpose).claimDocumented(claim)
                                                    .attorneyBeforeSuit(beforeSuit).jurisdiction(jurisdiction)
                                                    .providerKind(providerKind);
                                            extra.accept(b);
                                            return b;
                                        }, delivery, typeSets, pages);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return AuditReport.of(prices.name(), jurisdiction, date, run.findings(), run.explored);
    }

    /**
     * What a list's rules can tell apart besides the main dimensions, each alone: the kinds of third party it
     * names (an attorney, an insurer, workers' compensation), each service it charges for when asked
     * (certification, expedited shipping, ...), and clerical minutes of one increment and of an hour for each
     * hourly rate; plus the plain request.
     */
    static List<Consumer<FeeContext.Builder>> extras(PriceList prices, RequesterRole role) {
        Set<RequesterKind> kinds = EnumSet.noneOf(RequesterKind.class);
        Set<ChargeKind> services = EnumSet.noneOf(ChargeKind.class);
        Set<Integer> minutes = new TreeSet<>();
        for (PriceRule rule : prices.rules()) {
            kinds.addAll(rule.condition().requesterKinds());
            if (rule.kind().isOnRequest()) {
                services.add(rule.kind());
            }
            if (rule.incrementMinutes() > 0) {
                minutes.add(rule.incrementMinutes());
                minutes.add(60);
            }
        }
        List<Consumer<FeeContext.Builder>> result = new ArrayList<>();
        result.add(b -> { });
        if (role == RequesterRole.THIRD_PARTY) {
            if (kinds.contains(RequesterKind.ATTORNEY)) {
                result.add(b -> b.thirdPartyKind(ThirdPartyKind.ATTORNEY));
            }
            if (kinds.contains(RequesterKind.INSURER)) {
                result.add(b -> b.thirdPartyKind(ThirdPartyKind.INSURER));
            }
            if (kinds.contains(RequesterKind.WORKERS_COMPENSATION)) {
                result.add(b -> b.workersCompensation(true));
            }
        }
        for (ChargeKind service : services) {
            result.add(b -> b.asks(service));
        }
        for (int m : minutes) {
            result.add(b -> b.clericalMinutes(m));
        }
        return result;
    }

    /**
     * Tells whether a requester could use a delivery: a portal download only for the patient or a
     * personal representative asking for their own records.
     */
    static boolean recognisable(RequesterRole role, LegalBasis basis, DeliveryMethod delivery) {
        return delivery != DeliveryMethod.PORTAL_DOWNLOAD || (basis == LegalBasis.INDIVIDUAL_ACCESS
                && (role == RequesterRole.PATIENT || role == RequesterRole.PERSONAL_REPRESENTATIVE));
    }

    private static void exploreTypes(Exploration run, Supplier<FeeContext.Builder> base, DeliveryMethod delivery,
            List<Set<RecordType>> typeSets, int[] pages) {
        Money[] postages = delivery.isMailed() ? new Money[] {Money.ZERO, POSTAGE} : new Money[] {Money.ZERO};
        for (Set<RecordType> types : typeSets) {
            boolean records = false;
            boolean images = false;
            for (RecordType type : types) {
                records |= !type.isImaging();
                images |= type.isImaging();
            }
            FeeContext.Builder typed = base.get();
            types.forEach(typed::recordType);
            FeeContext template = typed.build();
            int[] pageCounts = records ? pages : new int[] {0};
            int[] mediaCounts = images ? MEDIA : new int[] {0};
            for (Money postage : postages) {
                for (int media : mediaCounts) {
                    FeeContext.Builder at = template.toBuilder().media(media).postage(postage);
                    Set<Key> previous = Set.of();
                    int previousCount = -1;
                    for (int count : pageCounts) {
                        FeeContext context = at.pages(count).build();
                        Set<Key> now = run.explore(context);
                        if (previousCount >= 0 && count - previousCount > 1) {
                            for (Key key : now) {
                                if (!previous.contains(key)) {
                                    firstShowing(run, at, key, previousCount + 1, count);
                                }
                            }
                        }
                        previous = now;
                        previousCount = count;
                    }
                }
            }
        }
    }

    /**
     * Explores the first page count in {@code [low, high]} that shows a finding which {@code high} shows and
     * {@code low - 1} does not; the outcome is monotone there because fees and maxima are linear between
     * probes.
     */
    private static void firstShowing(Exploration run, FeeContext.Builder at, Key key, int low, int high) {
        int lo = low;
        int hi = high;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (run.outcomes(at.pages(mid).build()).contains(key)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (hi < high) {
            run.explore(at.pages(hi).build());
        }
    }

    /** Groups the limits in force into families: variants that differ only in record keeping or copy format. */
    private static Map<LegalLimit, String> families(LegalLimits limits, LocalDate date, UsState jurisdiction) {
        Map<LegalLimit, String> families = new IdentityHashMap<>();
        for (LegalSchedule schedule : limits.schedules()) {
            if (schedule.isInForceOn(date)
                    && (schedule.jurisdiction().isEmpty() || schedule.jurisdiction().get() == jurisdiction)) {
                for (LegalLimit limit : schedule.limits()) {
                    FeeCondition c = limit.condition();
                    families.put(limit, schedule.name() + '|' + limit.scope() + '|' + c.legalBases() + c.roles()
                            + c.deliveryMethods() + c.purposes() + c.recordTypes() + c.requiresDocumentedClaim()
                            + c.attorneyBeforeSuit());
                }
            }
        }
        return families;
    }

    /**
     * Page counts of a request for records: 1, 2, around every tier start, cap crossing and legal band
     * start, and the most (a far probe, never reported unless a breach first shows there).
     */
    static int[] pageCounts(PriceList prices, List<LegalLimit> inForce) {
        TreeSet<Integer> counts = new TreeSet<>(List.of(1, 2, FeeContext.MAX_PAGES));
        for (PriceRule rule : prices.rules()) {
            if (rule.basis() != ChargeBasis.PER_PAGE) {
                continue;
            }
            for (Tier tier : rule.tiers()) {
                around(counts, tier.fromUnit());
            }
            rule.cap().ifPresent(cap -> around(counts, firstPageAbove(rule.tiers(), cap)));
            rule.atLeast().ifPresent(least -> around(counts, firstPageAbove(rule.tiers(), least)));
        }
        for (PriceRule rule : prices.rules()) {
            for (SizeBand band : rule.bands()) {
                around(counts, band.firstPage());
                around(counts, band.lastPage() + 1L);
            }
        }
        for (LegalLimit limit : inForce) {
            PageSchedule schedule = limit.scheduleOrNull();
            if (schedule != null) {
                for (int start : schedule.bandStarts()) {
                    around(counts, start);
                }
            }
        }
        return counts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void around(Set<Integer> counts, long page) {
        for (long p = page - 1; p <= page + 1; p++) {
            if (p >= 1 && p <= FeeContext.MAX_PAGES) {
                counts.add((int) p);
            }
        }
    }

    /** The first page count whose tiered charge exceeds a cap, or MAX_PAGES if none does. */
    private static long firstPageAbove(List<Tier> tiers, Money cap) {
        Money sum = Money.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            long end = i + 1 < tiers.size() ? tiers.get(i + 1).fromUnit() - 1L : FeeContext.MAX_PAGES;
            if (tier.unitPrice().isZero()) {
                continue;
            }
            long room = cap.minus(sum).toCents() / tier.unitPrice().toCents();
            long crossing = tier.fromUnit() + room;
            if (crossing <= end) {
                return crossing;
            }
            sum = sum.plus(tier.unitPrice().times(end - tier.fromUnit() + 1));
        }
        return FeeContext.MAX_PAGES;
    }

    private static List<PurposeKind> purposes(List<FeeCondition> conditions) {
        Set<PurposeKind> named = EnumSet.noneOf(PurposeKind.class);
        for (FeeCondition condition : conditions) {
            named.addAll(condition.purposes());
        }
        List<PurposeKind> result = new ArrayList<>();
        for (PurposeKind purpose : PurposeKind.values()) {
            if (!named.contains(purpose)) {
                result.add(purpose);
                break;
            }
        }
        result.addAll(named);
        return result;
    }

    private static List<Set<RecordType>> recordTypeSets(List<FeeCondition> conditions) {
        Set<RecordType> named = new LinkedHashSet<>();
        for (FeeCondition condition : conditions) {
            named.addAll(condition.recordTypes());
        }
        List<RecordType> records = new ArrayList<>();
        List<RecordType> images = new ArrayList<>();
        for (RecordType type : RecordType.wellKnownTypes()) {
            if (!named.contains(type)) {
                List<RecordType> kind = type.isImaging() ? images : records;
                if (kind.isEmpty()) {
                    kind.add(type);
                }
            }
        }
        for (RecordType type : named) {
            (type.isImaging() ? images : records).add(type);
        }
        List<Set<RecordType>> sets = new ArrayList<>();
        for (RecordType type : records) {
            sets.add(Set.of(type));
        }
        for (RecordType type : images) {
            sets.add(Set.of(type));
        }
        for (RecordType record : records) {
            for (RecordType image : images) {
                Set<RecordType> pair = new LinkedHashSet<>();
                pair.add(record);
                pair.add(image);
                sets.add(pair);
            }
        }
        return sets;
    }

    @Override
    public String toString() {
        return "PriceListAudit[" + limits.schedules().size() + " schedules]";
    }

    /** A non-compliant outcome under one legal limit, the limit compared by identity. */
    private static final class Key {

        private final LegalLimit limit;
        private final ComplianceOutcome outcome;

        Key(LegalLimit limit, ComplianceOutcome outcome) {
            this.limit = limit;
            this.outcome = outcome;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Key o && limit == o.limit && outcome == o.outcome;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(limit) * 31 + outcome.hashCode();
        }
    }

    /** The mutable state of one audit run. Not thread-safe; lives inside one call. */
    private static final class Exploration {

        private final PriceList prices;
        private final FeeCalculator calculator;
        private final Map<LegalLimit, String> families;
        private final Map<String, PriceList> without = new HashMap<>();
        private final Map<String, Group> groups = new LinkedHashMap<>();
        private int explored;

        Exploration(PriceList prices, FeeCalculator calculator, Map<LegalLimit, String> families) {
            this.prices = prices;
            this.calculator = calculator;
            this.families = families;
        }

        /** The non-compliant outcomes of a context, without recording them. */
        Set<Key> outcomes(FeeContext context) {
            Quote quote = calculator.quote(prices, context);
            if (quote.compliance().isCompliant()) {
                return Set.of();
            }
            Set<Key> keys = new HashSet<>();
            for (ComplianceFinding finding : quote.compliance().findings()) {
                if (finding.outcome() != ComplianceOutcome.COMPLIANT) {
                    keys.add(new Key(finding.limit(), finding.outcome()));
                }
            }
            return keys;
        }

        /** Quotes a context, records what it shows and returns its non-compliant outcomes. */
        Set<Key> explore(FeeContext context) {
            explored++;
            Quote quote = calculator.quote(prices, context);
            omittedExemption(quote);
            if (quote.compliance().isCompliant()) {
                return Set.of();
            }
            Set<Key> keys = new HashSet<>();
            for (ComplianceFinding finding : quote.compliance().findings()) {
                if (finding.outcome() == ComplianceOutcome.COMPLIANT) {
                    continue;
                }
                keys.add(new Key(finding.limit(), finding.outcome()));
                Set<String> responsible = responsible(quote, finding);
                // Each rule without its cost basis is a problem of its own.
                boolean solo = responsible.size() == 1 || finding.outcome() == ComplianceOutcome.NEEDS_COST_BASIS;
                for (String ruleId : responsible) {
                    groups.computeIfAbsent(ruleId + '\u0000' + finding.limit().ruleId() + '\u0000'
                            + finding.outcome(), k -> new Group(ruleId)).add(finding, context, solo);
                }
            }
            return keys;
        }

        /**
         * Where a legal rule makes the whole request free, quotes the published list alone: if it charges, the
         * list omits the exemption (one finding per legal rule, naming the rules that charge).
         */
        private void omittedExemption(Quote quote) {
            List<FeeLine> lines = quote.lines();
            if (lines.size() != 1 || lines.get(0).kind() != LineKind.EXEMPTION) {
                return;
            }
            LegalLimit exemption = null;
            for (LegalLimit limit : calculator.legalLimits().applicableTo(quote.context())) {
                if (limit.freesWholeRequest()) {
                    exemption = limit;
                    break;
                }
            }
            if (exemption == null || exemption.condition().purposes().isEmpty()) {
                // Portal access (R2.2) is not a case a list of copy prices must name; a benefit claim is.
                return;
            }
            Quote published = PUBLISHED.quote(prices, quote.context());
            if (published.total().isZero()) {
                return;
            }
            Set<String> charged = new LinkedHashSet<>();
            for (FeeLine line : published.lines()) {
                if (line.kind() == LineKind.CHARGE && !line.amount().isZero()) {
                    charged.add(line.ruleId());
                }
            }
            Group group = groups.computeIfAbsent("\u0000omits\u0000" + exemption.ruleId(),
                    k -> new Group(String.join(", ", charged)));
            group.charging.addAll(charged);
            group.add(ComplianceFinding.of(ComplianceOutcome.LIST_OMITS_EXEMPTION, exemption, Money.ZERO,
                    published.total()), quote.context(), true);
        }

        /**
         * The rules responsible for a finding: for a missing cost basis, each charging rule the limit judges
         * that has none; for an unconfirmed limit, the postage; otherwise the rules whose removal alone clears
         * the finding (the ones that charge least if several do), or every rule that charged if none does.
         */
        private Set<String> responsible(Quote quote, ComplianceFinding finding) {
            Set<String> charged = new LinkedHashSet<>();
            Set<String> postage = new LinkedHashSet<>();
            Set<String> undocumented = new LinkedHashSet<>();
            LegalLimit limit = finding.limit();
            if (limit.requiresStatedFee() || !limit.prohibitedKinds().isEmpty()) {
                Set<String> kinds = byKind(quote, limit);
                if (!kinds.isEmpty()) {
                    return kinds;
                }
            }
            CostKind kind = limit.costKindOrNull() == null ? CostKind.ALLOWABLE_COST : limit.costKindOrNull();
            for (FeeLine line : quote.lines()) {
                if (line.kind() == LineKind.CHARGE && !line.amount().isZero()) {
                    charged.add(line.ruleId());
                    if (line.basis() == ChargeBasis.POSTAGE || ComplianceCheck.isTax(line, prices)) {
                        postage.add(line.ruleId());
                    } else if (judgedForCost(limit, line) && prices.findCostBasis(line.ruleId(), kind) == null) {
                        undocumented.add(line.ruleId());
                    }
                }
            }
            if (finding.outcome() == ComplianceOutcome.UNCONFIRMED_LIMIT && !postage.isEmpty()) {
                return postage;
            }
            if (charged.size() <= 1) {
                return charged;
            }
            Set<String> clearing = new LinkedHashSet<>();
            for (String ruleId : charged) {
                Quote reduced = calculator.quote(without(ruleId), quote.context());
                if (!stillBreaks(reduced.compliance(), finding)) {
                    clearing.add(ruleId);
                }
            }
            if (finding.outcome() == ComplianceOutcome.NEEDS_COST_BASIS) {
                // Postage is an allowable actual cost (R2.1), never the charge that needs a cost basis.
                clearing.removeAll(postage);
            }
            if (clearing.isEmpty() && finding.outcome() == ComplianceOutcome.NEEDS_COST_BASIS
                    && !undocumented.isEmpty()) {
                return undocumented;
            }
            if (clearing.isEmpty()) {
                // Postage is part of the total but not the rule to change, unless it is all that charged.
                Set<String> priced = new LinkedHashSet<>(charged);
                priced.removeAll(postage);
                return priced.isEmpty() ? charged : priced;
            }
            if (clearing.size() == 1) {
                return clearing;
            }
            // A flat or per-request add-on that clears alone is the usual culprit beside a page rate.
            Set<String> perPage = new LinkedHashSet<>();
            for (FeeLine line : quote.lines()) {
                if (line.basis() == ChargeBasis.PER_PAGE) {
                    perPage.add(line.ruleId());
                }
            }
            if (!perPage.containsAll(clearing)) {
                clearing.removeAll(perPage);
            }
            return clearing.size() == 1 ? clearing : smallestCharges(quote, clearing);
        }

        /**
         * The rules a limit on kinds of charge blames: those of a prohibited kind that charge or name a fee without
         * an amount, or, for a fee that must be stated, those without an amount, that apply to the quote.
         */
        private Set<String> byKind(Quote quote, LegalLimit limit) {
            Set<String> charging = new LinkedHashSet<>();
            for (FeeLine line : quote.lines()) {
                if (line.kind() == LineKind.CHARGE && !line.amount().isZero()) {
                    charging.add(line.ruleId());
                }
            }
            Set<String> result = new LinkedHashSet<>();
            for (PriceRule rule : prices.charges()) {
                boolean blamed = limit.requiresStatedFee() ? rule.isUnstatedFee()
                        : limit.prohibitedKinds().contains(rule.kind())
                                && (rule.isUnstatedFee() || charging.contains(rule.id()));
                if (blamed && rule.appliesTo(quote.context())) {
                    result.add(rule.id());
                }
            }
            return result;
        }

        /** Tells whether a limit that needs a cost basis judges a charge line's cost. */
        private static boolean judgedForCost(LegalLimit limit, FeeLine line) {
            if (limit.kind() == LimitKind.COST_OF_MATERIALS) {
                return line.scope() == ChargeScope.IMAGES;
            }
            if (limit.kind() == LimitKind.PER_PAGE_MAXIMUM) {
                return line.basis() != ChargeBasis.PER_PAGE && line.scope() != ChargeScope.IMAGES;
            }
            return true;
        }

        /** Of several rules that each clear a breach alone, the ones that charge least: the smallest change. */
        private static Set<String> smallestCharges(Quote quote, Set<String> ruleIds) {
            Map<String, Money> charges = new LinkedHashMap<>();
            for (FeeLine line : quote.lines()) {
                if (ruleIds.contains(line.ruleId())) {
                    charges.merge(line.ruleId(), line.amount(), Itemisation::add);
                }
            }
            Money least = null;
            for (Money amount : charges.values()) {
                least = least == null || amount.isLessThan(least) ? amount : least;
            }
            Set<String> result = new LinkedHashSet<>();
            for (Map.Entry<String, Money> e : charges.entrySet()) {
                if (e.getValue().equals(least)) {
                    result.add(e.getKey());
                }
            }
            return result;
        }

        private static boolean stillBreaks(Compliance compliance, ComplianceFinding original) {
            for (ComplianceFinding finding : compliance.findings()) {
                if (finding.limit() == original.limit()) {
                    return finding.outcome().ordinal() >= original.outcome().ordinal();
                }
            }
            return false;
        }

        private PriceList without(String ruleId) {
            return without.computeIfAbsent(ruleId, id -> {
                PriceList.Builder b = PriceList.builder(prices.name()).typicalVolumes(prices.typicalVolumes());
                for (PriceRule rule : prices.rules()) {
                    if (rule.id().equals(id)) {
                        continue;
                    }
                    if (rule.taxedRuleIds().contains(id)) {
                        // The tax on the removed rule goes with it.
                        List<String> taxed = new ArrayList<>(rule.taxedRuleIds());
                        taxed.remove(id);
                        if (!taxed.isEmpty()) {
                            b.rule(PriceRule.salesTax(rule.id(), rule.description(),
                                    rule.taxPercent().orElseThrow().toPlainString(), taxed.toArray(new String[0]))
                                    .withCondition(rule.condition()));
                        }
                        continue;
                    }
                    b.rule(rule);
                }
                for (CostBasis basis : prices.costBases()) {
                    if (!basis.priceRuleId().equals(id)) {
                        b.costBasis(basis);
                    }
                }
                return b.build();
            });
        }

        /**
         * The findings, one per distinct problem. A pair whose price rule was only ever blamed together with
         * another is left out when another rule alone is blamed for the same legal rule somewhere (the other
         * rule is the one to fix). Pairs of one price rule, one outcome and one family of legal rules (variants
         * that differ only in record keeping or copy format) make one finding: the one with the smallest
         * example, confirmed rules first, naming the others as variants.
         */
        List<AuditFinding> findings() {
            Set<String> blamedAlone = new LinkedHashSet<>();
            for (Group group : groups.values()) {
                if (group.solo) {
                    blamedAlone.add(group.worst.limit().ruleId() + '\u0000' + group.worst.outcome());
                }
            }
            Map<String, List<Group>> problems = new LinkedHashMap<>();
            for (Group group : groups.values()) {
                String pair = group.worst.limit().ruleId() + '\u0000' + group.worst.outcome();
                if (group.solo || !blamedAlone.contains(pair)) {
                    String family = families.getOrDefault(group.worst.limit(), group.worst.limit().ruleId());
                    problems.computeIfAbsent(group.priceRuleId + '\u0000' + group.worst.outcome() + '\u0000'
                            + family, k -> new ArrayList<>()).add(group);
                }
            }
            List<AuditFinding> result = new ArrayList<>(problems.size());
            for (List<Group> variants : problems.values()) {
                Group best = variants.get(0);
                int contexts = 0;
                for (Group group : variants) {
                    contexts += group.count;
                    if (better(group, best)) {
                        best = group;
                    }
                }
                Set<String> others = new TreeSet<>();
                for (Group group : variants) {
                    if (!group.worst.limit().ruleId().equals(best.worst.limit().ruleId())) {
                        others.add(group.worst.limit().ruleId());
                    }
                }
                result.add(best.toFinding(contexts, List.copyOf(others)));
            }
            return result;
        }

        private static boolean better(Group a, Group b) {
            boolean aConfirmed = !a.worst.limit().isUnconfirmed();
            boolean bConfirmed = !b.worst.limit().isUnconfirmed();
            if (aConfirmed != bConfirmed) {
                return aConfirmed;
            }
            boolean aAmount = a.worst.lawfulMaximum().isPresent();
            if (aAmount != b.worst.lawfulMaximum().isPresent()) {
                return aAmount;
            }
            return Group.smaller(a.example, b.example);
        }
    }

    /** The worst finding and smallest example of one (price rule, legal rule) pair. */
    private static final class Group {

        private final String priceRuleId;
        private final Set<String> charging = new LinkedHashSet<>();
        private ComplianceFinding worst;
        private FeeContext example;
        private int count;
        private boolean solo;

        Group(String priceRuleId) {
            this.priceRuleId = priceRuleId;
        }

        void add(ComplianceFinding finding, FeeContext context, boolean alone) {
            count++;
            solo |= alone;
            if (worst == null || finding.outcome().ordinal() > worst.outcome().ordinal()
                    || (finding.outcome() == worst.outcome() && smaller(context, example))) {
                worst = finding;
                example = context;
            }
        }

        static boolean smaller(FeeContext a, FeeContext b) {
            if (a.pages() != b.pages()) {
                return a.pages() < b.pages();
            }
            if (a.media() != b.media()) {
                return a.media() < b.media();
            }
            if (!a.postage().equals(b.postage())) {
                return a.postage().isLessThan(b.postage());
            }
            if (a.clericalMinutes() != b.clericalMinutes()) {
                return a.clericalMinutes() < b.clericalMinutes();
            }
            if (a.asked().size() != b.asked().size()) {
                return a.asked().size() < b.asked().size();
            }
            return a.recordTypes().size() < b.recordTypes().size();
        }

        AuditFinding toFinding(int contexts, List<String> variants) {
            return AuditFinding.of(charging.isEmpty() ? priceRuleId : String.join(", ", charging), worst.limit(), worst.outcome(), worst.lawfulMaximum().orElse(null),
                    worst.judged(), example, contexts).withVariants(variants);
        }
    }
}

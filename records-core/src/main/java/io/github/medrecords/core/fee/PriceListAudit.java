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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Audits a whole price list against HIPAA and one state's law on one day: quotes the list in every
 * request context that can make a difference and reports, grouped by (price rule, legal rule), where it
 * is not compliant, with the lawful maximum, the citation and the smallest example context.
 *
 * <p>The contexts explored: every requester role with every legal basis it may rely on (and, for a third
 * party's authorization, an attorney's request before suit or not); every delivery; records kept on
 * paper, electronically or on microfilm; every purpose a rule names plus one it does not, with and
 * without claim documentation; every record type a rule names plus one ordinary record and one image
 * type, alone and as records-with-images; one and three media; no postage and $5.00 postage when
 * mailed; and page counts at 0, 1, 2, around every tier start and cap of the list, around every band of
 * the law's page schedules, and at {@link FeeContext#MAX_PAGES}. Between two such page counts every fee
 * and every maximum is linear in the pages, so a breach anywhere shows at one of them.
 *
 * <p>A breach is attributed to the price rules whose removal alone clears it, or, if none does, to every
 * rule that charged; a rule only ever blamed together with others is not reported for a legal rule for
 * which another rule is blamed alone. Immutable and thread-safe.
 */
public final class PriceListAudit {

    /** The postage explored for mailed copies besides none. */
    static final Money POSTAGE = Money.parse("5.00");

    private static final PriceListAudit STANDARD = new PriceListAudit(LegalLimits.builtIn());
    private static final int[] MEDIA = {1, 3};

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
        Exploration run = new Exploration(prices, calculator);
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
                        for (RecordKeeping keeping : RecordKeeping.values()) {
                            for (PurposeKind purpose : purposes) {
                                for (int documented = 0; documented < (purpose.isBenefitClaim() ? 2 : 1);
                                        documented++) {
                                    boolean claim = documented == 1;
                                    boolean beforeSuit = suit == 1;
                                    exploreTypes(run, () -> FeeContext.builder(basis, role, delivery, date)
                                            .recordKeeping(keeping).purpose(purpose).claimDocumented(claim)
                                            .attorneyBeforeSuit(beforeSuit).jurisdiction(jurisdiction),
                                            delivery, typeSets, pages);
                                }
                            }
                        }
                    }
                }
            }
        }
        return AuditReport.of(prices.name(), jurisdiction, date, run.findings(), run.explored);
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
                    for (int count : pageCounts) {
                        run.explore(template.toBuilder().pages(count).media(media).postage(postage).build());
                    }
                }
            }
        }
    }

    /** Page counts at 0, 1, 2, around every tier start, cap crossing and legal band start, and the most. */
    static int[] pageCounts(PriceList prices, List<LegalLimit> inForce) {
        TreeSet<Integer> counts = new TreeSet<>(List.of(0, 1, 2, FeeContext.MAX_PAGES));
        for (PriceRule rule : prices.rules()) {
            if (rule.basis() != ChargeBasis.PER_PAGE) {
                continue;
            }
            for (Tier tier : rule.tiers()) {
                around(counts, tier.fromUnit());
            }
            rule.cap().ifPresent(cap -> around(counts, firstPageAbove(rule.tiers(), cap)));
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
            if (p >= 0 && p <= FeeContext.MAX_PAGES) {
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

    /** The mutable state of one audit run. Not thread-safe; lives inside one call. */
    private static final class Exploration {

        private final PriceList prices;
        private final FeeCalculator calculator;
        private final Map<String, PriceList> without = new HashMap<>();
        private final Map<String, Group> groups = new LinkedHashMap<>();
        private int explored;

        Exploration(PriceList prices, FeeCalculator calculator) {
            this.prices = prices;
            this.calculator = calculator;
        }

        void explore(FeeContext context) {
            explored++;
            Quote quote = calculator.quote(prices, context);
            if (quote.compliance().isCompliant()) {
                return;
            }
            for (ComplianceFinding finding : quote.compliance().findings()) {
                if (finding.outcome() == ComplianceOutcome.COMPLIANT) {
                    continue;
                }
                Set<String> responsible = responsible(quote, finding);
                boolean solo = responsible.size() == 1;
                for (String ruleId : responsible) {
                    groups.computeIfAbsent(ruleId + '\u0000' + finding.limit().ruleId(), k -> new Group(ruleId))
                            .add(finding, context, solo);
                }
            }
        }

        /** The rules whose removal alone clears the finding, or every rule that charged if none does. */
        private Set<String> responsible(Quote quote, ComplianceFinding finding) {
            Set<String> charged = new LinkedHashSet<>();
            for (FeeLine line : quote.lines()) {
                if (line.kind() == LineKind.CHARGE && !line.amount().isZero()) {
                    charged.add(line.ruleId());
                }
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
            return clearing.isEmpty() ? charged : clearing;
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
                    if (!rule.id().equals(id)) {
                        b.rule(rule);
                    }
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
         * The findings; a pair whose price rule was only ever blamed together with another is left out when
         * another rule alone is blamed for the same legal rule somewhere (the other rule is the one to fix).
         */
        List<AuditFinding> findings() {
            Set<String> blamedAlone = new LinkedHashSet<>();
            for (Group group : groups.values()) {
                if (group.solo) {
                    blamedAlone.add(group.worst.limit().ruleId());
                }
            }
            List<AuditFinding> result = new ArrayList<>(groups.size());
            for (Group group : groups.values()) {
                if (group.solo || !blamedAlone.contains(group.worst.limit().ruleId())) {
                    result.add(group.toFinding());
                }
            }
            return result;
        }
    }

    /** The worst finding and smallest example of one (price rule, legal rule) pair. */
    private static final class Group {

        private final String priceRuleId;
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

        private static boolean smaller(FeeContext a, FeeContext b) {
            if (a.pages() != b.pages()) {
                return a.pages() < b.pages();
            }
            if (a.media() != b.media()) {
                return a.media() < b.media();
            }
            if (!a.postage().equals(b.postage())) {
                return a.postage().isLessThan(b.postage());
            }
            return a.recordTypes().size() < b.recordTypes().size();
        }

        AuditFinding toFinding() {
            return AuditFinding.of(priceRuleId, worst.limit(), worst.outcome(), worst.lawfulMaximum().orElse(null),
                    worst.judged(), example, count);
        }
    }
}

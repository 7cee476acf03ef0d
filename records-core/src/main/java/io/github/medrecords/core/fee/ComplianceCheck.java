package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Interprets each {@link LimitKind} against a quote's lines. Not part of the API.
 */
final class ComplianceCheck {

    private ComplianceCheck() {
    }

    static Compliance check(FeeContext context, List<FeeLine> lines, Money total, PriceList prices,
            List<LegalLimit> limits) {
        if (limits.isEmpty()) {
            return Compliance.of(total, List.of());
        }
        Money images = Money.ZERO;
        Money postage = Money.ZERO;
        Money tax = Money.ZERO;
        Money perPage = Money.ZERO;
        Money otherRecords = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            FeeLine line = lines.get(i);
            Money amount = line.amount();
            if (amount.isZero()) {
                continue;
            }
            if (line.scope() == ChargeScope.IMAGES) {
                images = Itemisation.add(images, amount);
            }
            PriceRule rule = prices.chargeOrNull(line.ruleId());
            ChargeKind kind = rule == null ? ChargeKind.COPYING : rule.kind();
            if (kind == ChargeKind.SALES_TAX) {
                tax = Itemisation.add(tax, amount);
            }
            if (line.basis() == ChargeBasis.POSTAGE) {
                postage = Itemisation.add(postage, amount);
            } else if (line.basis() == ChargeBasis.PER_PAGE) {
                perPage = Itemisation.add(perPage, amount);
            } else if (line.scope() != ChargeScope.IMAGES && mayBeClerical(kind)) {
                otherRecords = Itemisation.add(otherRecords, amount);
            }
        }
        List<ComplianceFinding> findings = new ArrayList<>(limits.size());
        for (int i = 0; i < limits.size(); i++) {
            findings.add(finding(limits.get(i), context, lines, total, prices, images, postage, tax, perPage,
                    otherRecords));
        }
        return Compliance.trusted(total, Collections.unmodifiableList(findings));
    }

    private static ComplianceFinding finding(LegalLimit limit, FeeContext context, List<FeeLine> lines, Money total,
            PriceList prices, Money images, Money postage, Money tax, Money perPage, Money otherRecords) {
        switch (limit.kind()) {
            case NO_FEE:
                if (limit.scope() == ChargeScope.IMAGES) {
                    return judge(limit, total.minus(images), total);
                }
                return judge(limit, Money.ZERO, total);
            case METHOD_PROHIBITED: {
                if (limit.requiresStatedFee()) {
                    return ComplianceFinding.of(unstated(context, prices, null, lines) ? ComplianceOutcome.FEE_NOT_STATED
                            : ComplianceOutcome.COMPLIANT, limit, null, Money.ZERO);
                }
                if (!limit.prohibitedKinds().isEmpty()) {
                    Money charged = sumOfKinds(lines, prices, limit.prohibitedKinds());
                    boolean prohibited = charged.isGreaterThan(Money.ZERO)
                            || unstated(context, prices, limit.prohibitedKinds(), lines);
                    return ComplianceFinding.of(prohibited ? ComplianceOutcome.METHOD_NOT_PERMITTED
                            : ComplianceOutcome.COMPLIANT, limit, null, charged);
                }
                Money charged = limit.prohibitedBasisOrNull() == ChargeBasis.PER_PAGE ? perPage
                        : sumOfBasis(lines, limit.prohibitedBasisOrNull());
                return ComplianceFinding.of(charged.isGreaterThan(Money.ZERO) ? ComplianceOutcome.METHOD_NOT_PERMITTED
                        : ComplianceOutcome.COMPLIANT, limit, null, charged);
            }
            case PER_PAGE_MAXIMUM:
                return pageSchedule(limit, context, lines, total, prices, images, postage, otherRecords);
            case COST_OF_MATERIALS: {
                if (images.isZero()) {
                    return ComplianceFinding.of(ComplianceOutcome.COMPLIANT, limit, null, images);
                }
                Money documented = documented(lines, ChargeScope.IMAGES, limit.costKindOrNull(), prices);
                if (documented == null) {
                    return ComplianceFinding.of(ComplianceOutcome.NEEDS_COST_BASIS, limit, null, images);
                }
                return judge(limit, Itemisation.add(total.minus(images), documented), total);
            }
            case FLAT_FEE_OR_COST_BASIS: {
                Money flat = limit.amountOrNull();
                if (!total.isGreaterThan(flat)) {
                    return judge(limit, flat, total);
                }
                Money documented = documented(lines, null, CostKind.ALLOWABLE_COST, prices);
                if (documented == null) {
                    return ComplianceFinding.of(ComplianceOutcome.NEEDS_COST_BASIS, limit, flat, total);
                }
                return judge(limit, Money.max(flat, documented.plus(postage).plus(tax)), total);
            }
            default: {
                if (total.equals(postage.plus(tax))) {
                    return judge(limit, total, total);
                }
                Money documented = documented(lines, null, CostKind.ALLOWABLE_COST, prices);
                if (documented == null) {
                    return ComplianceFinding.of(ComplianceOutcome.NEEDS_COST_BASIS, limit, null, total.minus(postage));
                }
                return judge(limit, documented.plus(postage).plus(tax), total);
            }
        }
    }

    /**
     * Judges a page schedule: the schedule's maximum for the pages, plus the images (left to other
     * rules), plus postage where the law allows it on top, plus documented costs of the list's other
     * charges for the records where the law allows those on top (California's clerical costs).
     */
    private static ComplianceFinding pageSchedule(LegalLimit limit, FeeContext context, List<FeeLine> lines,
            Money total, PriceList prices, Money images, Money postage, Money allOtherRecords) {
        Money max = Itemisation.add(limit.scheduleOrNull().maximumFor(context.pages()), images);
        if (limit.allowsPostageOnTop()) {
            max = Itemisation.add(max, postage);
        }
        // Hourly clerical labour and a kind of charge the law allows on top, each up to its own maximum.
        Money labour = Money.ZERO;
        Money onTop = Money.ZERO;
        Set<String> allowed = new HashSet<>();
        Money perHour = limit.hourlyLabourOnTop().orElse(null);
        Map<ChargeKind, Money> onTopMaxima = limit.chargesOnTop();
        Map<ChargeKind, Money> onTopCharged = onTopMaxima.isEmpty() ? Map.of() : new EnumMap<>(ChargeKind.class);
        if (perHour != null || !onTopMaxima.isEmpty()) {
            for (int i = 0; i < lines.size(); i++) {
                FeeLine line = lines.get(i);
                PriceRule rule = prices.chargeOrNull(line.ruleId());
                if (rule == null || line.scope() == ChargeScope.IMAGES) {
                    continue;
                }
                if (perHour != null && rule.basis() == ChargeBasis.PER_INCREMENT && rule.kind() == ChargeKind.CLERICAL) {
                    labour = Itemisation.add(labour, line.amount());
                    allowed.add(rule.id());
                } else if (onTopMaxima.containsKey(rule.kind())) {
                    onTop = Itemisation.add(onTop, line.amount());
                    onTopCharged.merge(rule.kind(), line.amount(), Itemisation::add);
                    allowed.add(rule.id());
                }
            }
            if (perHour != null) {
                max = Itemisation.add(max, Money.min(labour, labourAllowance(perHour, context.clericalMinutes())));
            }
            for (Map.Entry<ChargeKind, Money> charged : onTopCharged.entrySet()) {
                max = Itemisation.add(max, Money.min(charged.getValue(), onTopMaxima.get(charged.getKey())));
            }
        }
        Money otherRecords = allOtherRecords.minus(labour).minus(onTop);
        CostKind documentedOnTop = limit.costKindOrNull();
        if (documentedOnTop == null || otherRecords.isZero() || !total.isGreaterThan(max)) {
            return postageUnsettled(judge(limit, max, total), limit, max, postage);
        }
        if (total.minus(otherRecords).isGreaterThan(max)) {
            // The pages (and postage) break the maximum without the other charges, which the law allows on top at
            // a documented cost: judge them alone, so that unsettled postage stays unconfirmed.
            return postageUnsettled(judge(limit, max, total.minus(otherRecords)), limit, max, postage);
        }
        Money documented = documentedOtherRecords(lines, documentedOnTop, prices, allowed);
        if (documented == null) {
            return ComplianceFinding.of(ComplianceOutcome.NEEDS_COST_BASIS, limit, max, total);
        }
        Money withCost = Itemisation.add(max, documented);
        return postageUnsettled(judge(limit, withCost, total), limit, withCost, postage);
    }

    /**
     * A schedule that does not say postage is on top, breached only because postage counts inside it: the
     * law does not settle that (for example California's Health &amp; Safety Code 123110 names no postage),
     * so the finding is {@link ComplianceOutcome#UNCONFIRMED_LIMIT}, not a hard excess.
     */
    private static ComplianceFinding postageUnsettled(ComplianceFinding finding, LegalLimit limit, Money max,
            Money postage) {
        if (finding.outcome() != ComplianceOutcome.EXCEEDS_LIMIT || limit.allowsPostageOnTop() || postage.isZero()
                || finding.judged().minus(postage).isGreaterThan(max)) {
            return finding;
        }
        return ComplianceFinding.of(ComplianceOutcome.UNCONFIRMED_LIMIT, limit, max, finding.judged());
    }

    /** The documented cost of the charges for records other than pages and postage, or null if one lacks it. */
    private static Money documentedOtherRecords(List<FeeLine> lines, CostKind kind, PriceList prices,
            Set<String> allowedOnTop) {
        Money sum = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            FeeLine line = lines.get(i);
            if (line.kind() != LineKind.CHARGE || line.basis() == ChargeBasis.POSTAGE
                    || line.basis() == ChargeBasis.PER_PAGE || line.scope() == ChargeScope.IMAGES
                    || line.amount().isZero() || allowedOnTop.contains(line.ruleId())
                    || !mayBeClerical(kindOf(line, prices))) {
                continue;
            }
            CostBasis basis = prices.findCostBasis(line.ruleId(), kind);
            if (basis == null) {
                return null;
            }
            sum = Itemisation.add(sum, basis.unitCost().times(line.quantity()));
        }
        return sum;
    }

    /**
     * The most clerical labour at an hourly rate for the minutes worked, in started quarter hours (California
     * Evidence Code 1158: $16 an hour per person, $4 a quarter hour or part of one), rounded down to cents.
     */
    static Money labourAllowance(Money perHour, int minutes) {
        long quarters = (minutes + 14L) / 15;
        return Money.ofCents(perHour.toCents() * quarters / 4);
    }

    /**
     * Tells whether a charge of a kind may be a cost the law allows on top of a page schedule at documented
     * cost (California's clerical costs): copying charges, clerical labour, search and retrieval; not sales tax
     * or a service asked for.
     */
    private static boolean mayBeClerical(ChargeKind kind) {
        return switch (kind) {
            case COPYING, CLERICAL, SEARCH_AND_RETRIEVAL -> true;
            case CERTIFICATION, SALES_TAX, EXPEDITED_SHIPPING, PICK_UP, INSPECTION, SUMMARY -> false;
        };
    }

    private static ChargeKind kindOf(FeeLine line, PriceList prices) {
        PriceRule rule = prices.chargeOrNull(line.ruleId());
        return rule == null ? ChargeKind.COPYING : rule.kind();
    }

    /** Tells whether a line is sales tax, which follows the charges it taxes and needs no cost basis of its own. */
    static boolean isTax(FeeLine line, PriceList prices) {
        return kindOf(line, prices) == ChargeKind.SALES_TAX;
    }

    /** The charges of rules of given kinds. */
    private static Money sumOfKinds(List<FeeLine> lines, PriceList prices, Set<ChargeKind> kinds) {
        Money sum = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            FeeLine line = lines.get(i);
            PriceRule rule = prices.chargeOrNull(line.ruleId());
            if (rule != null && line.kind() == LineKind.CHARGE && kinds.contains(rule.kind())) {
                sum = Itemisation.add(sum, line.amount());
            }
        }
        return sum;
    }

    /** Tells whether a fee without an amount applies to the context, of given kinds (null for any). */
    static boolean unstated(FeeContext context, PriceList prices, Set<ChargeKind> kinds, List<FeeLine> lines) {
        if (lines.size() == 1 && lines.get(0).kind() == LineKind.EXEMPTION) {
            return false;
        }
        for (PriceRule rule : prices.charges()) {
            if (rule.isUnstatedFee() && (kinds == null || kinds.contains(rule.kind())) && rule.appliesTo(context)) {
                return true;
            }
        }
        return false;
    }

    private static ComplianceFinding judge(LegalLimit limit, Money max, Money total) {
        return ComplianceFinding.of(total.isGreaterThan(max) ? ComplianceOutcome.EXCEEDS_LIMIT
                : ComplianceOutcome.COMPLIANT, limit, max, total);
    }

    private static Money sumOfBasis(List<FeeLine> lines, ChargeBasis basis) {
        Money sum = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            FeeLine line = lines.get(i);
            if (line.basis() == basis) {
                sum = Itemisation.add(sum, line.amount());
            }
        }
        return sum;
    }

    /**
     * Returns the documented cost of the charge lines in a scope (null for any), postage excepted,
     * or null if a charged line's rule has no cost basis of the kind.
     */
    private static Money documented(List<FeeLine> lines, ChargeScope scope, CostKind kind, PriceList prices) {
        Money sum = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            FeeLine line = lines.get(i);
            if (line.kind() != LineKind.CHARGE || line.basis() == ChargeBasis.POSTAGE
                    || (scope != null && line.scope() != scope) || isTax(line, prices)) {
                continue;
            }
            CostBasis basis = prices.findCostBasis(line.ruleId(), kind);
            if (basis == null) {
                if (!line.amount().isZero()) {
                    return null;
                }
            } else {
                sum = Itemisation.add(sum, basis.unitCost().times(line.quantity()));
            }
        }
        return sum;
    }
}

package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
            if (line.basis() == ChargeBasis.POSTAGE) {
                postage = Itemisation.add(postage, amount);
            } else if (line.basis() == ChargeBasis.PER_PAGE) {
                perPage = Itemisation.add(perPage, amount);
            } else if (line.scope() != ChargeScope.IMAGES) {
                otherRecords = Itemisation.add(otherRecords, amount);
            }
        }
        List<ComplianceFinding> findings = new ArrayList<>(limits.size());
        for (int i = 0; i < limits.size(); i++) {
            findings.add(finding(limits.get(i), context, lines, total, prices, images, postage, perPage,
                    otherRecords));
        }
        return Compliance.trusted(total, Collections.unmodifiableList(findings));
    }

    private static ComplianceFinding finding(LegalLimit limit, FeeContext context, List<FeeLine> lines, Money total,
            PriceList prices, Money images, Money postage, Money perPage, Money otherRecords) {
        switch (limit.kind()) {
            case NO_FEE:
                if (limit.scope() == ChargeScope.IMAGES) {
                    return judge(limit, total.minus(images), total);
                }
                return judge(limit, Money.ZERO, total);
            case METHOD_PROHIBITED: {
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
                return judge(limit, Money.max(flat, documented.plus(postage)), total);
            }
            default: {
                if (total.equals(postage)) {
                    return judge(limit, total, total);
                }
                Money documented = documented(lines, null, CostKind.ALLOWABLE_COST, prices);
                if (documented == null) {
                    return ComplianceFinding.of(ComplianceOutcome.NEEDS_COST_BASIS, limit, null, total.minus(postage));
                }
                return judge(limit, documented.plus(postage), total);
            }
        }
    }

    /**
     * Judges a page schedule: the schedule's maximum for the pages, plus the images (left to other
     * rules), plus postage where the law allows it on top, plus documented costs of the list's other
     * charges for the records where the law allows those on top (California's clerical costs).
     */
    private static ComplianceFinding pageSchedule(LegalLimit limit, FeeContext context, List<FeeLine> lines,
            Money total, PriceList prices, Money images, Money postage, Money otherRecords) {
        Money max = Itemisation.add(limit.scheduleOrNull().maximumFor(context.pages()), images);
        if (limit.allowsPostageOnTop()) {
            max = Itemisation.add(max, postage);
        }
        CostKind onTop = limit.costKindOrNull();
        if (onTop == null || otherRecords.isZero() || !total.isGreaterThan(max)
                || total.minus(otherRecords).isGreaterThan(max)) {
            return postageUnsettled(judge(limit, max, total), limit, max, postage);
        }
        Money documented = documentedOtherRecords(lines, onTop, prices);
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
    private static Money documentedOtherRecords(List<FeeLine> lines, CostKind kind, PriceList prices) {
        Money sum = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            FeeLine line = lines.get(i);
            if (line.kind() != LineKind.CHARGE || line.basis() == ChargeBasis.POSTAGE
                    || line.basis() == ChargeBasis.PER_PAGE || line.scope() == ChargeScope.IMAGES
                    || line.amount().isZero()) {
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
                    || (scope != null && line.scope() != scope)) {
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

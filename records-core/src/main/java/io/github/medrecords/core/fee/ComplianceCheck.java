package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Interprets each {@link LimitKind} against a quote's lines. Not part of the API.
 */
final class ComplianceCheck {

    private ComplianceCheck() {
    }

    static Compliance check(FeeContext context, List<FeeLine> lines, Money total, PriceList prices,
            List<LegalLimit> limits) {
        List<ComplianceFinding> findings = new ArrayList<>(limits.size());
        for (int i = 0; i < limits.size(); i++) {
            findings.add(finding(limits.get(i), context, lines, total, prices));
        }
        return Compliance.of(total, findings);
    }

    private static ComplianceFinding finding(LegalLimit limit, FeeContext context, List<FeeLine> lines, Money total,
            PriceList prices) {
        Citation rule = limit.citation();
        String id = rule.ruleId();
        switch (limit.kind()) {
            case NO_FEE:
                return total.isZero() ? ok(rule, Money.ZERO)
                        : exceeds(rule, Money.ZERO, total, id + ": " + limit.description() + ", but " + total + " is quoted");
            case METHOD_PROHIBITED: {
                ChargeBasis prohibited = limit.prohibitedBasisOrNull();
                Money charged = sum(lines, prohibited, null);
                if (charged.isGreaterThan(Money.ZERO)) {
                    return new ComplianceFinding(ComplianceOutcome.METHOD_NOT_PERMITTED, rule, Optional.empty(),
                            id + ": " + limit.description() + "; " + charged + " is charged on a " + prohibited
                                    + " basis");
                }
                return new ComplianceFinding(ComplianceOutcome.COMPLIANT, rule, Optional.empty(), id + ": not used");
            }
            case PER_PAGE_MAXIMUM: {
                Money images = sum(lines, null, ChargeScope.IMAGES);
                Money postage = sum(lines, ChargeBasis.POSTAGE, null);
                Money max = limit.amountOrNull().times(context.pages()).plus(postage).plus(images);
                return total.isGreaterThan(max) ? exceeds(rule, max, total, id + ": " + limit.description()
                        + "; " + context.pages() + " pages allow " + max.minus(images) + " besides images")
                        : ok(rule, max);
            }
            case COST_OF_MATERIALS: {
                Money images = sum(lines, null, ChargeScope.IMAGES);
                if (images.isZero()) {
                    return new ComplianceFinding(ComplianceOutcome.COMPLIANT, rule, Optional.empty(), id + ": no image charge");
                }
                Money documented = documented(lines, ChargeScope.IMAGES, CostKind.MATERIALS, prices);
                if (documented == null) {
                    return new ComplianceFinding(ComplianceOutcome.NEEDS_COST_BASIS, rule, Optional.empty(),
                            id + ": " + limit.description() + "; the image charge of " + images
                                    + " needs a documented cost of materials");
                }
                Money max = total.minus(images).plus(documented);
                return total.isGreaterThan(max) ? exceeds(rule, max, total, id + ": " + limit.description()
                        + "; documented materials cost " + documented + " is below the image charge " + images)
                        : ok(rule, max);
            }
            case FLAT_FEE_OR_COST_BASIS: {
                Money flat = limit.amountOrNull();
                if (!total.isGreaterThan(flat)) {
                    return ok(rule, flat);
                }
                Money documented = documented(lines, null, CostKind.ALLOWABLE_COST, prices);
                if (documented == null) {
                    return new ComplianceFinding(ComplianceOutcome.NEEDS_COST_BASIS, rule, Optional.of(flat),
                            id + ": " + limit.description() + "; " + total + " is above the flat fee and needs a"
                                    + " documented allowable cost");
                }
                Money max = Money.max(flat, documented.plus(sum(lines, ChargeBasis.POSTAGE, null)));
                return total.isGreaterThan(max) ? exceeds(rule, max, total, id + ": " + limit.description()
                        + "; the documented allowable cost allows " + max) : ok(rule, max);
            }
            default: {
                Money postage = sum(lines, ChargeBasis.POSTAGE, null);
                if (total.equals(postage)) {
                    return ok(rule, total);
                }
                Money documented = documented(lines, null, CostKind.ALLOWABLE_COST, prices);
                if (documented == null) {
                    return new ComplianceFinding(ComplianceOutcome.NEEDS_COST_BASIS, rule, Optional.empty(),
                            id + ": " + limit.description() + "; " + total.minus(postage)
                                    + " needs a documented actual or average allowable cost");
                }
                Money max = documented.plus(postage);
                return total.isGreaterThan(max) ? exceeds(rule, max, total, id + ": " + limit.description()
                        + "; the documented allowable cost allows " + max) : ok(rule, max);
            }
        }
    }

    private static ComplianceFinding ok(Citation rule, Money max) {
        return new ComplianceFinding(ComplianceOutcome.COMPLIANT, rule, Optional.of(max),
                rule.ruleId() + ": within " + max);
    }

    private static ComplianceFinding exceeds(Citation rule, Money max, Money total, String text) {
        return new ComplianceFinding(ComplianceOutcome.EXCEEDS_LIMIT, rule, Optional.of(max),
                text + " (" + total + " exceeds the lawful maximum " + max + ")");
    }

    /** Sums the lines of a basis and/or scope (null for any), including cap adjustments. */
    private static Money sum(List<FeeLine> lines, ChargeBasis basis, ChargeScope scope) {
        Money sum = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            FeeLine line = lines.get(i);
            if ((basis == null || line.basis() == basis) && (scope == null || line.scope() == scope)) {
                sum = sum.plus(line.amount());
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
                sum = sum.plus(basis.unitCost().times(line.quantity()));
            }
        }
        return sum;
    }
}

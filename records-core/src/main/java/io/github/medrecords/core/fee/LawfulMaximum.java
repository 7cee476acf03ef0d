package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What may be charged at most for a request's context under HIPAA and the context's states on the day it
 * was received, itemised by legal rule, with the rule that binds: the question a practice asks before it
 * writes a price, answered from the law alone, without a price list.
 *
 * <p>The rules are those {@link FeeCalculator} checks quotes against ({@link LegalLimits#applicableTo}), each
 * read the way the compliance check reads it, giving one {@link Ceiling} per rule:
 * <ul>
 * <li>a no-fee rule: nothing for the request ({@link ChargeScope#REQUEST}) or for its images
 * ({@link ChargeScope#IMAGES});</li>
 * <li>a page schedule: its maximum for the context's pages, plus first-class postage where the law allows it
 * on top, for the records other than images ({@link ChargeScope#RECORDS}); California's documented clerical
 * cost may come on top;</li>
 * <li>a flat fee or cost basis (HIPAA's $6.50, R2.3): the flat fee, or more with a documented allowable
 * cost;</li>
 * <li>a cost-based fee (R2.1): postage only, and anything more with a documented allowable cost;</li>
 * <li>images at documented cost (R5.4, FL.3, CA.3): nothing for images without a documented cost;</li>
 * <li>a prohibited method (R2.5): no amount, but no charge of that kind.</li>
 * </ul>
 *
 * <p>Two answers, each with its binding rule; where several rules set an amount the lowest wins (R2.10):
 * {@link #amount()}, the most a practice may charge and invoice without recording any cost basis (a quote of
 * that amount is compliant), and {@link #amountWithCostBasis()}, the ceiling that no documented cost lifts
 * (empty where a documented cost may take the fee as far as the cost goes). A context made free by law
 * (R2.2, R5.5, CA.4, MA.2, NY.3) has one ceiling of zero.
 *
 * <p>Holds no protected health information. Immutable and thread-safe.
 */
public final class LawfulMaximum {

    private final FeeContext context;
    private final List<Ceiling> ceilings;
    private final Ceiling binding;
    private final Ceiling bindingWithCostBasis;

    private LawfulMaximum(FeeContext context, List<Ceiling> ceilings) {
        this.context = context;
        this.ceilings = ceilings;
        boolean imagesBounded = !context.hasImages();
        boolean imagesFree = !context.hasImages();
        for (Ceiling c : ceilings) {
            if (c.scope == ChargeScope.IMAGES) {
                imagesBounded = true;
                imagesFree |= c.kind == LimitKind.NO_FEE;
            }
        }
        Ceiling lowest = null;
        Ceiling lowestFirm = null;
        for (Ceiling c : ceilings) {
            if (c.amount == null || c.scope == ChargeScope.IMAGES) {
                continue;
            }
            if ((c.scope == ChargeScope.REQUEST || imagesBounded) && lower(c, lowest)) {
                lowest = c;
            }
            if (!c.liftedByCostBasis && c.documentedCost == null && (c.scope == ChargeScope.REQUEST || imagesFree)
                    && lower(c, lowestFirm)) {
                lowestFirm = c;
            }
        }
        this.binding = lowest;
        this.bindingWithCostBasis = lowestFirm;
    }

    private static boolean lower(Ceiling candidate, Ceiling best) {
        return best == null || candidate.amount.isLessThan(best.amount);
    }

    /**
     * Answers for a context under the built-in legal limits.
     *
     * @param context  the request's context: who asks on what basis, the copy, the pages, the postage, the day
     *        received and the states whose law applies besides HIPAA; not null
     * @return the answer, not null
     */
    public static LawfulMaximum of(FeeContext context) {
        return of(LegalLimits.builtIn(), context);
    }

    /**
     * Answers for a context under given legal limits, for example a calculator's
     * ({@link FeeCalculator#legalLimits()}).
     *
     * @param limits  the legal limits, not null
     * @param context  the request's context, not null
     * @return the answer, not null
     */
    public static LawfulMaximum of(LegalLimits limits, FeeContext context) {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(context, "context");
        List<LegalLimit> applicable = new ArrayList<>(8);
        limits.collect(context, applicable);
        List<Ceiling> ceilings = new ArrayList<>(applicable.size());
        for (LegalLimit limit : applicable) {
            if (limit.freesWholeRequest()) {
                // As the calculator itemises: a legal exemption makes the request free, whatever else applies.
                return new LawfulMaximum(context, List.of(Ceiling.of(limit, Money.ZERO, Money.ZERO, false)));
            }
        }
        for (LegalLimit limit : applicable) {
            Ceiling ceiling = ceiling(limit, context);
            if (ceiling != null) {
                ceilings.add(ceiling);
            }
        }
        return new LawfulMaximum(context, Collections.unmodifiableList(ceilings));
    }

    private static Ceiling ceiling(LegalLimit limit, FeeContext context) {
        switch (limit.kind()) {
            case NO_FEE:
                return context.hasImages() ? Ceiling.of(limit, Money.ZERO, Money.ZERO, false) : null;
            case PER_PAGE_MAXIMUM: {
                Money postage = limit.allowsPostageOnTop() ? context.postage() : Money.ZERO;
                Money pages = limit.scheduleOrNull().maximumFor(context.pages());
                return Ceiling.of(limit, Itemisation.add(pages, postage), postage, false);
            }
            case COST_OF_MATERIALS:
                return context.hasImages() ? Ceiling.of(limit, Money.ZERO, Money.ZERO, true) : null;
            case FLAT_FEE_OR_COST_BASIS:
                return Ceiling.of(limit, limit.amountOrNull(), Money.ZERO, true);
            case COST_BASED:
                return Ceiling.of(limit, context.postage(), context.postage(), true);
            default:
                return Ceiling.of(limit, null, Money.ZERO, false);
        }
    }

    /**
     * Returns the context answered for.
     *
     * @return the context, not null
     */
    public FeeContext context() {
        return context;
    }

    /**
     * Returns each governing rule's ceiling for the context, federal first; only the exemption's when a legal
     * exemption makes the request free.
     *
     * @return an unmodifiable list, empty when no encoded rule limits the fee; not null
     */
    public List<Ceiling> ceilings() {
        return ceilings;
    }

    /**
     * Tells whether a legal exemption makes the whole request free (R2.2, R5.5, CA.4, MA.2, NY.3).
     *
     * @return true if free by law
     */
    public boolean isFree() {
        return ceilings.size() == 1 && ceilings.get(0).kind == LimitKind.NO_FEE
                && ceilings.get(0).scope == ChargeScope.REQUEST;
    }

    /**
     * Returns the most that may be charged in all and invoiced without a recorded cost basis: the lowest
     * amount any governing rule sets for the whole request (R2.10). A page schedule's amount counts for the
     * whole request only where the images are bounded too (none are copied, or a rule makes them free or
     * chargeable only at documented cost).
     *
     * @return the amount, empty when no governing rule bounds the whole request
     */
    public Optional<Money> amount() {
        return binding == null ? Optional.empty() : Optional.of(binding.amount);
    }

    /**
     * Returns the rule that sets {@link #amount()}.
     *
     * @return the rule's citation, empty when there is no amount
     */
    public Optional<Citation> bindingRule() {
        return binding == null ? Optional.empty() : Optional.of(binding.rule);
    }

    /**
     * Returns the ceiling no documented cost lifts: the lowest amount of a rule that accepts no cost basis in
     * its place or on top (a no-fee rule, a page schedule without documented costs on top), for the whole
     * request; with every cost documented a practice may charge up to its documented cost, never above this.
     *
     * @return the amount, empty where a documented cost may take the fee as far as the cost goes
     */
    public Optional<Money> amountWithCostBasis() {
        return bindingWithCostBasis == null ? Optional.empty() : Optional.of(bindingWithCostBasis.amount);
    }

    /**
     * Returns the rule that sets {@link #amountWithCostBasis()}.
     *
     * @return the rule's citation, empty when there is no such amount
     */
    public Optional<Citation> bindingRuleWithCostBasis() {
        return bindingWithCostBasis == null ? Optional.empty() : Optional.of(bindingWithCostBasis.rule);
    }

    /**
     * Explains the answer in plain words, one sentence per ceiling, without source tags.
     *
     * @return the explanation, not null
     */
    public String explain() {
        if (ceilings.isEmpty()) {
            return "No encoded legal limit governs this request: the practice's own prices apply.";
        }
        StringBuilder text = new StringBuilder();
        if (binding != null) {
            text.append("At most ").append(binding.amount).append(" in all without a recorded cost basis, under ")
                    .append(ruleName(binding.rule)).append('.');
        } else {
            text.append("No single amount bounds the whole request.");
        }
        if (!isFree()) {
            text.append(bindingWithCostBasis == null ? " With documented costs, no more than the documented cost."
                    : " With documented costs, never more than " + bindingWithCostBasis.amount + ", under "
                            + ruleName(bindingWithCostBasis.rule) + ".");
        }
        for (Ceiling c : ceilings) {
            text.append(' ').append(c.explain());
        }
        return text.toString();
    }

    private static String ruleName(Citation rule) {
        return rule.ruleId() + (rule.unconfirmed() ? " (UNCONFIRMED)" : "");
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LawfulMaximum o && context.equals(o.context) && ceilings.equals(o.ceilings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(context, ceilings);
    }

    @Override
    public String toString() {
        return "LawfulMaximum[" + amount().map(m -> m + " " + binding.rule.ruleId()).orElse("no amount")
                + amountWithCostBasis().map(m -> ", with cost basis " + m + " " + bindingWithCostBasis.rule.ruleId())
                        .orElse("") + ", " + ceilings.size() + " rules]";
    }

    /**
     * One governing rule's ceiling for a context: what it limits, the amount it allows without a cost basis,
     * the part of that amount that is postage, and whether a documented cost may take the place of the amount
     * or come on top of it. Immutable and thread-safe.
     */
    public static final class Ceiling {

        private final Citation rule;
        private final String description;
        private final LimitKind kind;
        private final ChargeScope scope;
        private final Money amount;
        private final Money postage;
        private final boolean liftedByCostBasis;
        private final CostKind documentedCost;
        private final ChargeBasis prohibitedBasis;

        private Ceiling(LegalLimit limit, Money amount, Money postage, boolean liftedByCostBasis) {
            this.rule = limit.citation();
            this.description = limit.description();
            this.kind = limit.kind();
            this.scope = limit.kind() == LimitKind.PER_PAGE_MAXIMUM ? ChargeScope.RECORDS
                    : limit.kind() == LimitKind.COST_OF_MATERIALS ? ChargeScope.IMAGES : limit.scope();
            this.amount = amount;
            this.postage = postage;
            this.liftedByCostBasis = liftedByCostBasis;
            this.documentedCost = liftedByCostBasis || limit.kind() == LimitKind.PER_PAGE_MAXIMUM
                    ? limit.costKindOrNull() : null;
            this.prohibitedBasis = limit.prohibitedBasisOrNull();
        }

        static Ceiling of(LegalLimit limit, Money amount, Money postage, boolean liftedByCostBasis) {
            return new Ceiling(limit, amount, postage, liftedByCostBasis);
        }

        /**
         * Returns the rule's citation.
         *
         * @return the citation, not null
         */
        public Citation rule() {
            return rule;
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
         * Returns how the rule limits a fee.
         *
         * @return the kind, not null
         */
        public LimitKind kind() {
            return kind;
        }

        /**
         * Returns what the ceiling limits: the whole request, the records other than images (a page schedule)
         * or the images.
         *
         * @return the scope, not null
         */
        public ChargeScope scope() {
            return scope;
        }

        /**
         * Returns the most the rule allows for what it limits without a recorded cost basis, postage included.
         *
         * @return the amount, empty for a rule that prohibits a method and sets no amount
         */
        public Optional<Money> amount() {
            return Optional.ofNullable(amount);
        }

        /**
         * Returns the part of {@link #amount()} that is the context's first-class postage, which the rule
         * allows on top (R5.2, CA.5) or as a cost (R2.1).
         *
         * @return the postage, zero if none; not null
         */
        public Money postage() {
            return postage;
        }

        /**
         * Tells whether a documented cost may take the place of the amount: a flat fee (R2.3), a cost-based fee
         * (R2.1), images at documented cost (R5.4).
         *
         * @return true if the amount is lifted by a documented cost
         */
        public boolean liftedByCostBasis() {
            return liftedByCostBasis;
        }

        /**
         * Returns the kind of documented cost the rule accepts, in place of its amount or, for a page schedule
         * such as California's, on top of it (clerical costs).
         *
         * @return the kind, empty where the rule accepts none
         */
        public Optional<CostKind> documentedCost() {
            return Optional.ofNullable(documentedCost);
        }

        /**
         * Returns the charging method the rule prohibits, such as a per-page fee (R2.5).
         *
         * @return the basis, empty for other rules
         */
        public Optional<ChargeBasis> prohibitedBasis() {
            return Optional.ofNullable(prohibitedBasis);
        }

        /**
         * Explains the ceiling in one sentence, naming the rule without source tags.
         *
         * @return the sentence, not null
         */
        public String explain() {
            String name = ruleName(rule);
            if (prohibitedBasis != null) {
                return name + ": no charge per " + prohibitedBasis.singular() + ".";
            }
            String what = scope == ChargeScope.IMAGES ? "the images" : scope == ChargeScope.RECORDS
                    ? "the records other than images" : "the request";
            StringBuilder text = new StringBuilder(name).append(": at most ").append(amount).append(" for ")
                    .append(what);
            if (!postage.isZero()) {
                text.append(", postage of ").append(postage).append(" included");
            }
            if (liftedByCostBasis) {
                text.append(", or the documented ").append(costWords(documentedCost));
            } else if (documentedCost != null) {
                text.append(", plus the documented ").append(costWords(documentedCost));
            }
            return text.append('.').toString();
        }

        private static String costWords(CostKind kind) {
            return kind == null ? "cost" : kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Ceiling o && rule.equals(o.rule) && description.equals(o.description)
                    && kind == o.kind && scope == o.scope && Objects.equals(amount, o.amount)
                    && postage.equals(o.postage) && liftedByCostBasis == o.liftedByCostBasis
                    && documentedCost == o.documentedCost && prohibitedBasis == o.prohibitedBasis;
        }

        @Override
        public int hashCode() {
            return Objects.hash(rule, description, kind, scope, amount, postage, liftedByCostBasis, documentedCost,
                    prohibitedBasis);
        }

        @Override
        public String toString() {
            return "Ceiling[" + rule.ruleId() + ", " + kind + ", " + scope + ", " + (amount == null ? "-" : amount)
                    + (liftedByCostBasis ? " or documented cost" : documentedCost != null ? " + documented cost" : "")
                    + "]";
        }
    }
}

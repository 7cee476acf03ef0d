package io.github.medrecords.core.fee;

import io.github.medrecords.core.request.RecordType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a practice charges: its waivers and prices as {@link PriceRule}s, the documented cost bases
 * behind some prices, and the typical volumes its estimates assume. Part of the practice's profile;
 * a practice's own prices, never state law, which {@link LegalLimits} holds.
 *
 * <p>Waivers are tried first, in order: the first that matches makes the request free. Otherwise
 * every price rule that applies adds its lines. Built with {@link #builder(String)}.
 * Immutable and thread-safe.
 */
public final class PriceList {

    private static final PriceList NO_CHARGE = builder("No charge").build();

    private final String name;
    private final List<PriceRule> waivers;
    private final List<PriceRule> charges;
    private final List<CostBasis> costBases;
    private final TypicalVolumes typicalVolumes;
    private final Map<String, PriceRule> chargesById;

    private PriceList(Builder b) {
        this.name = b.name;
        List<PriceRule> w = new ArrayList<>();
        List<PriceRule> c = new ArrayList<>();
        for (PriceRule rule : b.rules) {
            PriceRule cited = rule.withSource(b.name);
            (cited.isWaiver() ? w : c).add(cited);
        }
        this.waivers = List.copyOf(w);
        this.charges = List.copyOf(c);
        Map<String, PriceRule> byId = new HashMap<>();
        for (PriceRule rule : charges) {
            byId.put(rule.id(), rule);
        }
        this.chargesById = byId;
        this.costBases = List.copyOf(b.costBases);
        this.typicalVolumes = b.typicalVolumes;
    }

    /**
     * Returns a price list that charges nothing: the default of a practice profile without one, and
     * compliant in every context.
     *
     * @return the price list, not null
     */
    public static PriceList noCharge() {
        return NO_CHARGE;
    }

    /**
     * Starts a price list.
     *
     * @param name  the price list's name, cited on every line, for example "Example Practice published
     *        prices (2026)", not blank
     * @return a builder, not null
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Returns the price list's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns every rule, waivers first.
     *
     * @return an unmodifiable list, not null
     */
    public List<PriceRule> rules() {
        List<PriceRule> all = new ArrayList<>(waivers);
        all.addAll(charges);
        return List.copyOf(all);
    }

    /**
     * Returns the documented cost bases.
     *
     * @return an unmodifiable list, not null
     */
    public List<CostBasis> costBases() {
        return costBases;
    }

    /**
     * Returns the documented cost of a kind behind a price rule.
     *
     * @param priceRuleId  the rule's id, not null
     * @param kind  the kind of cost, not null
     * @return the cost basis, empty if none is recorded
     */
    public Optional<CostBasis> costBasis(String priceRuleId, CostKind kind) {
        return Optional.ofNullable(findCostBasis(priceRuleId, kind));
    }

    CostBasis findCostBasis(String priceRuleId, CostKind kind) {
        for (int i = 0; i < costBases.size(); i++) {
            CostBasis basis = costBases.get(i);
            if (basis.kind() == kind && basis.priceRuleId().equals(priceRuleId)) {
                return basis;
            }
        }
        return null;
    }

    /**
     * Returns the typical volumes estimates assume.
     *
     * @return the volumes, not null
     */
    public TypicalVolumes typicalVolumes() {
        return typicalVolumes;
    }

    List<PriceRule> waivers() {
        return waivers;
    }

    List<PriceRule> charges() {
        return charges;
    }

    /** The charge rule with an id, or null (a waiver, a legal rule's line, or no such rule). */
    PriceRule chargeOrNull(String id) {
        return chargesById.get(id);
    }

    /**
     * Returns a builder holding this price list's values.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.rules.addAll(rules());
        b.costBases.addAll(costBases);
        b.typicalVolumes = typicalVolumes;
        return b;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PriceList o && name.equals(o.name) && waivers.equals(o.waivers)
                && charges.equals(o.charges) && costBases.equals(o.costBases)
                && typicalVolumes.equals(o.typicalVolumes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, waivers, charges, costBases, typicalVolumes);
    }

    @Override
    public String toString() {
        return "PriceList[" + name + ", " + waivers.size() + " waivers, " + charges.size() + " prices, "
                + costBases.size() + " cost bases]";
    }

    /**
     * Builds a {@link PriceList}; reads as the practice's published price list. Not thread-safe.
     */
    public static final class Builder {

        private final String name;
        private final List<PriceRule> rules = new ArrayList<>();
        private final List<CostBasis> costBases = new ArrayList<>();
        private TypicalVolumes typicalVolumes = TypicalVolumes.none();

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("A price list needs a name");
            }
            this.name = name.strip();
        }

        /**
         * Adds a waiver: matching requests are free.
         *
         * @param id  the rule's id, not blank
         * @param description  which requests are free, not blank
         * @param condition  the requests it applies to, not null
         * @param relatedRules  law-book ids the waiver relates to, for example {@code R5.11}
         * @return this builder
         */
        public Builder free(String id, String description, FeeCondition condition, String... relatedRules) {
            return rule(PriceRule.waiver(id, description, condition).withRelatedRules(relatedRules));
        }

        /**
         * Adds a price rule or waiver.
         *
         * @param rule  the rule, not null
         * @return this builder
         */
        public Builder rule(PriceRule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Records a documented cost behind a price rule (R2.3, R5.4).
         *
         * @param basis  the cost basis, not null
         * @return this builder
         */
        public Builder costBasis(CostBasis basis) {
            costBases.add(Objects.requireNonNull(basis, "basis"));
            return this;
        }

        /**
         * Sets the typical volumes estimates assume.
         *
         * @param volumes  the volumes, not null
         * @return this builder
         */
        public Builder typicalVolumes(TypicalVolumes volumes) {
            this.typicalVolumes = Objects.requireNonNull(volumes, "volumes");
            return this;
        }

        /**
         * Sets the typical page count of one copy of a record type.
         *
         * @param type  the record type, not null
         * @param pages  the pages, zero or more
         * @return this builder
         * @throws IllegalArgumentException if pages are negative
         */
        public Builder typicalPages(RecordType type, int pages) {
            this.typicalVolumes = typicalVolumes.withPages(type, pages);
            return this;
        }

        /**
         * Builds the price list.
         *
         * @return the price list, not null
         * @throws IllegalArgumentException if two rules share an id, or a cost basis names no rule or
         *         repeats a rule and kind
         */
        public PriceList build() {
            Set<String> ids = new HashSet<>();
            List<String> problems = new ArrayList<>();
            for (PriceRule rule : rules) {
                if (!ids.add(rule.id())) {
                    problems.add("rule id " + rule.id() + " is used twice");
                }
            }
            Set<String> before = new HashSet<>();
            for (PriceRule rule : rules) {
                for (String taxed : rule.taxedRuleIds()) {
                    if (!before.contains(taxed)) {
                        problems.add("sales tax " + rule.id() + " taxes " + taxed + ", which is not a charge listed"
                                + " before it");
                    }
                }
                if (!rule.isWaiver()) {
                    before.add(rule.id());
                }
            }
            Set<String> costKeys = new HashSet<>();
            for (CostBasis basis : costBases) {
                if (!ids.contains(basis.priceRuleId())) {
                    problems.add("cost basis names no rule " + basis.priceRuleId());
                }
                if (!costKeys.add(basis.priceRuleId() + "/" + basis.kind())) {
                    problems.add("cost basis " + basis.kind() + " of " + basis.priceRuleId() + " is recorded twice");
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid price list " + name + ": " + String.join("; ", problems));
            }
            return new PriceList(this);
        }
    }
}

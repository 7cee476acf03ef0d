package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of a practice's prices, as data: what it charges per ({@link ChargeBasis}), for which part of a
 * request ({@link ChargeScope}), in which contexts ({@link FeeCondition}), at which unit price or
 * tiers, up to which cap per request; or a waiver that makes matching requests free.
 *
 * <p>Start with {@link #perPage}, {@link #perRequest}, {@link #perMedium}, {@link #postage} or
 * {@link #waiver} and refine with {@code with...} methods. Immutable and thread-safe.
 */
public final class PriceRule {

    private final String id;
    private final String description;
    private final ChargeBasis basis;
    private final ChargeScope scope;
    private final FeeCondition condition;
    private final List<Tier> tiers;
    private final Money cap;
    private final boolean waiver;
    private final List<String> related;
    private final String source;
    private final Citation citation;
    private final String capText;
    private final String[] tierTexts;

    private PriceRule(String id, String description, ChargeBasis basis, ChargeScope scope, FeeCondition condition,
            List<Tier> tiers, Money cap, boolean waiver, List<String> related, String source) {
        this.id = id;
        this.description = description;
        this.basis = basis;
        this.scope = scope;
        this.condition = condition;
        this.tiers = List.copyOf(tiers);
        this.cap = cap;
        this.waiver = waiver;
        this.related = List.copyOf(related);
        this.source = source;
        this.citation = new Citation(id, source, false, related);
        this.capText = cap == null ? null : "capped at " + cap + " per request";
        this.tierTexts = new String[this.tiers.size()];
        for (int i = 0; i < tierTexts.length; i++) {
            tierTexts[i] = tierTexts.length == 1 ? description
                    : i + 1 < tierTexts.length
                            ? description + ", " + basis.plural() + " " + this.tiers.get(i).fromUnit() + "-"
                                    + (this.tiers.get(i + 1).fromUnit() - 1)
                            : description + ", " + basis.plural() + " from " + this.tiers.get(i).fromUnit();
        }
    }

    private static PriceRule create(String id, String description, ChargeBasis basis, ChargeScope scope,
            List<Tier> tiers, boolean waiver) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        if (id.isBlank() || description.isBlank()) {
            throw new IllegalArgumentException("A price rule needs an id and a description");
        }
        return new PriceRule(id.strip(), description.strip(), basis, scope, FeeCondition.any(), tiers, null, waiver,
                List.of(), "practice price list");
    }

    /**
     * A price per page of records other than images.
     *
     * @param id  the rule's id, for example {@code ONS-PAGES}, not blank
     * @param description  what is charged, for example "Copies of records", not blank
     * @param unitPrice  the price per page such as {@code "0.65"}, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if the id or description is blank or the price negative
     */
    public static PriceRule perPage(String id, String description, String unitPrice) {
        return create(id, description, ChargeBasis.PER_PAGE, ChargeScope.RECORDS,
                List.of(new Tier(1, Money.parse(unitPrice))), false);
    }

    /**
     * A price once per request, for the request as a whole until narrowed with {@link #forImages()} or
     * {@link #forRecords()}.
     *
     * @param id  the rule's id, not blank
     * @param description  what is charged, not blank
     * @param price  the price such as {@code "15"}, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if the id or description is blank or the price negative
     */
    public static PriceRule perRequest(String id, String description, String price) {
        return create(id, description, ChargeBasis.PER_REQUEST, ChargeScope.REQUEST,
                List.of(new Tier(1, Money.parse(price))), false);
    }

    /**
     * A price per medium delivered (a CD, an image set), for images until changed with
     * {@link #forRecords()}.
     *
     * @param id  the rule's id, not blank
     * @param description  what is charged, not blank
     * @param price  the price per medium such as {@code "25"}, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if the id or description is blank or the price negative
     */
    public static PriceRule perMedium(String id, String description, String price) {
        return create(id, description, ChargeBasis.PER_MEDIUM, ChargeScope.IMAGES,
                List.of(new Tier(1, Money.parse(price))), false);
    }

    /**
     * First-class postage at its actual cost when the copy is mailed (R2.1, R5.2).
     *
     * @param id  the rule's id, not blank
     * @return the rule, not null
     * @throws IllegalArgumentException if the id is blank
     */
    public static PriceRule postage(String id) {
        return create(id, "First-class postage", ChargeBasis.POSTAGE, ChargeScope.REQUEST, List.of(), false);
    }

    /**
     * A waiver: a request matching the condition is free, whatever the other rules say.
     *
     * @param id  the rule's id, not blank
     * @param description  which requests are free, for example "Records accessed via the patient portal",
     *        not blank
     * @param condition  the requests it applies to, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if the id or description is blank
     */
    public static PriceRule waiver(String id, String description, FeeCondition condition) {
        return create(id, description, ChargeBasis.PER_REQUEST, ChargeScope.REQUEST, List.of(), true)
                .withCondition(condition);
    }

    /**
     * Returns a copy that applies only in contexts matching a condition.
     *
     * @param newCondition  the condition, not null
     * @return the changed rule, not null
     */
    public PriceRule withCondition(FeeCondition newCondition) {
        return new PriceRule(id, description, basis, scope, Objects.requireNonNull(newCondition, "newCondition"),
                tiers, cap, waiver, related, source);
    }

    /**
     * Returns a copy that charges only when images are copied.
     *
     * @return the changed rule, not null
     * @throws IllegalStateException for a per-page price, which counts pages of records
     */
    public PriceRule forImages() {
        return withScope(ChargeScope.IMAGES);
    }

    /**
     * Returns a copy that charges only when records other than images are copied.
     *
     * @return the changed rule, not null
     */
    public PriceRule forRecords() {
        return withScope(ChargeScope.RECORDS);
    }

    private PriceRule withScope(ChargeScope newScope) {
        if (basis == ChargeBasis.PER_PAGE && newScope != ChargeScope.RECORDS) {
            throw new IllegalStateException("Per-page rule " + id + " counts pages of records, not images");
        }
        if (waiver || basis == ChargeBasis.POSTAGE) {
            throw new IllegalStateException("Rule " + id + " applies to the whole request");
        }
        return new PriceRule(id, description, basis, newScope, condition, tiers, cap, waiver, related, source);
    }

    /**
     * Returns a copy whose charges are capped per request; the cap shows as its own line.
     *
     * @param maximum  the cap such as {@code "6.50"}, not null
     * @return the changed rule, not null
     * @throws IllegalArgumentException if the cap is negative
     * @throws IllegalStateException for a waiver or postage, which have nothing to cap
     */
    public PriceRule withCap(String maximum) {
        Money value = Money.parse(maximum);
        if (value.isNegative()) {
            throw new IllegalArgumentException("Cap " + value + " is negative");
        }
        if (waiver || basis == ChargeBasis.POSTAGE) {
            throw new IllegalStateException("Rule " + id + " has nothing to cap");
        }
        return new PriceRule(id, description, basis, scope, condition, tiers, value, waiver, related, source);
    }

    /**
     * Returns a copy with tiered unit prices, replacing the single price.
     *
     * @param first  the first tier, starting at unit 1, not null
     * @param rest  later tiers in increasing order of their first unit, not null
     * @return the changed rule, not null
     * @throws IllegalArgumentException if the first tier does not start at 1 or the tiers are out of order
     * @throws IllegalStateException for a waiver or postage
     */
    public PriceRule withTiers(Tier first, Tier... rest) {
        Objects.requireNonNull(first, "first");
        if (waiver || basis == ChargeBasis.POSTAGE) {
            throw new IllegalStateException("Rule " + id + " has no unit price to tier");
        }
        List<Tier> list = new ArrayList<>();
        list.add(first);
        for (Tier tier : rest) {
            list.add(Objects.requireNonNull(tier, "tier"));
        }
        if (first.fromUnit() != 1) {
            throw new IllegalArgumentException("The first tier of " + id + " starts at " + first.fromUnit()
                    + ", not 1");
        }
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).fromUnit() <= list.get(i - 1).fromUnit()) {
                throw new IllegalArgumentException("Tiers of " + id + " are not in increasing order");
            }
        }
        return new PriceRule(id, description, basis, scope, condition, list, cap, waiver, related, source);
    }

    /**
     * Returns a copy that names law-book ids the price relates to, for example the rule whose rate it
     * equals, without claiming to be that law.
     *
     * @param ruleIds  law-book ids, not null
     * @return the changed rule, not null
     */
    public PriceRule withRelatedRules(String... ruleIds) {
        return new PriceRule(id, description, basis, scope, condition, tiers, cap, waiver, List.of(ruleIds), source);
    }

    /**
     * Returns a copy citing a named price list as its source; {@link PriceList.Builder#build()} sets it.
     *
     * @param priceListName  the price list's name, not blank
     * @return the changed rule, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public PriceRule withSource(String priceListName) {
        Objects.requireNonNull(priceListName, "priceListName");
        if (priceListName.isBlank()) {
            throw new IllegalArgumentException("Price list name is blank");
        }
        return new PriceRule(id, description, basis, scope, condition, tiers, cap, waiver, related, priceListName);
    }

    /**
     * Returns the rule's id.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Returns what the rule charges, in words.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Returns what the rule charges per.
     *
     * @return the basis, not null
     */
    public ChargeBasis basis() {
        return basis;
    }

    /**
     * Returns the part of a request the rule charges for.
     *
     * @return the scope, not null
     */
    public ChargeScope scope() {
        return scope;
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
     * Returns the unit-price tiers.
     *
     * @return an unmodifiable list, empty for postage and waivers; not null
     */
    public List<Tier> tiers() {
        return tiers;
    }

    /**
     * Returns the cap per request.
     *
     * @return the cap, empty if none
     */
    public Optional<Money> cap() {
        return Optional.ofNullable(cap);
    }

    /**
     * Tells whether the rule is a waiver.
     *
     * @return true for a waiver
     */
    public boolean isWaiver() {
        return waiver;
    }

    /**
     * Returns the rule's citation: the practice's price list and the law-book ids it relates to.
     *
     * @return the citation, not null
     */
    public Citation citation() {
        return citation;
    }

    boolean appliesTo(FeeContext context) {
        if (!condition.matches(context)) {
            return false;
        }
        switch (scope) {
            case RECORDS:
                return context.hasRecords();
            case IMAGES:
                return context.hasImages();
            default:
                return true;
        }
    }

    /**
     * Appends this rule's charge lines, and its cap line if the cap binds, for a context it applies to.
     */
    void appendLines(FeeContext context, List<FeeLine> lines) {
        long quantity;
        switch (basis) {
            case PER_PAGE:
                quantity = context.pages();
                break;
            case PER_MEDIUM:
                quantity = context.media();
                break;
            case POSTAGE:
                if (context.deliveryMethod().isMailed() && !context.postage().isZero()) {
                    lines.add(FeeLine.charge(id, basis, scope, description, 1, context.postage(), citation));
                }
                return;
            default:
                quantity = 1;
        }
        if (quantity == 0) {
            return;
        }
        Money sum = Money.ZERO;
        int count = tiers.size();
        for (int i = 0; i < count; i++) {
            Tier tier = tiers.get(i);
            long start = tier.fromUnit();
            if (start > quantity) {
                break;
            }
            long end = i + 1 < count ? Math.min(quantity, tiers.get(i + 1).fromUnit() - 1L) : quantity;
            FeeLine line = FeeLine.charge(id, basis, scope, tierTexts[i], end - start + 1, tier.unitPrice(), citation);
            lines.add(line);
            sum = Itemisation.add(sum, line.amount());
        }
        if (cap != null && sum.isGreaterThan(cap)) {
            Money adjustment = cap.minus(sum);
            lines.add(FeeLine.cap(id, basis, scope, capText, adjustment, citation));
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PriceRule o && id.equals(o.id) && description.equals(o.description) && basis == o.basis
                && scope == o.scope && condition.equals(o.condition) && tiers.equals(o.tiers)
                && Objects.equals(cap, o.cap) && waiver == o.waiver && related.equals(o.related)
                && source.equals(o.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, description, basis, scope, condition, tiers, cap, waiver, related, source);
    }

    @Override
    public String toString() {
        return "PriceRule[" + id + ", " + (waiver ? "waiver" : basis + " " + scope + " " + tiers
                + (cap == null ? "" : " cap " + cap)) + ", " + condition + "]";
    }
}

package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
    private final Extras extras;

    /**
     * What rules beyond a plain price carry: the kind of charge, the billing increment of an hourly rate, flat
     * prices by size band, the amount charged at least ("whichever is greater"), a sales-tax rate and the
     * rules it taxes, or a fee whose amount the list does not state.
     */
    private record Extras(ChargeKind kind, int incrementMinutes, Money hourlyRate, List<SizeBand> bands,
            Money atLeast, BigDecimal taxPercent, List<String> taxed, boolean unstated) {

        static final Extras NONE = new Extras(ChargeKind.COPYING, 0, null, List.of(), null, null, List.of(), false);

        Extras withKind(ChargeKind k) {
            return new Extras(k, incrementMinutes, hourlyRate, bands, atLeast, taxPercent, taxed, unstated);
        }

        Extras withBands(List<SizeBand> b) {
            return new Extras(kind, incrementMinutes, hourlyRate, List.copyOf(b), atLeast, taxPercent, taxed, unstated);
        }

        Extras withAtLeast(Money a) {
            return new Extras(kind, incrementMinutes, hourlyRate, bands, a, taxPercent, taxed, unstated);
        }
    }

    private PriceRule(String id, String description, ChargeBasis basis, ChargeScope scope, FeeCondition condition,
            List<Tier> tiers, Money cap, boolean waiver, List<String> related, String source, Extras extras) {
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
        this.extras = extras;
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
                List.of(), "practice price list", Extras.NONE);
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
     * Labour by the hour, billed per started increment: for example clerical time at $16 an hour in
     * quarter hours, $4.00 for each 15 minutes or part of them ({@link ChargeKind#CLERICAL} unless changed
     * with {@link #withKind}). The minutes come from {@link FeeContext#clericalMinutes()}.
     *
     * @param id  the rule's id, not blank
     * @param description  what is charged, not blank
     * @param hourlyRate  the price per hour such as {@code "16.00"}, not null
     * @param incrementMinutes  the minutes billed as one increment, 1 to 60, dividing the hour evenly
     * @return the rule, not null
     * @throws IllegalArgumentException if the id or description is blank, the rate negative, the increment
     *         does not divide an hour, or the rate for an increment is not whole cents
     */
    public static PriceRule perHour(String id, String description, String hourlyRate, int incrementMinutes) {
        Money rate = Money.parse(hourlyRate);
        if (incrementMinutes < 1 || incrementMinutes > 60 || 60 % incrementMinutes != 0) {
            throw new IllegalArgumentException("Increment of " + incrementMinutes + " minutes does not divide an hour");
        }
        if (rate.isNegative()) {
            throw new IllegalArgumentException("Hourly rate " + rate + " is negative");
        }
        long centsTimesMinutes = Math.multiplyExact(rate.toCents(), (long) incrementMinutes);
        if (centsTimesMinutes % 60 != 0) {
            throw new IllegalArgumentException("Hourly rate " + rate + " is not whole cents for " + incrementMinutes
                    + " minutes");
        }
        Money perIncrement = Money.ofCents(centsTimesMinutes / 60);
        PriceRule rule = create(id, description, ChargeBasis.PER_INCREMENT, ChargeScope.REQUEST,
                List.of(new Tier(1, perIncrement)), false);
        return rule.withExtras(new Extras(ChargeKind.CLERICAL, incrementMinutes, rate, List.of(), null, null,
                List.of(), false));
    }

    /**
     * Sales tax: a rate in percent on the charges of named rules listed before it, rounded half up to cents.
     *
     * @param id  the rule's id, not blank
     * @param description  what is charged, for example "California sales tax", not blank
     * @param percent  the rate in percent such as {@code "7.75"}, from 0 to 100, not null
     * @param taxedRuleIds  the ids of the rules taxed, at least one, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if the id or description is blank, the rate out of range or not a number,
     *         or no rule is taxed
     */
    public static PriceRule salesTax(String id, String description, String percent, String... taxedRuleIds) {
        Objects.requireNonNull(percent, "percent");
        BigDecimal rate;
        try {
            rate = new BigDecimal(percent.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Sales tax rate is not a number", e);
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0 || rate.scale() > 4) {
            throw new IllegalArgumentException("Sales tax rate must be 0 to 100 percent with at most 4 decimals");
        }
        List<String> taxed = new ArrayList<>();
        for (String taxedId : taxedRuleIds) {
            taxed.add(Objects.requireNonNull(taxedId, "taxedRuleId").strip());
        }
        if (taxed.isEmpty()) {
            throw new IllegalArgumentException("Sales tax " + id + " taxes no rule");
        }
        PriceRule rule = create(id, description, ChargeBasis.PER_REQUEST, ChargeScope.REQUEST,
                List.of(new Tier(1, Money.ZERO)), false);
        return rule.withExtras(new Extras(ChargeKind.SALES_TAX, 0, null, List.of(), null, rate, List.copyOf(taxed),
                false));
    }

    /**
     * A fee the list names without an amount, such as "a reasonable fee" for x-rays: it adds nothing to a
     * quote, since no amount can be computed, and an audit reports that the fee cannot be told in advance
     * (R2.6).
     *
     * @param id  the rule's id, not blank
     * @param description  what is charged, not blank
     * @return the rule, not null
     * @throws IllegalArgumentException if the id or description is blank
     */
    public static PriceRule unstatedFee(String id, String description) {
        PriceRule rule = create(id, description, ChargeBasis.PER_REQUEST, ChargeScope.REQUEST, List.of(), false);
        return rule.withExtras(new Extras(ChargeKind.COPYING, 0, null, List.of(), null, null, List.of(), true));
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
                tiers, cap, waiver, related, source, extras);
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
        return new PriceRule(id, description, basis, newScope, condition, tiers, cap, waiver, related, source, extras);
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
        return new PriceRule(id, description, basis, scope, condition, tiers, value, waiver, related, source, extras);
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
        return new PriceRule(id, description, basis, scope, condition, list, cap, waiver, related, source, extras);
    }

    /**
     * Returns a copy that says what the rule charges for: search and retrieval, clerical labour,
     * certification, or a service asked for (expedited shipping, pick-up, inspection, an agreed summary). A
     * service's charge applies only when the context asks for it.
     *
     * @param kind  the kind, not null and not {@link ChargeKind#SALES_TAX} (see {@link #salesTax})
     * @return the changed rule, not null
     * @throws IllegalStateException for a waiver or postage, or for sales tax
     */
    public PriceRule withKind(ChargeKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (waiver || basis == ChargeBasis.POSTAGE || kind == ChargeKind.SALES_TAX
                || extras.kind() == ChargeKind.SALES_TAX) {
            throw new IllegalStateException("Rule " + id + " cannot be of kind " + kind);
        }
        return withExtras(extras.withKind(kind));
    }

    /**
     * Returns a copy of a per-request price that charges a flat price by the request's page count, replacing
     * its single price: for example $25 for 1-500 pages and $50 over 500. A request with a page count in no
     * band is not charged by the rule.
     *
     * @param first  a band, not null
     * @param rest  more bands, not null
     * @return the changed rule, not null
     * @throws IllegalArgumentException if two bands overlap
     * @throws IllegalStateException if the rule is not a plain per-request price
     */
    public PriceRule withBands(SizeBand first, SizeBand... rest) {
        Objects.requireNonNull(first, "first");
        if (basis != ChargeBasis.PER_REQUEST || waiver || extras.unstated() || extras.kind() == ChargeKind.SALES_TAX
                || tiers.size() != 1) {
            throw new IllegalStateException("Rule " + id + " is not a plain per-request price that bands can replace");
        }
        List<SizeBand> bands = new ArrayList<>();
        bands.add(first);
        for (SizeBand band : rest) {
            bands.add(Objects.requireNonNull(band, "band"));
        }
        for (int i = 0; i < bands.size(); i++) {
            for (int j = i + 1; j < bands.size(); j++) {
                if (bands.get(i).overlaps(bands.get(j))) {
                    throw new IllegalArgumentException("Bands " + bands.get(i).pagesText() + " and "
                            + bands.get(j).pagesText() + " of " + id + " overlap");
                }
            }
        }
        bands.sort((a, b) -> Integer.compare(a.firstPage(), b.firstPage()));
        return new PriceRule(id, description, basis, ChargeScope.RECORDS, condition, List.of(new Tier(1, Money.ZERO)),
                cap, waiver, related, source, extras.withBands(bands));
    }

    /**
     * Returns a copy that charges at least an amount whenever it charges: "$10.00 or $0.50 a page, whichever is
     * greater" is a per-page price of $0.50 at least $10.00. (Whichever is less is {@link #withCap}.)
     *
     * @param minimum  the least charge such as {@code "10.00"}, not null and not negative
     * @return the changed rule, not null
     * @throws IllegalArgumentException if the amount is negative
     * @throws IllegalStateException for a waiver, postage, sales tax or a fee without an amount
     */
    public PriceRule withAtLeast(String minimum) {
        Money value = Money.parse(minimum);
        if (value.isNegative()) {
            throw new IllegalArgumentException("Least charge " + value + " is negative");
        }
        if (waiver || basis == ChargeBasis.POSTAGE || extras.unstated() || extras.kind() == ChargeKind.SALES_TAX) {
            throw new IllegalStateException("Rule " + id + " has no charge to raise");
        }
        return withExtras(extras.withAtLeast(value));
    }

    private PriceRule withExtras(Extras newExtras) {
        return new PriceRule(id, description, basis, scope, condition, tiers, cap, waiver, related, source, newExtras);
    }

    /**
     * Returns a copy that names law-book ids the price relates to, for example the rule whose rate it
     * equals, without claiming to be that law.
     *
     * @param ruleIds  law-book ids, not null
     * @return the changed rule, not null
     */
    public PriceRule withRelatedRules(String... ruleIds) {
        return new PriceRule(id, description, basis, scope, condition, tiers, cap, waiver, List.of(ruleIds), source, extras);
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
        return new PriceRule(id, description, basis, scope, condition, tiers, cap, waiver, related, priceListName, extras);
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

    /**
     * Returns what the rule charges for.
     *
     * @return the kind, {@link ChargeKind#COPYING} unless set; not null
     */
    public ChargeKind kind() {
        return extras.kind();
    }

    /**
     * Returns the minutes billed as one increment of an hourly rate.
     *
     * @return the minutes, 0 unless the rule is {@link ChargeBasis#PER_INCREMENT}
     */
    public int incrementMinutes() {
        return extras.incrementMinutes();
    }

    /**
     * Returns the price per hour of an hourly rate.
     *
     * @return the rate, empty unless the rule is {@link ChargeBasis#PER_INCREMENT}
     */
    public Optional<Money> hourlyRate() {
        return Optional.ofNullable(extras.hourlyRate());
    }

    /**
     * Returns the flat prices by size band.
     *
     * @return an unmodifiable list in page order, empty unless the rule charges by band; not null
     */
    public List<SizeBand> bands() {
        return extras.bands();
    }

    /**
     * Returns the least the rule charges whenever it charges ("whichever is greater").
     *
     * @return the amount, empty if none
     */
    public Optional<Money> atLeast() {
        return Optional.ofNullable(extras.atLeast());
    }

    /**
     * Returns a sales-tax rule's rate in percent.
     *
     * @return the rate, empty unless the rule is sales tax
     */
    public Optional<BigDecimal> taxPercent() {
        return Optional.ofNullable(extras.taxPercent());
    }

    /**
     * Returns the ids of the rules a sales-tax rule taxes.
     *
     * @return an unmodifiable list, empty unless the rule is sales tax; not null
     */
    public List<String> taxedRuleIds() {
        return extras.taxed();
    }

    /**
     * Tells whether the list names this fee without an amount ("a reasonable fee"), so that it cannot be told
     * in advance (R2.6) and adds nothing to a quote.
     *
     * @return true for a fee without an amount
     */
    public boolean isUnstatedFee() {
        return extras.unstated();
    }

    /** Tells whether the rule applies to a context, amount or not: its condition, scope and service asked. */
    boolean appliesTo(FeeContext context) {
        if (!condition.matches(context)) {
            return false;
        }
        if (extras.kind().isOnRequest() && !context.asked().contains(extras.kind())) {
            return false;
        }
        return switch (scope) {
            case RECORDS -> context.hasRecords();
            case IMAGES -> context.hasImages();
            case REQUEST -> true;
        };
    }

    /**
     * Appends this rule's charge lines, and its cap line if the cap binds, for a context it applies to.
     */
    void appendLines(FeeContext context, List<FeeLine> lines) {
        if (extras.unstated()) {
            return;
        }
        if (extras.taxPercent() != null) {
            appendTax(lines);
            return;
        }
        long quantity = switch (basis) {
            case PER_PAGE -> context.pages();
            case PER_MEDIUM -> context.media();
            case PER_INCREMENT -> (context.clericalMinutes() + extras.incrementMinutes() - 1L)
                    / extras.incrementMinutes();
            case PER_REQUEST -> 1;
            case POSTAGE -> {
                if (context.deliveryMethod().isMailed() && !context.postage().isZero()) {
                    lines.add(FeeLine.charge(id, basis, scope, description, 1, context.postage(), citation));
                }
                yield 0;
            }
        };
        if (quantity == 0) {
            return;
        }
        if (!extras.bands().isEmpty()) {
            for (SizeBand band : extras.bands()) {
                if (band.contains(context.pages())) {
                    lines.add(FeeLine.charge(id, basis, scope, description + ", " + band.pagesText(), 1, band.price(),
                            citation));
                    return;
                }
            }
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
        if (extras.atLeast() != null && extras.atLeast().isGreaterThan(sum)) {
            Money topUp = extras.atLeast().minus(sum);
            lines.add(FeeLine.charge(id, ChargeBasis.PER_REQUEST, scope, description + ", at least "
                    + extras.atLeast() + " (whichever is greater)", 1, topUp, citation));
            sum = extras.atLeast();
        }
        if (cap != null && sum.isGreaterThan(cap)) {
            Money adjustment = cap.minus(sum);
            lines.add(FeeLine.cap(id, basis, scope, capText, adjustment, citation));
        }
    }

    /** Adds the tax on the lines of the taxed rules charged before this one, if any. */
    private void appendTax(List<FeeLine> lines) {
        Money taxed = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            FeeLine line = lines.get(i);
            if (extras.taxed().contains(line.ruleId())) {
                taxed = Itemisation.add(taxed, line.amount());
            }
        }
        if (!taxed.isGreaterThan(Money.ZERO)) {
            return;
        }
        Money tax = taxed.times(extras.taxPercent().movePointLeft(2), RoundingMode.HALF_UP);
        if (!tax.isZero()) {
            lines.add(FeeLine.charge(id, basis, scope, description + ", " + extras.taxPercent().toPlainString()
                    + "% of " + taxed, 1, tax, citation));
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PriceRule o && id.equals(o.id) && description.equals(o.description) && basis == o.basis
                && scope == o.scope && condition.equals(o.condition) && tiers.equals(o.tiers)
                && Objects.equals(cap, o.cap) && waiver == o.waiver && related.equals(o.related)
                && source.equals(o.source) && extras.equals(o.extras);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, description, basis, scope, condition, tiers, cap, waiver, related, source, extras);
    }

    @Override
    public String toString() {
        return "PriceRule[" + id + ", " + (waiver ? "waiver" : basis + " " + scope + " " + tiers
                + (cap == null ? "" : " cap " + cap)) + (extras.equals(Extras.NONE) ? "" : ", " + extras) + ", "
                + condition + "]";
    }
}

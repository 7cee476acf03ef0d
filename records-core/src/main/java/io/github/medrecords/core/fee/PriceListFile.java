package io.github.medrecords.core.fee;

import io.github.medrecords.core.fee.PriceListFormatException.Problem;
import io.github.medrecords.core.law.KeyedText.Entry;
import io.github.medrecords.core.law.KeyedText;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A practice's price list kept in a file its staff can read and edit: Java properties syntax (read by
 * {@link Properties}, line by line so every problem has its line number), with the days the prices are
 * in force, the rules in the order they appear, and the documented cost bases. A broken file is refused
 * as a whole with {@link PriceListFormatException}, listing every problem; nothing is half-loaded.
 *
 * <pre>
 * price-list.name = Example Practice published prices
 * price-list.effective-from = 2026-01-01
 *
 * rule.PORTAL.charge = free
 * rule.PORTAL.description = records accessed via the patient portal
 * rule.PORTAL.when.delivery = PORTAL_DOWNLOAD
 *
 * rule.PAGES.charge = per-page
 * rule.PAGES.description = Copies of records
 * rule.PAGES.tiers = 1:0.95, 101:0.49
 * rule.PAGES.cap = 150.00
 * rule.PAGES.related = R5.2
 *
 * rule.CD.charge = per-medium
 * rule.CD.description = Images on CD
 * rule.CD.price = 5.00
 * cost-basis.CD.MATERIALS.method = ACTUAL
 * cost-basis.CD.MATERIALS.unit-cost = 5.00
 * cost-basis.CD.MATERIALS.reference = CD supplier invoice 2026
 *
 * typical.default-pages = 10
 * typical.pages.LAB_RESULTS = 3
 * </pre>
 *
 * <p>docs/price-list-file.md lists every key. Immutable and thread-safe.
 */
public final class PriceListFile {

    private static final String RULE = "rule.";
    private static final String COST = "cost-basis.";
    private static final String TYPICAL_PAGES = "typical.pages.";
    private static final Set<String> RULE_KEYS = Set.of("charge", "description", "price", "tiers", "cap", "for",
            "related", "when.basis", "when.role", "when.copy", "when.keeping", "when.delivery", "when.purpose",
            "when.record-types", "when.documented-claim", "when.attorney-before-suit", "when.requester", "kind",
            "increment", "bands", "at-least", "rate", "on");
    private static final Set<String> COST_KEYS = Set.of("method", "unit-cost", "reference");
    private static final Set<String> CHARGES = Set.of("free", "per-page", "per-request", "per-medium", "postage",
            "per-hour", "sales-tax", "reasonable-fee");
    private static final Set<String> KINDS = Set.of("copying", "search-and-retrieval", "clerical", "certification",
            "expedited-shipping", "pick-up", "inspection", "summary");
    /** The longest amount a file may write; longer text is refused before it is read as a number. */
    private static final int MAX_AMOUNT_LENGTH = 40;

    private final PriceList priceList;
    private final LocalDate effectiveFrom;
    private final LocalDate effectiveUntil;

    private PriceListFile(PriceList priceList, LocalDate effectiveFrom, LocalDate effectiveUntil) {
        this.priceList = priceList;
        this.effectiveFrom = effectiveFrom;
        this.effectiveUntil = effectiveUntil;
    }

    /**
     * Reads a price-list file.
     *
     * @param reader  the file's text, not null; not closed
     * @param source  the file's name for messages, not null
     * @return the price list and its days in force, not null
     * @throws PriceListFormatException listing every problem with its line, if the file is broken
     * @throws UncheckedIOException if the reader fails
     */
    public static PriceListFile parse(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        return new Parser(source).parse(reader);
    }

    /**
     * Reads a price-list file from its text.
     *
     * @param text  the file's text, not null
     * @param source  the file's name for messages, not null
     * @return the price list and its days in force, not null
     * @throws PriceListFormatException listing every problem with its line, if the file is broken
     */
    public static PriceListFile parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        return parse(new StringReader(text), source);
    }

    /**
     * Returns the price list.
     *
     * @return the price list, not null
     */
    public PriceList priceList() {
        return priceList;
    }

    /**
     * Returns the first day the prices are in force.
     *
     * @return the date, empty if not given
     */
    public Optional<LocalDate> effectiveFrom() {
        return Optional.ofNullable(effectiveFrom);
    }

    /**
     * Returns the first day the prices are no longer in force.
     *
     * @return the date, empty if not given
     */
    public Optional<LocalDate> effectiveUntil() {
        return Optional.ofNullable(effectiveUntil);
    }

    /**
     * Tells whether the prices are in force on a day.
     *
     * @param day  the day, not null
     * @return true if in force
     */
    public boolean isInForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveUntil == null || day.isBefore(effectiveUntil));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PriceListFile o && priceList.equals(o.priceList)
                && Objects.equals(effectiveFrom, o.effectiveFrom) && Objects.equals(effectiveUntil, o.effectiveUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(priceList, effectiveFrom, effectiveUntil);
    }

    @Override
    public String toString() {
        return "PriceListFile[" + priceList.name() + ", " + (effectiveFrom == null ? "..." : effectiveFrom) + " to "
                + (effectiveUntil == null ? "..." : effectiveUntil) + "]";
    }

    /** One key and value with the line it starts on. */
    /** Reads one file; not thread-safe, lives inside one call. */
    private static final class Parser {

        private final String source;
        private KeyedText text;
        private final Set<String> listed = new HashSet<>();

        Parser(String source) {
            this.source = source;
        }

        PriceListFile parse(Reader reader) {
            text = KeyedText.read(reader, source);
            Map<String, Map<String, Entry>> rules = new LinkedHashMap<>();
            Map<String, Map<String, Entry>> costs = new LinkedHashMap<>();
            Map<String, Entry> typicalPages = new LinkedHashMap<>();
            Entry name = null;
            Entry from = null;
            Entry until = null;
            Entry keeping = null;
            Entry defaultPages = null;
            Entry postage = null;
            for (Entry e : text.entries()) {
                String key = e.key();
                if (key.startsWith(RULE)) {
                    group(e, key.substring(RULE.length()), rules, RULE_KEYS, 1);
                } else if (key.startsWith(COST)) {
                    group(e, key.substring(COST.length()), costs, COST_KEYS, 2);
                } else if (key.startsWith(TYPICAL_PAGES)) {
                    typicalPages.put(key.substring(TYPICAL_PAGES.length()), e);
                } else {
                    switch (key) {
                        case "price-list.name" -> name = e;
                        case "price-list.effective-from" -> from = e;
                        case "price-list.effective-until" -> until = e;
                        case "typical.keeping" -> keeping = e;
                        case "typical.default-pages" -> defaultPages = e;
                        case "typical.postage" -> postage = e;
                        default -> problem(e.line(), "unknown key '" + key + "'");
                    }
                }
            }
            if (name == null || name.value().isBlank()) {
                problem(name == null ? 1 : name.line(), "price-list.name is missing");
            }
            LocalDate effectiveFrom = from == null ? null : date(from);
            LocalDate effectiveUntil = until == null ? null : date(until);
            if (effectiveFrom != null && effectiveUntil != null && !effectiveFrom.isBefore(effectiveUntil)) {
                problem(until.line(), "effective-until " + effectiveUntil + " is not after effective-from "
                        + effectiveFrom);
            }
            List<PriceRule> parsedRules = new ArrayList<>();
            rules.forEach((id, keys) -> {
                rule(id, keys).ifPresent(parsedRules::add);
                Entry charge = keys.get("charge");
                if (charge == null || !charge.value().equalsIgnoreCase("free")) {
                    listed.add(id);
                }
            });
            List<CostBasis> parsedCosts = new ArrayList<>();
            costs.forEach((id, keys) -> costBasis(id, keys, rules.keySet()).ifPresent(parsedCosts::add));
            TypicalVolumes typical = TypicalVolumes.none();
            if (keeping != null) {
                RecordKeeping value = enumValue(keeping, RecordKeeping::valueOf, "record keeping");
                typical = value == null ? typical : typical.withRecordKeeping(value);
            }
            if (defaultPages != null) {
                Integer pages = count(defaultPages);
                typical = pages == null ? typical : typical.withDefaultPages(pages);
            }
            if (postage != null) {
                Money amount = money(postage);
                typical = amount == null ? typical : typical.withPostage(amount);
            }
            for (Map.Entry<String, Entry> pages : typicalPages.entrySet()) {
                RecordType type = recordType(pages.getValue(), pages.getKey());
                Integer count = count(pages.getValue());
                if (type != null && count != null) {
                    typical = typical.withPages(type, count);
                }
            }
            if (text.hasProblems()) {
                throw refused();
            }
            PriceList.Builder builder = PriceList.builder(name.value()).typicalVolumes(typical);
            parsedRules.forEach(builder::rule);
            parsedCosts.forEach(builder::costBasis);
            return new PriceListFile(builder.build(), effectiveFrom, effectiveUntil);
        }

        private PriceListFormatException refused() {
            List<Problem> problems = new ArrayList<>();
            for (KeyedText.Problem p : text.problems()) {
                problems.add(new Problem(p.line(), p.message()));
            }
            return new PriceListFormatException(source, problems);
        }

        private void group(Entry e, String rest, Map<String, Map<String, Entry>> into, Set<String> allowed,
                int idParts) {
            String[] parts = rest.split("\\.", idParts + 1);
            if (parts.length <= idParts || parts[0].isBlank()) {
                problem(e.line(), "unknown key '" + e.key() + "'");
                return;
            }
            String id = idParts == 1 ? parts[0] : parts[0] + "." + parts[1];
            String property = parts[idParts];
            if (!allowed.contains(property)) {
                problem(e.line(), "unknown key '" + e.key() + "'; expected one of " + new TreeSet<>(allowed));
                return;
            }
            into.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(property, e);
        }

        private Optional<PriceRule> rule(String id, Map<String, Entry> keys) {
            int first = keys.values().iterator().next().line();
            Entry charge = keys.get("charge");
            if (charge == null) {
                problem(first, "rule " + id + " needs a charge: one of " + new TreeSet<>(CHARGES));
                return Optional.empty();
            }
            String kind = charge.value().toLowerCase(Locale.ROOT);
            if (!CHARGES.contains(kind)) {
                problem(charge.line(), "rule " + id + " has charge '" + charge.value() + "'; expected one of "
                        + new TreeSet<>(CHARGES));
                return Optional.empty();
            }
            Entry description = keys.get("description");
            if (!kind.equals("postage") && (description == null || description.value().isBlank())) {
                problem(charge.line(), "rule " + id + " needs a description");
                return Optional.empty();
            }
            int before = text.problemCount();
            FeeCondition condition = condition(id, keys);
            List<Tier> tiers = tiers(id, kind, keys);
            Entry scope = keys.get("for");
            Entry cap = keys.get("cap");
            notFor(id, kind, keys, Set.of("free", "postage", "sales-tax", "reasonable-fee"), "price", "tiers", "cap",
                    "at-least");
            notFor(id, kind, keys, Set.of("free", "postage", "sales-tax"), "for", "kind");
            notFor(id, kind, keys, Set.of("per-hour"), "tiers");
            if (keys.containsKey("bands") && keys.containsKey("at-least")) {
                problem(keys.get("at-least").line(), "rule " + id + " has bands and takes no at-least");
            }
            notFor(id, kind, keys, Set.of("free", "postage", "per-page", "per-request", "per-medium", "sales-tax",
                    "reasonable-fee"), "increment");
            notFor(id, kind, keys, Set.of("free", "postage", "per-page", "per-medium", "per-hour", "sales-tax",
                    "reasonable-fee"), "bands");
            notFor(id, kind, keys, Set.of("free", "postage", "per-page", "per-request", "per-medium", "per-hour",
                    "reasonable-fee"), "rate", "on");
            Money capAmount = cap == null ? null : money(cap);
            Entry least = keys.get("at-least");
            Money leastAmount = least == null ? null : money(least);
            if (scope != null && !Set.of("records", "images").contains(scope.value())) {
                problem(scope.line(), "rule " + id + " is for 'records' or 'images', not '" + scope.value() + "'");
            } else if (scope != null && (kind.equals("per-page") || kind.equals("per-hour"))
                    && scope.value().equals("images")) {
                problem(scope.line(), "rule " + id + " (" + kind + ") charges for records, not images");
            }
            ChargeKind chargeKind = chargeKind(id, keys.get("kind"));
            List<SizeBand> bands = bands(id, keys.get("bands"));
            Integer increment = kind.equals("per-hour") ? increment(id, keys.get("increment"), charge) : null;
            BigDecimal rate = kind.equals("sales-tax") ? rate(id, keys.get("rate"), charge) : null;
            List<String> taxed = kind.equals("sales-tax") ? taxed(id, keys.get("on"), charge) : List.of();
            neverApplies(id, kind, keys, condition);
            if (text.problemCount() > before) {
                return Optional.empty();
            }
            try {
                return Optional.of(build(id, kind, keys, description, condition, tiers, scope, capAmount, leastAmount,
                        chargeKind, bands, increment, rate, taxed));
            } catch (IllegalArgumentException | IllegalStateException e) {
                // A combination the keys above let through but the rule refuses, said in the rule's words.
                problem(charge.line(), "rule " + id + ": " + e.getMessage());
                return Optional.empty();
            }
        }

        private PriceRule build(String id, String kind, Map<String, Entry> keys, Entry description,
                FeeCondition condition, List<Tier> tiers, Entry scope, Money capAmount, Money leastAmount,
                ChargeKind chargeKind, List<SizeBand> bands, Integer increment, BigDecimal rate, List<String> taxed) {
            PriceRule rule;
            switch (kind) {
                case "free" -> rule = PriceRule.waiver(id, description.value(), condition);
                case "postage" -> rule = PriceRule.postage(id).withCondition(condition);
                case "sales-tax" -> rule = PriceRule.salesTax(id, description.value(), rate.toPlainString(),
                        taxed.toArray(new String[0])).withCondition(condition);
                case "reasonable-fee" -> {
                    rule = PriceRule.unstatedFee(id, description.value()).withCondition(condition);
                    if (scope != null) {
                        rule = scope.value().equals("images") ? rule.forImages() : rule.forRecords();
                    }
                }
                default -> {
                    String first1 = bands.isEmpty() ? tiers.get(0).unitPrice().amount().toPlainString() : "0";
                    rule = switch (kind) {
                        case "per-page" -> PriceRule.perPage(id, description.value(), first1);
                        case "per-request" -> PriceRule.perRequest(id, description.value(), first1);
                        case "per-hour" -> PriceRule.perHour(id, description.value(), first1, increment);
                        default -> PriceRule.perMedium(id, description.value(), first1);
                    };
                    if (tiers.size() > 1) {
                        rule = rule.withTiers(tiers.get(0), tiers.subList(1, tiers.size()).toArray(new Tier[0]));
                    }
                    if (!bands.isEmpty()) {
                        rule = rule.withBands(bands.get(0), bands.subList(1, bands.size()).toArray(new SizeBand[0]));
                    }
                    if (scope != null) {
                        rule = scope.value().equals("images") ? rule.forImages() : rule.forRecords();
                    }
                    rule = rule.withCondition(condition);
                    if (leastAmount != null) {
                        rule = rule.withAtLeast(leastAmount.amount().toPlainString());
                    }
                    if (capAmount != null) {
                        rule = rule.withCap(capAmount.amount().toPlainString());
                    }
                }
            }
            if (chargeKind != null) {
                rule = rule.withKind(chargeKind);
            }
            Entry related = keys.get("related");
            if (related != null) {
                rule = rule.withRelatedRules(list(related).toArray(new String[0]));
            }
            return rule;
        }

        /** Reports each of the keys a kind of charge does not take. */
        private void notFor(String id, String kind, Map<String, Entry> keys, Set<String> kinds, String... priced) {
            if (!kinds.contains(kind)) {
                return;
            }
            for (String key : priced) {
                if (keys.containsKey(key)) {
                    problem(keys.get(key).line(), "rule " + id + " is " + kind + " and takes no " + key);
                }
            }
        }

        private ChargeKind chargeKind(String id, Entry e) {
            if (e == null) {
                return null;
            }
            String value = e.value().strip().toLowerCase(Locale.ROOT);
            if (!KINDS.contains(value)) {
                problem(e.line(), "rule " + id + " has kind '" + e.value() + "'; expected one of " + new TreeSet<>(KINDS));
                return null;
            }
            return ChargeKind.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        /** Reads bands such as {@code 1-500: 25.00, 501+: 50.00}; overlapping bands are a problem. */
        private List<SizeBand> bands(String id, Entry e) {
            if (e == null) {
                return List.of();
            }
            List<SizeBand> result = new ArrayList<>();
            for (String band : list(e)) {
                String[] parts = band.split(":", 2);
                try {
                    String pages = parts[0].strip();
                    Money price = amount(parts[1]);
                    if (pages.endsWith("+")) {
                        result.add(new SizeBand(Integer.parseInt(pages.substring(0, pages.length() - 1).strip()),
                                FeeContext.MAX_PAGES, price));
                    } else {
                        String[] ends = pages.split("-", 2);
                        result.add(new SizeBand(Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip()),
                                price));
                    }
                } catch (RuntimeException ex) {
                    problem(e.line(), "rule " + id + " has band '" + band + "'; write first-last: price or first+: price,"
                            + " as in 1-500: 25.00, 501+: 50.00");
                    return List.of();
                }
            }
            for (int i = 0; i < result.size(); i++) {
                for (int j = i + 1; j < result.size(); j++) {
                    if (result.get(i).overlaps(result.get(j))) {
                        problem(e.line(), "the bands of rule " + id + " overlap: " + result.get(i).pagesText() + " and "
                                + result.get(j).pagesText());
                        return List.of();
                    }
                }
            }
            if (result.isEmpty()) {
                problem(e.line(), "rule " + id + " names no band");
            }
            return result;
        }

        private Integer increment(String id, Entry e, Entry charge) {
            if (e == null) {
                problem(charge.line(), "per-hour rule " + id + " needs an increment in minutes, such as 15");
                return null;
            }
            try {
                int minutes = Integer.parseInt(e.value().strip());
                if (minutes >= 1 && minutes <= 60 && 60 % minutes == 0) {
                    return minutes;
                }
            } catch (NumberFormatException ex) {
                // reported below
            }
            problem(e.line(), "rule " + id + " has increment '" + e.value() + "'; write minutes that divide an hour,"
                    + " such as 15");
            return null;
        }

        private BigDecimal rate(String id, Entry e, Entry charge) {
            if (e == null) {
                problem(charge.line(), "sales-tax rule " + id + " needs a rate in percent, such as 7.75");
                return null;
            }
            try {
                if (e.value().length() <= MAX_AMOUNT_LENGTH) {
                    BigDecimal rate = new BigDecimal(e.value().strip().replace("%", ""));
                    if (rate.signum() >= 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0 && rate.scale() <= 4) {
                        return rate;
                    }
                }
            } catch (NumberFormatException ex) {
                // reported below
            }
            problem(e.line(), "rule " + id + " has rate '" + e.value() + "'; write a percent from 0 to 100, such as 7.75");
            return null;
        }

        private List<String> taxed(String id, Entry e, Entry charge) {
            if (e == null || list(e).isEmpty()) {
                problem(e == null ? charge.line() : e.line(), "sales-tax rule " + id + " needs the rules it taxes: on = ...");
                return List.of();
            }
            List<String> result = list(e);
            for (String taxed : result) {
                if (!listed.contains(taxed)) {
                    problem(e.line(), "sales-tax rule " + id + " taxes '" + taxed + "', which is not a charge listed"
                            + " before it");
                }
            }
            return result;
        }

        /** Reports a rule whose conditions no request can meet. */
        private void neverApplies(String id, String kind, Map<String, Entry> keys, FeeCondition c) {
            Set<RequesterRole> roles = c.roles().isEmpty() ? EnumSet.allOf(RequesterRole.class) : c.roles();
            Set<LegalBasis> bases = c.legalBases().isEmpty() ? EnumSet.allOf(LegalBasis.class) : c.legalBases();
            List<String> why = new ArrayList<>();
            boolean any = false;
            for (RequesterRole role : roles) {
                for (LegalBasis basis : bases) {
                    any |= role.permits(basis) && suits(c, role, basis);
                }
            }
            if (!any) {
                why.add("no requester in when.role, when.requester and when.attorney-before-suit may rely on a basis"
                        + " in when.basis");
            }
            if (c.requiresDocumentedClaim() && !c.purposes().isEmpty()
                    && c.purposes().stream().noneMatch(PurposeKind::isBenefitClaim)) {
                why.add("when.documented-claim needs a benefit-claim purpose");
            }
            if (kind.equals("per-page") && !c.recordTypes().isEmpty()
                    && c.recordTypes().stream().allMatch(RecordType::isImaging)) {
                why.add("a per-page rule counts pages of records, and when.record-types names only images");
            }
            if (!why.isEmpty()) {
                Entry at = keys.get("charge");
                problem(at.line(), "rule " + id + " can never apply: " + String.join("; ", why));
            }
        }

        private static boolean suits(FeeCondition c, RequesterRole role, LegalBasis basis) {
            if (c.attorneyBeforeSuit().orElse(false)
                    && (role != RequesterRole.THIRD_PARTY || basis != LegalBasis.AUTHORIZATION)) {
                return false;
            }
            if (c.requesterKinds().isEmpty()) {
                return true;
            }
            for (RequesterKind kind : c.requesterKinds()) {
                boolean possible = switch (kind) {
                    case ATTORNEY, INSURER, WORKERS_COMPENSATION -> role == RequesterRole.THIRD_PARTY;
                    case REFERRED_PHYSICIAN -> role == RequesterRole.PROVIDER && basis == LegalBasis.TREATMENT;
                };
                if (possible) {
                    return true;
                }
            }
            return false;
        }

        private List<Tier> tiers(String id, String kind, Map<String, Entry> keys) {
            Entry price = keys.get("price");
            Entry tiers = keys.get("tiers");
            if (kind.equals("free") || kind.equals("postage") || kind.equals("sales-tax") || kind.equals("reasonable-fee")
                    || (kind.equals("per-request") && keys.containsKey("bands") && price == null && tiers == null)) {
                return List.of();
            }
            if (kind.equals("per-request") && keys.containsKey("bands")) {
                problem((price != null ? price : tiers).line(), "rule " + id + " has bands and takes no price or tiers");
                return List.of();
            }
            if ((price == null) == (tiers == null)) {
                problem((price != null ? price : tiers != null ? tiers : keys.get("charge")).line(),
                        "rule " + id + " needs either a price or tiers");
                return List.of();
            }
            if (price != null) {
                Money amount = money(price);
                return amount == null ? List.of() : List.of(new Tier(1, amount));
            }
            List<Tier> result = new ArrayList<>();
            for (String tier : list(tiers)) {
                String[] parts = tier.split(":", 2);
                try {
                    result.add(new Tier(Integer.parseInt(parts[0].strip()), amount(parts[1])));
                } catch (RuntimeException e) {
                    problem(tiers.line(), "rule " + id + " has tier '" + tier + "'; write from-unit:price, as in"
                            + " 1:0.95, 101:0.49");
                    return List.of();
                }
            }
            if (result.isEmpty() || result.get(0).fromUnit() != 1) {
                problem(tiers.line(), "the tiers of rule " + id + " must start at unit 1");
                return List.of();
            }
            for (int i = 1; i < result.size(); i++) {
                if (result.get(i).fromUnit() <= result.get(i - 1).fromUnit()) {
                    problem(tiers.line(), "the tiers of rule " + id + " are not in increasing order");
                    return List.of();
                }
            }
            return result;
        }

        private FeeCondition condition(String id, Map<String, Entry> keys) {
            return FeeConditionKeys.read(text, id, keys);
        }

        private Optional<CostBasis> costBasis(String id, Map<String, Entry> keys, Set<String> ruleIds) {
            int first = keys.values().iterator().next().line();
            String[] parts = id.split("\\.", 2);
            String ruleId = parts[0];
            int before = text.problemCount();
            if (!ruleIds.contains(ruleId)) {
                problem(first, "cost basis names no rule " + ruleId);
            }
            CostKind kind = null;
            try {
                kind = CostKind.valueOf(parts[1]);
            } catch (IllegalArgumentException e) {
                problem(first, "cost basis of " + ruleId + " has kind '" + parts[1] + "'; expected one of "
                        + List.of(CostKind.values()));
            }
            for (String required : List.of("method", "unit-cost", "reference")) {
                if (!keys.containsKey(required)) {
                    problem(first, "cost basis " + id + " needs " + required);
                }
            }
            if (text.problemCount() > before) {
                return Optional.empty();
            }
            CostMethod method = enumValue(keys.get("method"), CostMethod::valueOf, "cost method");
            Money unitCost = money(keys.get("unit-cost"));
            Entry reference = keys.get("reference");
            if (reference.value().isBlank()) {
                problem(reference.line(), "cost basis " + id + " needs a reference");
            }
            if (method == null || unitCost == null || reference.value().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new CostBasis(ruleId, kind, method, unitCost, reference.value()));
        }

        private static <T> T[] rest(List<T> values, IntFunction<T[]> array) {
            return values.subList(1, values.size()).toArray(array.apply(0));
        }

        private List<String> list(Entry e) {
            return text.list(e);
        }

        private <T> List<T> enums(Entry e, Function<String, T> parse, String what) {
            return text.enums(e, parse, what);
        }

        private <T> T enumValue(Entry e, Function<String, T> parse, String what) {
            return text.enumValue(e, parse, what);
        }

        private RecordType recordType(Entry e, String code) {
            return FeeConditionKeys.recordType(text, e, code);
        }

        /** Reads an amount, refusing text too long to be one before reading it as a number. */
        private static Money amount(String text) {
            if (text.length() > MAX_AMOUNT_LENGTH) {
                throw new NumberFormatException("too long");
            }
            return Money.parse(text.strip());
        }

        private Money money(Entry e) {
            return text.money(e);
        }

        private Integer count(Entry e) {
            return text.count(e, "pages");
        }

        private Boolean bool(Entry e) {
            return text.bool(e);
        }

        private LocalDate date(Entry e) {
            return text.date(e);
        }

        private void problem(int line, String message) {
            text.problem(line, message);
        }
    }
}

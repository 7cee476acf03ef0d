package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.law.KeyedText.Entry;
import io.github.medrecords.core.law.KeyedText;
import io.github.medrecords.core.law.StateLawFile.Version;
import io.github.medrecords.core.law.StateLawFile;
import io.github.medrecords.core.money.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns the fee limits of a state law file (docs/adding-a-state.md) into one {@link LegalSchedule} per version of
 * the state's fee law, each figure as given for that version (a key {@code pages@2024-07-01} replaces
 * {@code pages} from that version on).
 */
final class StateFeeLaw {

    private static final Set<String> KEYS = Set.of("cites", "source", "says", "limit", "pages", "postage", "amount", "charges",
            "method", "cost", "plus.documented", "plus.hourly", "versions");
    private static final String PLUS = "plus.";
    private static final Pattern FIRST_PAGE = Pattern.compile("[1-9][0-9]{0,6}\\+");
    private static final Set<String> KINDS = Set.of("no-fee", "no-fee-for-images", "pages", "cost-based",
            "cost-of-materials", "images-at-cost", "flat-or-cost", "not-charged", "method-not-allowed", "fee-stated");

    private final StateLawFile file;
    private final KeyedText text;

    private StateFeeLaw(StateLawFile file) {
        this.file = file;
        this.text = file.text();
    }

    /**
     * Returns the schedules of a file, one per version, recording every problem in the file.
     *
     * @param file  the file, not null
     * @return the schedules, oldest first, not null
     */
    static List<LegalSchedule> schedules(StateLawFile file) {
        return new StateFeeLaw(file).read();
    }

    private List<LegalSchedule> read() {
        List<Version> versions = file.versions();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < versions.size(); i++) {
            order.put(versions.get(i).id(), i);
        }
        Map<String, Map<String, Map<String, Entry>>> byLimit = new LinkedHashMap<>();
        file.limits().forEach((name, keys) -> byLimit.put(name, split(name, keys, order)));
        List<LegalSchedule> schedules = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (int v = 0; v < versions.size(); v++) {
            Version version = versions.get(v);
            List<LegalLimit> limits = new ArrayList<>();
            for (Map.Entry<String, Map<String, Map<String, Entry>>> limit : byLimit.entrySet()) {
                Map<String, Entry> keys = at(limit.getValue(), versions, v);
                // a limit whose keys are all given for later versions does not exist yet
                if (!keys.isEmpty() && inVersion(limit.getKey(), keys, version, order)) {
                    int before = text.problemCount();
                    LegalLimit built = limit(limit.getKey(), keys, version);
                    if (built != null) {
                        limits.add(built);
                    } else if (text.problemCount() == before && reported.add(limit.getKey())) {
                        text.problem(keys.values().iterator().next().line(), "limit " + limit.getKey()
                                + " could not be read");
                    }
                }
            }
            if (file.state() != null) {
                schedules.add(LegalSchedule.state(version.name(), file.state(), version.inForce(), limits));
            }
        }
        return schedules;
    }

    /** Splits a limit's keys by the version they are given for ("" for every version). */
    private Map<String, Map<String, Entry>> split(String name, Map<String, Entry> keys, Map<String, Integer> order) {
        Map<String, Map<String, Entry>> byVersion = new LinkedHashMap<>();
        for (Map.Entry<String, Entry> key : keys.entrySet()) {
            String k = key.getKey();
            String version = "";
            int at = k.indexOf('@');
            if (at >= 0) {
                version = k.substring(at + 1);
                k = k.substring(0, at);
                if (!order.containsKey(version)) {
                    text.problem(key.getValue().line(), "limit " + name + ": '" + version + "' is not a version of"
                            + " the file");
                    continue;
                }
            }
            if (!KEYS.contains(k) && !FeeConditionKeys.KEYS.contains(k) && !k.startsWith(PLUS)) {
                text.problem(key.getValue().line(), "limit " + name + ": unknown key '" + k + "'; expected one of "
                        + new TreeSet<>(KEYS) + ", plus.<kind> or when.*");
                continue;
            }
            byVersion.computeIfAbsent(version, v -> new LinkedHashMap<>()).put(k, key.getValue());
        }
        return byVersion;
    }

    /** The keys in force at a version: the plain keys, replaced by the latest {@code @version} at or before it. */
    private static Map<String, Entry> at(Map<String, Map<String, Entry>> byVersion, List<Version> versions, int v) {
        Map<String, Entry> keys = new LinkedHashMap<>(byVersion.getOrDefault("", Map.of()));
        for (int i = 0; i <= v; i++) {
            keys.putAll(byVersion.getOrDefault(versions.get(i).id(), Map.of()));
        }
        return keys;
    }

    private boolean inVersion(String name, Map<String, Entry> keys, Version version, Map<String, Integer> order) {
        Entry e = keys.get("versions");
        if (e == null) {
            return true;
        }
        int index = order.get(version.id());
        for (String part : text.list(e)) {
            boolean onwards = part.endsWith("+");
            String id = onwards ? part.substring(0, part.length() - 1).strip() : part;
            Integer from = order.get(id);
            if (from == null) {
                text.problem(e.line(), "limit " + name + ": '" + id + "' is not a version of the file");
            } else if (onwards ? index >= from : index == from) {
                return true;
            }
        }
        return false;
    }

    private LegalLimit limit(String name, Map<String, Entry> keys, Version version) {
        Entry cites = keys.get("cites");
        Entry says = keys.get("says");
        Entry kindEntry = keys.get("limit");
        int line = keys.values().iterator().next().line();
        if (cites == null || says == null || kindEntry == null) {
            text.problem(line, "limit " + name + " needs cites, says and limit");
            return null;
        }
        if (file.rule(cites.value()).isEmpty()) {
            text.problem(cites.line(), "limit " + name + " cites " + cites.value() + ", which is not a rule of the file");
            return null;
        }
        String kind = kindEntry.value().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            text.problem(kindEntry.line(), "limit " + name + ": '" + kindEntry.value() + "' is not a kind of limit;"
                    + " expected one of " + new TreeSet<>(KINDS));
            return null;
        }
        int before = text.problemCount();
        FeeCondition condition = FeeConditionKeys.read(text, name, keys);
        // A carried-forward version's figures are unconfirmed; its exemptions and cost rules keep their own status.
        boolean figures = kind.equals("pages") || kind.equals("flat-or-cost");
        Version relied = version.carriedForward() && !figures ? null : version;
        Citation citation = keys.containsKey("source")
                ? file.citation(cites.value(), relied, keys.get("source").value())
                : file.citation(cites.value(), relied);
        String words = says.value();
        LegalLimit limit = switch (kind) {
            case "no-fee" -> LegalLimit.noFee(citation, words, condition);
            case "no-fee-for-images" -> LegalLimit.noFeeForImages(citation, words, condition);
            case "pages" -> pages(name, keys, citation, words, condition);
            case "cost-based" -> LegalLimit.costBased(citation, words, condition);
            case "cost-of-materials" -> LegalLimit.costOfMaterials(citation, words, condition);
            case "images-at-cost" -> {
                CostKind cost = required(name, keys, "cost", kind) == null ? null
                        : text.enumValue(keys.get("cost"), CostKind::valueOf, "cost kind");
                yield cost == null ? null : LegalLimit.imagesAtDocumentedCost(citation, words, condition, cost);
            }
            case "flat-or-cost" -> {
                Money amount = required(name, keys, "amount", kind) == null ? null : text.money(keys.get("amount"));
                yield amount == null ? null : LegalLimit.flatFeeOrCostBasis(citation, words, condition,
                        amount.amount().toPlainString());
            }
            case "not-charged" -> {
                List<ChargeKind> charges = required(name, keys, "charges", kind) == null ? List.of()
                        : text.enums(keys.get("charges"), ChargeKind::valueOf, "kind of charge");
                yield charges.isEmpty() ? null : LegalLimit.chargeProhibited(citation, words, condition,
                        charges.get(0), charges.subList(1, charges.size()).toArray(new ChargeKind[0]));
            }
            case "method-not-allowed" -> {
                ChargeBasis basis = required(name, keys, "method", kind) == null ? null
                        : text.enumValue(keys.get("method"), ChargeBasis::valueOf, "charging method (per-page)");
                yield basis == null ? null : LegalLimit.methodProhibited(citation, words, condition, basis);
            }
            case "fee-stated" -> LegalLimit.feeStatedInAdvance(citation, words, condition);
            default -> throw new IllegalStateException(kind);
        };
        for (String key : keys.keySet()) {
            boolean pageOnly = key.equals("pages") || key.equals("postage") || key.startsWith(PLUS);
            if (pageOnly && !kind.equals("pages")) {
                text.problem(keys.get(key).line(), "limit " + name + " is " + kind + " and takes no " + key);
            }
        }
        return text.problemCount() > before ? null : limit;
    }

    private Entry required(String name, Map<String, Entry> keys, String key, String kind) {
        Entry e = keys.get(key);
        if (e == null) {
            text.problem(keys.values().iterator().next().line(), "limit " + name + " is " + kind + " and needs "
                    + key);
        }
        return e;
    }

    private LegalLimit pages(String name, Map<String, Entry> keys, Citation citation, String words,
            FeeCondition condition) {
        Entry pages = required(name, keys, "pages", "pages");
        if (pages == null) {
            return null;
        }
        PageSchedule schedule = schedule(name, pages);
        boolean postageOnTop = false;
        Entry postage = keys.get("postage");
        if (postage != null) {
            if (postage.value().equals("on-top")) {
                postageOnTop = true;
            } else if (!postage.value().equals("inside")) {
                text.problem(postage.line(), "limit " + name + ": postage is on-top or inside, not '"
                        + postage.value() + "'");
            }
        }
        if (schedule == null) {
            return null;
        }
        LegalLimit limit = LegalLimit.pageSchedule(citation, words, condition, schedule, postageOnTop);
        for (Map.Entry<String, Entry> key : keys.entrySet()) {
            String k = key.getKey();
            Entry e = key.getValue();
            if (k.equals("plus.documented")) {
                CostKind cost = text.enumValue(e, CostKind::valueOf, "cost kind");
                limit = cost == null ? limit : limit.withDocumentedCostOnTop(cost);
            } else if (k.equals("plus.hourly")) {
                Money rate = text.money(e);
                limit = rate == null ? limit : limit.withHourlyLabourOnTop(rate.amount().toPlainString());
            } else if (k.startsWith(PLUS)) {
                ChargeKind charge = text.enumOf(e, k.substring(PLUS.length()), ChargeKind::valueOf, "kind of charge");
                Money most = text.money(e);
                if (charge != null && most != null) {
                    limit = limit.withChargeOnTop(charge, most.amount().toPlainString());
                }
            }
        }
        return limit;
    }

    /** Reads {@code base: 25.00, 1+: 0.50, flat 501+: 25.00, min: 10.00, cap: 50.00}. */
    private PageSchedule schedule(String name, Entry e) {
        PageSchedule schedule = PageSchedule.none();
        boolean ok = true;
        boolean based = false;
        int lastFrom = 0;
        for (String item : text.list(e)) {
            int colon = item.indexOf(':');
            if (colon < 0) {
                text.problem(e.line(), "limit " + name + ": '" + item + "' is not 'base: amount', 'N+: rate',"
                        + " 'flat N+: amount', 'min: amount' or 'cap: amount'");
                ok = false;
                continue;
            }
            String what = item.substring(0, colon).strip();
            Money amount = text.money(e, item.substring(colon + 1));
            if (amount == null) {
                ok = false;
                continue;
            }
            String figure = amount.amount().toPlainString();
            if (what.equals("base")) {
                if (lastFrom > 0 || based || schedule.cap().isPresent() || schedule.minimum().isPresent()) {
                    text.problem(e.line(), "limit " + name + ": the base fee comes first, once");
                    ok = false;
                } else {
                    schedule = PageSchedule.baseFee(figure);
                }
                based = true;
            } else if (what.equals("cap")) {
                schedule = schedule.withCap(figure);
            } else if (what.equals("min")) {
                schedule = schedule.withMinimum(figure);
            } else {
                boolean flat = what.startsWith("flat ");
                String from = flat ? what.substring("flat ".length()).strip() : what;
                if (!FIRST_PAGE.matcher(from).matches()) {
                    text.problem(e.line(), "limit " + name + ": '" + what + "' is not a first page like 21+");
                    ok = false;
                    continue;
                }
                int page = Integer.parseInt(from.substring(0, from.length() - 1));
                if (page <= lastFrom) {
                    text.problem(e.line(), "limit " + name + ": bands must go up by first page; " + page
                            + " comes after " + lastFrom);
                    ok = false;
                    continue;
                }
                lastFrom = page;
                schedule = flat ? schedule.plusFlatFrom(page, figure) : schedule.plusPerPageFrom(page, figure);
            }
        }
        return ok ? schedule : null;
    }
}

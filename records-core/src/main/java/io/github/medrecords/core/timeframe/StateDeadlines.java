package io.github.medrecords.core.timeframe;

import io.github.medrecords.core.law.KeyedText.Entry;
import io.github.medrecords.core.law.KeyedText;
import io.github.medrecords.core.law.StateLawFile;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the deadlines of a state law file (docs/adding-a-state.md) into {@link DeadlineRule}s, keyed
 * {@code <STATE>_<NAME>} ({@code deadline.provider} of ct.properties is {@code CT_PROVIDER}).
 */
final class StateDeadlines {

    /** Used where a state rule's start date was not researched: it is older than any request handled. */
    static final LocalDate NOT_RESEARCHED = LocalDate.of(1900, 1, 1);

    private static final Set<String> KEYS = Set.of("cites", "title", "source", "days", "count", "extension",
            "kind", "when.basis", "when.role", "when.purpose", "when.provider", "from", "until");

    private StateDeadlines() {
    }

    /**
     * Returns the deadline rules of a file, recording every problem in the file.
     *
     * @param file  the file, not null
     * @return the rules in file order, not null
     */
    static List<DeadlineRule> rules(StateLawFile file) {
        KeyedText text = file.text();
        List<DeadlineRule> rules = new ArrayList<>();
        for (Map.Entry<String, Map<String, Entry>> deadline : file.deadlines().entrySet()) {
            DeadlineRule rule = rule(file, text, deadline.getKey(), deadline.getValue());
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static DeadlineRule rule(StateLawFile file, KeyedText text, String name, Map<String, Entry> keys) {
        int line = keys.values().iterator().next().line();
        int before = text.problemCount();
        for (Map.Entry<String, Entry> key : keys.entrySet()) {
            if (!KEYS.contains(key.getKey())) {
                text.problem(key.getValue().line(), "deadline " + name + ": unknown key '" + key.getKey()
                        + "'; expected one of " + new TreeSet<>(KEYS));
            }
        }
        Entry cites = keys.get("cites");
        Entry title = keys.get("title");
        Entry source = keys.get("source");
        Entry days = keys.get("days");
        Entry count = keys.get("count");
        if (cites == null || title == null || source == null || days == null || count == null) {
            text.problem(line, "deadline " + name + " needs cites, title, source, days and count");
            return null;
        }
        if (file.rule(cites.value()).isEmpty()) {
            text.problem(cites.line(), "deadline " + name + " cites " + cites.value()
                    + ", which is not a rule of the file");
        }
        String key = (file.state() == null ? "XX" : file.state().name()) + "_"
                + name.toUpperCase(Locale.ROOT).replace('-', '_');
        DeadlineRule.Builder b = DeadlineRule.builder(key).jurisdiction(file.state());
        Integer number = text.count(days, "days");
        DayCount dayCount = switch (count.value()) {
            case "calendar" -> DayCount.CALENDAR_DAYS;
            case "business" -> DayCount.BUSINESS_DAYS;
            default -> {
                text.problem(count.line(), "deadline " + name + ": count is calendar or business, not '"
                        + count.value() + "'");
                yield null;
            }
        };
        if (number != null && number == 0) {
            text.problem(days.line(), "deadline " + name + " needs at least one day");
        }
        Entry extension = keys.get("extension");
        Integer extensionDays = extension == null ? null : text.count(extension, "days");
        Entry kind = keys.get("kind");
        if (kind != null) {
            switch (kind.value()) {
                case "access" -> b.kind(RequestKind.RECORDS);
                case "accounting" -> b.kind(RequestKind.ACCOUNTING_OF_DISCLOSURES);
                default -> text.problem(kind.line(), "deadline " + name + ": kind is access or accounting");
            }
        }
        Entry e;
        if ((e = keys.get("when.basis")) != null) {
            b.bases(text.enums(e, LegalBasis::valueOf, "legal basis").toArray(new LegalBasis[0]));
        } else {
            b.bases(LegalBasis.values());
        }
        if ((e = keys.get("when.role")) != null) {
            b.roles(text.enums(e, RequesterRole::valueOf, "requester role").toArray(new RequesterRole[0]));
        }
        if ((e = keys.get("when.purpose")) != null) {
            b.purposes(text.enums(e, PurposeKind::valueOf, "purpose").toArray(new PurposeKind[0]));
        }
        if ((e = keys.get("when.provider")) != null) {
            b.providerKinds(text.enums(e, ProviderKind::valueOf, "provider kind (physician, hospital)")
                    .toArray(new ProviderKind[0]));
        }
        LocalDate from = keys.containsKey("from") ? text.date(keys.get("from")) : firstVersion(file);
        LocalDate until = keys.containsKey("until") ? text.date(keys.get("until")) : null;
        if (from != null && until != null && !until.isAfter(from)) {
            text.problem(keys.get("until").line(), "deadline " + name + " ends before it begins");
        }
        if (text.problemCount() > before || number == null || dayCount == null || from == null) {
            return null;
        }
        b.cited(title.value(), file.citation(cites.value(), null, source.value())).within(number, dayCount)
                .inForce(from, until);
        if (extensionDays != null && extensionDays > 0) {
            b.extension(extensionDays, cites.value());
        }
        return b.build();
    }

    private static LocalDate firstVersion(StateLawFile file) {
        return file.versions().isEmpty() ? NOT_RESEARCHED
                : file.versions().get(0).inForce().first().orElse(NOT_RESEARCHED);
    }
}

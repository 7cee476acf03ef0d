package io.github.medrecords.core.law;

import io.github.medrecords.core.fee.LegalLimit;
import io.github.medrecords.core.fee.LegalLimits;
import io.github.medrecords.core.fee.LegalSchedule;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.timeframe.DeadlineRule;
import io.github.medrecords.core.timeframe.DeadlineRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the law book, one Markdown page per jurisdiction and an index, from the data alone: the rule
 * catalogue with its sources, every legal fee schedule and every deadline rule. A new jurisdiction or rule
 * in the data is a new page or section here without a change to this class.
 */
final class LawBook {

    static final String FOLDER = "docs/law";
    static final String WRITE_PROPERTY = "lawbook.write";
    static final String REWRITE_COMMAND = "./mvnw -o -q -pl records-core -am test -Dtest=LawBookTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE_PROPERTY + "=true";

    /** Federal law sorts first; then states by code. */
    private static final Comparator<Optional<UsState>> JURISDICTIONS = Comparator.comparing(
            (Optional<UsState> j) -> j.isPresent()).thenComparing(j -> j.map(UsState::name).orElse(""));

    /** R-ids by section then number, then state ids by state then number. */
    static final Comparator<String> RULE_IDS = Comparator
            .comparing((String id) -> !id.startsWith("R"))
            .thenComparing(id -> id.substring(0, id.indexOf('.')).replaceAll("[0-9]", ""))
            .thenComparingInt(id -> number(id.substring(0, id.indexOf('.'))))
            .thenComparingInt(id -> number(id.substring(id.indexOf('.') + 1)));

    private final LawCatalogue catalogue;
    private final LegalLimits limits;
    private final DeadlineRules deadlines;

    LawBook(LawCatalogue catalogue, LegalLimits limits, DeadlineRules deadlines) {
        this.catalogue = catalogue;
        this.limits = limits;
        this.deadlines = deadlines;
    }

    /** The built-in law: the catalogue, every fee schedule, every deadline rule including proposed ones. */
    static LawBook builtIn() {
        return new LawBook(LawCatalogue.builtIn(), LegalLimits.builtIn(), DeadlineRules.defaults().withProposedRules());
    }

    /** Every rule id the law book defines: the catalogue's and every id the encoded data cites. */
    Set<String> definedIds() {
        Set<String> ids = new TreeSet<>(RULE_IDS);
        catalogue.rules().forEach(r -> ids.add(r.id()));
        for (LegalSchedule s : limits.schedules()) {
            s.limits().forEach(l -> ids.add(l.ruleId()));
        }
        for (DeadlineRule d : deadlines.rules()) {
            ids.add(d.ruleId());
            d.extensionRuleId().ifPresent(ids::add);
        }
        return ids;
    }

    /** What the data cites but the law book cannot resolve: malformed ids and source tags without address. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (LegalSchedule s : limits.schedules()) {
            for (LegalLimit l : s.limits()) {
                if (!LawRule.isRuleId(l.ruleId())) {
                    problems.add("Schedule '" + s.name() + "' cites '" + l.ruleId() + "', which is not a rule id");
                }
                for (String tag : LawCatalogue.tagsIn(l.citation().source())) {
                    if (catalogue.source(tag).isEmpty()) {
                        problems.add("Rule " + l.ruleId() + " in '" + s.name() + "' cites source [" + tag
                                + "], which sources.tsv does not list");
                    }
                }
            }
        }
        for (DeadlineRule d : deadlines.rules()) {
            for (String id : d.extensionRuleId().map(e -> List.of(d.ruleId(), e)).orElse(List.of(d.ruleId()))) {
                if (!LawRule.isRuleId(id)) {
                    problems.add("Deadline rule " + d.key() + " cites '" + id + "', which is not a rule id");
                }
            }
        }
        return problems;
    }

    /** The pages by file name, the index as README.md. */
    Map<String, String> pages() {
        Map<Optional<UsState>, Page> pages = new TreeMap<>(JURISDICTIONS);
        for (LawRule rule : catalogue.rules()) {
            page(pages, rule.jurisdiction()).ids.add(rule.id());
        }
        for (LegalSchedule schedule : limits.schedules()) {
            Page page = page(pages, schedule.jurisdiction());
            page.schedules.add(schedule);
            schedule.limits().forEach(l -> page.ids.add(l.ruleId()));
        }
        for (DeadlineRule rule : deadlines.rules()) {
            Page page = page(pages, rule.jurisdiction());
            page.deadlines.add(rule);
            page.ids.add(rule.ruleId());
            rule.extensionRuleId().ifPresent(page.ids::add);
        }
        Map<String, String> files = new TreeMap<>();
        for (Page page : pages.values()) {
            files.put(page.fileName(), render(page));
        }
        files.put("README.md", index(pages.values()));
        return files;
    }

    private static Page page(Map<Optional<UsState>, Page> pages, Optional<UsState> jurisdiction) {
        return pages.computeIfAbsent(jurisdiction, Page::new);
    }

    private String render(Page page) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(page.title()).append("\n\n");
        md.append(generatedNote());
        md.append(page.ids.size()).append(" rules, ").append(count(page, true)).append(" of them UNCONFIRMED; ")
                .append(page.schedules.size()).append(" fee schedule").append(page.schedules.size() == 1 ? "" : "s")
                .append("; ").append(page.deadlines.size()).append(" deadline rule")
                .append(page.deadlines.size() == 1 ? "" : "s").append(". Back to the [index](README.md).\n\n");
        md.append("## Rules\n\n");
        Set<String> tags = new LinkedHashSet<>();
        for (String id : page.ids) {
            md.append("### ").append(id).append("\n\n");
            Optional<LawRule> rule = catalogue.rule(id);
            md.append(rule.map(LawRule::words).orElse("(Encoded rule; its words are those of its fee limits and"
                    + " deadlines below.)")).append("\n\n");
            md.append("- Status: ").append(status(id)).append('\n');
            List<String> ruleTags = new ArrayList<>(rule.map(LawRule::sourceTags).orElse(List.of()));
            for (LegalSchedule s : limits.schedules()) {
                for (LegalLimit l : s.limits()) {
                    if (l.ruleId().equals(id)) {
                        LawCatalogue.tagsIn(l.citation().source()).stream().filter(t -> !ruleTags.contains(t))
                                .forEach(ruleTags::add);
                    }
                }
            }
            if (ruleTags.isEmpty()) {
                md.append("- Sources: none with an address (see the words above)\n");
            } else {
                md.append("- Sources:\n");
                for (String tag : ruleTags) {
                    tags.add(tag);
                    md.append("  - [").append(tag).append("] ").append(address(tag)).append('\n');
                }
            }
            appendEncoded(md, id);
            md.append('\n');
        }
        if (!page.schedules.isEmpty()) {
            md.append("## Fee schedules\n\n");
            md.append("Each schedule is one version of the law; a quote uses the versions in force on the day its request"
                    + " was received. \"Applies to\" lists what a request must be for the limit to govern it (any"
                    + " value where a dimension is not named).\n\n");
            for (LegalSchedule s : page.schedules) {
                md.append("### ").append(escape(s.name())).append("\n\n");
                md.append("In force: ").append(inForce(s.effectiveFrom(), s.effectiveUntil())).append(".\n\n");
                md.append("| Rule | Limit | Amounts and tiers | Applies to | Citation |\n");
                md.append("| --- | --- | --- | --- | --- |\n");
                for (LegalLimit l : s.limits()) {
                    md.append("| ").append(l.ruleId()).append(" | ").append(escape(l.description())).append(" | ")
                            .append(escape(amounts(l))).append(" | ").append(escape(l.condition().toString()))
                            .append(" | ").append(escape(l.citation().toString())).append(" |\n");
                }
                md.append('\n');
            }
        }
        if (!page.deadlines.isEmpty()) {
            md.append("## Deadline rules\n\n");
            md.append("| Key | Rule | Title | Deadline | Extension | Applies to | In force | Status | Citation |\n");
            md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (DeadlineRule d : page.deadlines) {
                md.append("| ").append(d.key()).append(" | ").append(d.ruleId()).append(" | ")
                        .append(escape(d.title())).append(" | ").append(deadline(d)).append(" | ")
                        .append(d.allowsExtension() ? "once, at most " + d.extensionDays() + " days ("
                                + d.extensionRuleId().orElse("") + ")" : "none")
                        .append(" | ").append(words(d.kind().name())).append(", basis ").append(d.bases())
                        .append(" | ").append(inForce(Optional.of(d.inForceFrom()), d.inForceUntil())).append(" | ")
                        .append(words(d.status().name())).append(" | ").append(escape(d.citation().source())).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Sources on this page\n\n| Tag | Address |\n| --- | --- |\n");
        for (String tag : tags) {
            md.append("| [").append(tag).append("] | ").append(escape(address(tag))).append(" |\n");
        }
        return md.toString();
    }

    private void appendEncoded(StringBuilder md, String id) {
        for (LegalSchedule s : limits.schedules()) {
            for (LegalLimit l : s.limits()) {
                if (l.ruleId().equals(id)) {
                    md.append("- Fee limit in \"").append(s.name()).append("\" (")
                            .append(inForce(s.effectiveFrom(), s.effectiveUntil())).append("): ")
                            .append(l.description()).append("; ").append(amounts(l)).append("; applies to ")
                            .append(l.condition()).append("; cited as `").append(l.citation()).append("`\n");
                }
            }
        }
        for (DeadlineRule d : deadlines.rules()) {
            if (d.ruleId().equals(id)) {
                md.append("- Deadline ").append(d.key()).append(" (").append(d.title()).append("): ")
                        .append(deadline(d)).append(", ").append(words(d.status().name())).append("; cited as `")
                        .append(d.citation().source()).append("`\n");
            }
            if (d.extensionRuleId().filter(id::equals).isPresent()) {
                md.append("- Extension of deadline ").append(d.key()).append(": once, at most ")
                        .append(d.extensionDays()).append(" days\n");
            }
        }
    }

    private String status(String id) {
        boolean research = catalogue.rule(id).map(LawRule::unconfirmed).orElse(false);
        Set<String> encoded = new TreeSet<>();
        for (LegalSchedule s : limits.schedules()) {
            for (LegalLimit l : s.limits()) {
                if (l.ruleId().equals(id) && l.isUnconfirmed()) {
                    encoded.add(s.name());
                }
            }
        }
        if (research) {
            return "**UNCONFIRMED**";
        }
        if (!encoded.isEmpty()) {
            return "**UNCONFIRMED** in " + String.join("; ", encoded) + ", confirmed otherwise";
        }
        return catalogue.rule(id).isPresent() ? "confirmed" : "encoded only (no research entry)";
    }

    private long count(Page page, boolean unconfirmed) {
        return page.ids.stream().filter(id -> status(id).startsWith("**UNCONFIRMED**") == unconfirmed).count();
    }

    private String address(String tag) {
        return catalogue.source(tag).map(LawSource::address).orElse("(no address)");
    }

    private String index(Iterable<Page> pages) {
        StringBuilder md = new StringBuilder("# The law book\n\n");
        md.append("The law the library encodes, rule by rule: every rule id that code, quotes, findings, messages and"
                + " the demo cite (`R5.2`, `NY.1`), its words, amounts and tiers, the dates it is in force, what it"
                + " applies to, its citation and the address of its sources, and what is **UNCONFIRMED** (not"
                + " verified in a primary or near-primary text: applied, but every line and finding that relies on"
                + " it says so). This is research for software, not legal advice.\n\n");
        md.append(generatedNote());
        md.append("The data: `records-core/src/main/resources/io/github/medrecords/core/law/rules.tsv` (the rules"
                + " and their words) and `sources.tsv` (the source key), read by `LawCatalogue`; the fee limits in"
                + " `LegalLimits`; the deadline rules in `DeadlineRules`.\n\n");
        md.append("| Page | Jurisdiction | Rules | UNCONFIRMED | Fee schedules | Deadline rules |\n");
        md.append("| --- | --- | --- | --- | --- | --- |\n");
        Map<String, String> where = new TreeMap<>(RULE_IDS);
        for (Page page : pages) {
            md.append("| [").append(page.fileName()).append("](").append(page.fileName()).append(") | ")
                    .append(page.title()).append(" | ").append(page.ids.size()).append(" | ")
                    .append(count(page, true)).append(" | ").append(page.schedules.size()).append(" | ")
                    .append(page.deadlines.size()).append(" |\n");
            for (String id : page.ids) {
                where.putIfAbsent(id, page.fileName());
            }
        }
        md.append("\n## Every rule id\n\n");
        List<String> links = new ArrayList<>();
        for (Map.Entry<String, String> e : where.entrySet()) {
            links.add("[" + e.getKey() + "](" + e.getValue() + "#" + anchor(e.getKey()) + ")"
                    + (status(e.getKey()).startsWith("**UNCONFIRMED**") ? " (UNCONFIRMED)" : ""));
        }
        md.append(String.join(", ", links)).append("\n\n");
        md.append("## Source key\n\n| Tag | Address |\n| --- | --- |\n");
        for (LawSource source : catalogue.sources()) {
            md.append("| [").append(source.tag()).append("] | ").append(escape(source.address())).append(" |\n");
        }
        return md.toString();
    }

    private static String generatedNote() {
        return "<!-- Generated from the library's data by LawBookTest; do not edit by hand. -->\n"
                + "Generated from the library's data; to rewrite after a change in the data run `" + REWRITE_COMMAND
                + "` (the build fails while these pages and the data differ).\n\n";
    }

    private static String amounts(LegalLimit l) {
        List<String> parts = new ArrayList<>();
        parts.add(words(l.kind().name()));
        l.pageSchedule().ifPresentOrElse(s -> parts.add(s.toString()),
                () -> l.amount().ifPresent(a -> parts.add(a.toString())));
        l.prohibitedBasis().ifPresent(b -> parts.add("prohibited basis " + words(b.name())));
        if (l.allowsPostageOnTop()) {
            parts.add("plus first-class postage");
        }
        l.costKind().ifPresent(k -> parts.add("documented " + words(k.name())));
        parts.add("scope " + words(l.scope().name()));
        return String.join(", ", parts);
    }

    private static String deadline(DeadlineRule d) {
        return d.days() + " " + words(d.dayCount().name()) + " from receipt";
    }

    private static String inForce(Optional<java.time.LocalDate> from, Optional<java.time.LocalDate> until) {
        String start = from.map(f -> "from " + f).orElse("since before the library's history");
        return start + until.map(u -> " through " + u.minusDays(1)).orElse(", still in force");
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }

    private static int number(String digits) {
        String d = digits.replaceAll("[^0-9]", "");
        return d.isEmpty() ? 0 : Integer.parseInt(d);
    }

    private static final class Page {
        final Optional<UsState> jurisdiction;
        final Set<String> ids = new TreeSet<>(RULE_IDS);
        final List<LegalSchedule> schedules = new ArrayList<>();
        final List<DeadlineRule> deadlines = new ArrayList<>();

        Page(Optional<UsState> jurisdiction) {
            this.jurisdiction = jurisdiction;
        }

        String fileName() {
            return jurisdiction.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("hipaa") + ".md";
        }

        String title() {
            return jurisdiction.map(s -> s.displayName() + " (" + s.name() + ")")
                    .orElse("Federal law: HIPAA, the Cures Act and federal holidays");
        }
    }
}

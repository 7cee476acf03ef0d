package io.github.medrecords.core.law;

import io.github.medrecords.core.party.UsState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rule id the library cites, with its words, and every source tag with its address: the data
 * behind the law book in {@code docs/law}.
 *
 * <p>{@link #builtIn()} reads federal law from two tab-separated files shipped in this package, {@code rules.tsv}
 * (id, jurisdiction, {@code confirmed} or {@code UNCONFIRMED}, source tags, words) and {@code sources.tsv}
 * (tag, address), and each state's rules and sources from its law file ({@link StateLawFile}, one per state,
 * docs/adding-a-state.md). A fee limit or deadline
 * rule cites an id of this catalogue, and its source text names tags of it, for example
 * {@code "[CT-PA08][CT-DPH]"} ({@link #tagsIn(String)}).
 *
 * <p>Immutable and thread-safe.
 */
public final class LawCatalogue {

    private static final Pattern TAG = Pattern.compile("\\[([A-Za-z0-9.-]+)\\]");

    private static final LawCatalogue BUILT_IN = builtInCatalogue();

    private final Map<String, LawSource> sources;
    private final Map<String, LawRule> rules;

    private LawCatalogue(List<LawSource> sources, List<LawRule> rules) {
        Map<String, LawSource> s = new LinkedHashMap<>();
        for (LawSource source : sources) {
            if (s.put(source.tag(), source) != null) {
                throw new IllegalArgumentException("Source tag " + source.tag() + " appears twice");
            }
        }
        Map<String, LawRule> r = new LinkedHashMap<>();
        for (LawRule rule : rules) {
            if (r.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException("Rule " + rule.id() + " appears twice");
            }
            for (String tag : rule.sourceTags()) {
                if (!s.containsKey(tag)) {
                    throw new IllegalArgumentException("Rule " + rule.id() + " cites source " + tag
                            + ", which has no address");
                }
            }
        }
        this.sources = Collections.unmodifiableMap(s);
        this.rules = Collections.unmodifiableMap(r);
    }

    private static LawCatalogue builtInCatalogue() {
        List<LawSource> sources = new ArrayList<>(parseSources(read("sources.tsv")));
        List<LawRule> rules = new ArrayList<>(parseRules(read("rules.tsv")));
        for (StateLawFile file : StateLawFile.builtIn()) {
            sources.addAll(file.sources());
            rules.addAll(file.rules());
        }
        return new LawCatalogue(sources, rules);
    }

    /**
     * Returns the catalogue shipped with the library.
     *
     * @return the catalogue, not null
     */
    public static LawCatalogue builtIn() {
        return BUILT_IN;
    }

    /**
     * Obtains a catalogue from rules and sources, for a deployment that adds law of its own.
     *
     * @param rules  the rules, not null
     * @param sources  the sources, not null
     * @return the catalogue, not null
     * @throws IllegalArgumentException if an id or tag appears twice, or a rule cites a tag without a source
     */
    public static LawCatalogue of(List<LawRule> rules, List<LawSource> sources) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(sources, "sources");
        return new LawCatalogue(sources, rules);
    }

    /**
     * Returns the rules, in the order of the catalogue.
     *
     * @return an unmodifiable list, not null
     */
    public List<LawRule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * Returns the sources, in the order of the catalogue.
     *
     * @return an unmodifiable list, not null
     */
    public List<LawSource> sources() {
        return List.copyOf(sources.values());
    }

    /**
     * Looks a rule up by id.
     *
     * @param id  the id, for example {@code R5.2}, not null
     * @return the rule, empty if the catalogue has none of that id
     */
    public Optional<LawRule> rule(String id) {
        return Optional.ofNullable(rules.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Looks a source up by tag.
     *
     * @param tag  the tag with or without brackets, for example {@code CT-PA08}, not null
     * @return the source, empty if the catalogue has none of that tag
     */
    public Optional<LawSource> source(String tag) {
        Objects.requireNonNull(tag, "tag");
        String bare = tag.startsWith("[") && tag.endsWith("]") ? tag.substring(1, tag.length() - 1) : tag;
        return Optional.ofNullable(sources.get(bare));
    }

    /**
     * Returns the source tags a citation's source text names, in order, for example {@code CT-PA08} and
     * {@code CT-DPH} in {@code "[CT-PA08][CT-DPH]"}, or {@code NY} in {@code "[NY] PHL 18(2)(e)"}.
     *
     * @param sourceText  the source text, not null
     * @return the tags without brackets, possibly empty, not null
     */
    public static List<String> tagsIn(String sourceText) {
        Objects.requireNonNull(sourceText, "sourceText");
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(sourceText);
        while (m.find()) {
            if (!tags.contains(m.group(1))) {
                tags.add(m.group(1));
            }
        }
        return List.copyOf(tags);
    }

    private static List<String> read(String name) {
        InputStream in = LawCatalogue.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The law catalogue's " + name + " is missing from the library");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The law catalogue's " + name + " cannot be read", e);
        }
        return lines;
    }

    private static List<LawSource> parseSources(List<String> lines) {
        List<LawSource> result = new ArrayList<>();
        for (String line : lines) {
            String[] cells = cells(line, 2, "sources.tsv");
            result.add(new LawSource(cells[0], cells[1]));
        }
        return result;
    }

    private static List<LawRule> parseRules(List<String> lines) {
        List<LawRule> result = new ArrayList<>();
        for (String line : lines) {
            String[] cells = cells(line, 5, "rules.tsv");
            UsState state = cells[1].equals("US") ? null : UsState.fromCode(cells[1]).orElseThrow(
                    () -> new IllegalStateException("rules.tsv: rule " + cells[0] + " has jurisdiction " + cells[1]
                            + ", which is neither US nor a state code"));
            if (!cells[2].equals("confirmed") && !cells[2].equals("UNCONFIRMED")) {
                throw new IllegalStateException("rules.tsv: rule " + cells[0] + " is '" + cells[2]
                        + "', not confirmed or UNCONFIRMED");
            }
            List<String> tags = cells[3].equals("-") ? List.of() : Arrays.asList(cells[3].split(" "));
            result.add(new LawRule(cells[0], state, cells[2].equals("UNCONFIRMED"), tags, cells[4]));
        }
        return result;
    }

    private static String[] cells(String line, int count, String file) {
        String[] cells = line.split("\t", -1);
        if (cells.length != count) {
            throw new IllegalStateException(file + ": a line has " + cells.length + " cells, not " + count + ": "
                    + line.substring(0, Math.min(20, line.length())));
        }
        return cells;
    }
}

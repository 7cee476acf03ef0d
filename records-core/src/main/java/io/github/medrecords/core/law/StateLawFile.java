package io.github.medrecords.core.law;

import io.github.medrecords.core.law.KeyedText.Entry;
import io.github.medrecords.core.party.UsState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One jurisdiction's law as data, read from its file (docs/adding-a-state.md): its sources and rules in words
 * (the law book), the versions of its fee law, and its fee limits and deadlines as keyed entries, which the
 * {@code fee} and {@code timeframe} packages turn into schedules and deadline rules. One file per state is the
 * one place a state's figure changes.
 *
 * <p>{@link #builtIn()} reads the files shipped in this package's {@code states/} folder. The reader checks the
 * file's own keys (state, name, sources, rules, versions); the limits and deadlines are checked by the packages
 * that read them, which record their problems here so that {@link #refuseIfProblems()} reports all of them at
 * once. Not thread-safe while being read; the built-in readers each read their own copy.
 */
public final class StateLawFile {

    /** The version key of the law in force since before the library's history. */
    public static final String BASE = "base";

    private static final Set<String> RULE_KEYS = Set.of("status", "sources", "words");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9.-]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");
    /** The built-in files' texts, read once; each reader interprets its own copy. */
    private static final Map<UsState, Optional<KeyedText>> READ = new ConcurrentHashMap<>();
    private static final Set<String> VERSION_KEYS = Set.of("name", "publisher", "status", "until");

    /**
     * One version of the state's fee law.
     *
     * @param id  {@link #BASE} or the first day in force as {@code yyyy-mm-dd}, not null
     * @param inForce  the days it is in force, until the next version, not null
     * @param name  its name, not blank
     * @param publisher  who published its figures, empty if not said; not null
     * @param unconfirmed  true if its figures are UNCONFIRMED or carried forward from an earlier version
     * @param carriedForward  true if its figures are the previous version's, carried forward
     */
    public record Version(String id, InForce inForce, String name, String publisher, boolean unconfirmed,
            boolean carriedForward) {

        /**
         * Validates the version.
         *
         * @throws NullPointerException if a part is null
         */
        public Version {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(inForce, "inForce");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(publisher, "publisher");
        }
    }

    private final KeyedText text;
    private final UsState state;
    private final String name;
    private final List<LawSource> sources;
    private final Map<String, LawRule> rules;
    private final List<Version> versions;
    private final Map<String, Map<String, Entry>> limits;
    private final Map<String, Map<String, Entry>> deadlines;

    private StateLawFile(KeyedText text) {
        this.text = text;
        Entry stateEntry = null;
        Entry nameEntry = null;
        List<LawSource> sourceList = new ArrayList<>();
        Map<String, Map<String, Entry>> ruleKeys = new LinkedHashMap<>();
        Map<String, Map<String, Entry>> versionKeys = new LinkedHashMap<>();
        Map<String, Map<String, Entry>> limitKeys = new LinkedHashMap<>();
        Map<String, Map<String, Entry>> deadlineKeys = new LinkedHashMap<>();
        for (Entry e : text.entries()) {
            String key = e.key();
            if (key.equals("state")) {
                stateEntry = e;
            } else if (key.equals("name")) {
                nameEntry = e;
            } else if (key.startsWith("source.")) {
                String tag = key.substring("source.".length());
                if (!TAG.matcher(tag).matches()) {
                    text.problem(e.line(), "source tag '" + tag + "' may hold letters, digits, '.' and '-' only");
                } else if (e.value().isBlank()) {
                    text.problem(e.line(), "source " + tag + " needs an address");
                } else {
                    sourceList.add(new LawSource(tag, e.value()));
                }
            } else if (key.startsWith("rule.")) {
                int dot = key.lastIndexOf('.');
                group(e, key.substring("rule.".length(), dot), key.substring(dot + 1), ruleKeys, RULE_KEYS);
            } else if (key.startsWith("version.")) {
                String[] parts = key.split("\\.", 3);
                if (parts.length < 3) {
                    text.problem(e.line(), "unknown key '" + key + "'; write version.<yyyy-mm-dd or base>.name");
                } else {
                    group(e, parts[1], parts[2], versionKeys, VERSION_KEYS);
                }
            } else if (key.startsWith("limit.") || key.startsWith("deadline.")) {
                String[] parts = key.split("\\.", 3);
                if (parts.length < 3 || !NAME.matcher(parts[1]).matches()) {
                    text.problem(e.line(), "unknown key '" + key + "'; write " + parts[0]
                            + ".<name>.<key> with a name of letters, digits and '-'");
                } else {
                    (parts[0].equals("limit") ? limitKeys : deadlineKeys)
                            .computeIfAbsent(parts[1], k -> new LinkedHashMap<>()).put(parts[2], e);
                }
            } else {
                text.problem(e.line(), "unknown key '" + key + "'; expected state, name, source.*, rule.*, version.*,"
                        + " limit.* or deadline.*");
            }
        }
        this.state = state(stateEntry);
        if (nameEntry == null || nameEntry.value().isBlank()) {
            text.problem(nameEntry == null ? 1 : nameEntry.line(), "name is missing");
        }
        this.name = nameEntry == null ? "" : nameEntry.value();
        this.sources = List.copyOf(sourceList);
        this.limits = Collections.unmodifiableMap(limitKeys);
        this.deadlines = Collections.unmodifiableMap(deadlineKeys);
        this.rules = rules(ruleKeys);
        this.versions = versions(versionKeys);
    }

    /**
     * Reads a state law file. Problems of the file's own keys are recorded; call {@link #refuseIfProblems()}
     * after the limits and deadlines are read too.
     *
     * @param reader  the text, not null
     * @param source  the file's name, for messages, not null
     * @return the file, not null
     */
    public static StateLawFile read(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        return new StateLawFile(KeyedText.read(reader, source));
    }

    /**
     * Reads the files shipped with the library, one per jurisdiction that has one, in the order of
     * {@link UsState}. Each call reads them afresh.
     *
     * @return the files, not null
     * @throws StateLawFormatException if a file breaks the format of its own keys
     */
    public static List<StateLawFile> builtIn() {
        List<StateLawFile> files = new ArrayList<>();
        for (UsState state : UsState.values()) {
            builtIn(state).ifPresent(files::add);
        }
        return files;
    }

    /**
     * Reads the file shipped with the library for one jurisdiction.
     *
     * @param state  the state, not null
     * @return the file, empty if the library has none for the state
     * @throws StateLawFormatException if the file breaks the format of its own keys
     */
    public static Optional<StateLawFile> builtIn(UsState state) {
        Optional<KeyedText> read = READ.computeIfAbsent(Objects.requireNonNull(state, "state"),
                StateLawFile::readResource);
        return read.map(text -> ofState(state, text.copy()));
    }

    /**
     * Reads a text as the file of one state: refused if it names another state or breaks the format of its own
     * keys.
     */
    static StateLawFile ofState(UsState state, KeyedText text) {
        StateLawFile file = new StateLawFile(text);
        if (file.state != null && file.state != state) {
            int line = text.entries().stream().filter(e -> e.key().equals("state")).findFirst().map(Entry::line)
                    .orElse(1);
            file.text.problem(line, "the file of " + state + " says state = " + file.state);
        }
        if (file.text.hasProblems()) {
            file.refuseIfProblems();
        }
        return file;
    }

    private static Optional<KeyedText> readResource(UsState state) {
        String name = fileName(state);
        InputStream in = StateLawFile.class.getResourceAsStream("states/" + name);
        if (in == null) {
            return Optional.empty();
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Optional.of(KeyedText.read(reader, name));
        } catch (IOException e) {
            throw new UncheckedIOException("State law file " + name + " could not be read", e);
        }
    }

    /**
     * Returns the name of a state's file, for example {@code ga.properties}.
     *
     * @param state  the state, not null
     * @return the name, not null
     */
    public static String fileName(UsState state) {
        return state.name().toLowerCase(Locale.ROOT) + ".properties";
    }

    private void group(Entry e, String id, String property, Map<String, Map<String, Entry>> into, Set<String> allowed) {
        if (id.isBlank() || !allowed.contains(property)) {
            text.problem(e.line(), "unknown key '" + e.key() + "'; expected one of " + new TreeSet<>(allowed));
            return;
        }
        into.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(property, e);
    }

    private UsState state(Entry e) {
        if (e == null) {
            text.problem(1, "state is missing");
            return null;
        }
        return text.enumValue(e, UsState::valueOf, "state code");
    }

    private Map<String, LawRule> rules(Map<String, Map<String, Entry>> ruleKeys) {
        Map<String, LawRule> result = new LinkedHashMap<>();
        Set<String> tags = new TreeSet<>();
        sources.forEach(s -> tags.add(s.tag()));
        ruleKeys.forEach((id, keys) -> {
            int line = keys.values().iterator().next().line();
            if (!LawRule.isRuleId(id)) {
                text.problem(line, "'" + id + "' is not a rule id such as NY.1");
                return;
            }
            if (state != null && !id.startsWith(state.name() + ".") && !id.startsWith("R")) {
                text.problem(line, "rule " + id + " is not numbered for " + state + " (" + state + ".<n>)");
            }
            Entry words = keys.get("words");
            Entry status = keys.get("status");
            Entry cited = keys.get("sources");
            if (words == null || words.value().isBlank()) {
                text.problem(line, "rule " + id + " needs words");
            }
            if (status == null || !(status.value().equals("confirmed") || status.value().equals("UNCONFIRMED"))) {
                text.problem(status == null ? line : status.line(), "rule " + id + " needs status = confirmed or"
                        + " UNCONFIRMED");
            }
            List<String> sourceTags = cited == null ? List.of() : text.list(cited);
            for (String tag : sourceTags) {
                if (!tags.contains(tag)) {
                    text.problem(cited.line(), "rule " + id + " cites source " + tag + ", which is not in the file");
                }
            }
            if (words != null && !words.value().isBlank() && status != null) {
                result.put(id, new LawRule(id, state, "UNCONFIRMED".equals(status.value()), sourceTags,
                        words.value()));
            }
        });
        return Collections.unmodifiableMap(result);
    }

    private List<Version> versions(Map<String, Map<String, Entry>> versionKeys) {
        record Raw(String id, LocalDate from, Map<String, Entry> keys) {
        }
        List<Raw> raw = new ArrayList<>();
        versionKeys.forEach((id, keys) -> {
            int line = keys.values().iterator().next().line();
            LocalDate from = null;
            if (!id.equals(BASE)) {
                from = text.date(keys.values().iterator().next(), id);
                if (from == null) {
                    return;
                }
            }
            if (!keys.containsKey("name") || keys.get("name").value().isBlank()) {
                text.problem(line, "version " + id + " needs a name");
            }
            raw.add(new Raw(id, from, keys));
        });
        raw.sort((a, b) -> a.from == null ? (b.from == null ? 0 : -1) : b.from == null ? 1 : a.from.compareTo(b.from));
        if (raw.isEmpty() && !limits.isEmpty()) {
            text.problem(1, "the file has fee limits but no version; write at least version.base.name");
        }
        List<Version> result = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Raw v = raw.get(i);
            LocalDate until = i + 1 < raw.size() ? raw.get(i + 1).from : null;
            Entry untilEntry = v.keys.get("until");
            if (untilEntry != null) {
                if (i + 1 < raw.size()) {
                    text.problem(untilEntry.line(), "only the last version may end with until; version " + v.id
                            + " ends where the next begins");
                } else {
                    until = text.date(untilEntry);
                }
            }
            String status = v.keys.containsKey("status") ? v.keys.get("status").value() : "confirmed";
            if (!Set.of("confirmed", "UNCONFIRMED", "carried-forward").contains(status)) {
                text.problem(v.keys.get("status").line(), "version " + v.id + " status is confirmed, UNCONFIRMED or"
                        + " carried-forward, not '" + status + "'");
            }
            boolean carried = status.equals("carried-forward");
            if (carried && i == 0) {
                text.problem(v.keys.get("status").line(), "the first version has nothing to carry forward");
            }
            InForce days;
            try {
                days = InForce.between(v.from, until);
            } catch (IllegalArgumentException e) {
                text.problem(untilEntry == null ? 1 : untilEntry.line(), "version " + v.id + " ends before it begins");
                continue;
            }
            Entry publisher = v.keys.get("publisher");
            Entry versionName = v.keys.get("name");
            result.add(new Version(v.id, days, versionName == null ? v.id : versionName.value(),
                    publisher == null ? "" : publisher.value(), !status.equals("confirmed"), carried));
        }
        return List.copyOf(result);
    }

    /**
     * Returns the state whose law this is.
     *
     * @return the state, not null once the file is accepted
     */
    public UsState state() {
        return state;
    }

    /**
     * Returns the jurisdiction's name, for example {@code Georgia}.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the file's name.
     *
     * @return the name, not null
     */
    public String source() {
        return text.source();
    }

    /**
     * Returns the file's sources, for the law book.
     *
     * @return an unmodifiable list, not null
     */
    public List<LawSource> sources() {
        return sources;
    }

    /**
     * Returns the file's rules in words, for the law book.
     *
     * @return an unmodifiable list in file order, not null
     */
    public List<LawRule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * Returns one of the file's rules.
     *
     * @param id  the rule id, not null
     * @return the rule, empty if the file has none with that id
     */
    public Optional<LawRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * Returns the versions of the fee law, oldest first.
     *
     * @return an unmodifiable list, not null
     */
    public List<Version> versions() {
        return versions;
    }

    /**
     * Returns the fee limits' keys: by limit name, the keys after {@code limit.<name>.} with their entries.
     *
     * @return an unmodifiable map in file order, not null
     */
    public Map<String, Map<String, Entry>> limits() {
        return limits;
    }

    /**
     * Returns the deadlines' keys: by deadline name, the keys after {@code deadline.<name>.} with their entries.
     *
     * @return an unmodifiable map in file order, not null
     */
    public Map<String, Map<String, Entry>> deadlines() {
        return deadlines;
    }

    /**
     * Returns the reader's values and problems, for the packages that read the limits and deadlines.
     *
     * @return the text, not null
     */
    public KeyedText text() {
        return text;
    }

    /**
     * Returns the source text a citation of a rule gives: its source tags, for example {@code [GA-CODE][GA-DCH]}.
     *
     * @param ruleId  the rule id, not null
     * @return the text, not null; the state's code in brackets if the rule has no sources
     */
    public String sourceTextOf(String ruleId) {
        LawRule rule = rules.get(ruleId);
        if (rule == null || rule.sourceTags().isEmpty()) {
            return "[" + (state == null ? "?" : state.name()) + "]";
        }
        StringBuilder sb = new StringBuilder();
        rule.sourceTags().forEach(t -> sb.append('[').append(t).append(']'));
        return sb.toString();
    }

    /**
     * Returns a citation of one of the file's rules: UNCONFIRMED when the rule is, or when the version relied on
     * is.
     *
     * @param ruleId  the rule id, not null
     * @param version  the version relied on, null for none
     * @return the citation, not null
     */
    public Citation citation(String ruleId, Version version) {
        return citation(ruleId, version, sourceTextOf(ruleId));
    }

    /**
     * Returns a citation of one of the file's rules with another source text than its source tags, for a limit or
     * deadline that names its own source: UNCONFIRMED when the rule is, or when the version relied on is.
     *
     * @param ruleId  the rule id, not null
     * @param version  the version relied on, null for none
     * @param sourceText  the source text the citation gives, not blank
     * @return the citation, not null
     * @throws IllegalArgumentException if the rule id or source text is blank
     */
    public Citation citation(String ruleId, Version version, String sourceText) {
        LawRule rule = rules.get(ruleId);
        boolean unconfirmed = rule != null && rule.unconfirmed() || version != null && version.unconfirmed();
        return unconfirmed ? Citation.unconfirmedLaw(ruleId, sourceText) : Citation.law(ruleId, sourceText);
    }

    /**
     * Throws if any problem was recorded, by this reader or by the packages that read the limits and deadlines.
     *
     * @throws StateLawFormatException listing every problem with its line
     */
    public void refuseIfProblems() {
        if (text.hasProblems()) {
            throw new StateLawFormatException(text.source(), text.problems());
        }
    }

    @Override
    public String toString() {
        return "StateLawFile[" + text.source() + ", " + rules.size() + " rules, " + versions.size() + " versions, "
                + limits.size() + " limits, " + deadlines.size() + " deadlines]";
    }
}

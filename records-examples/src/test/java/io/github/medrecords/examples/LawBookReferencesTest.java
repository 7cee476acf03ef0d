package io.github.medrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.fee.LegalLimits;
import io.github.medrecords.core.fee.LegalSchedule;
import io.github.medrecords.core.fee.PriceListAudit;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule id that main code, a message, a finding or the demo cites is defined by the law book
 * (docs/law), and nothing a user reads points at a file outside the repository. The demo's output is
 * checked the same way in DemoTest.
 */
class LawBookReferencesTest {

    /** A rule id such as R5.2 or NY.1, not part of a longer version number such as FHIR R4.0.1. */
    static final Pattern RULE_ID = Pattern.compile("(?<![\\w.])(R[0-9]+\\.[0-9]+|[A-Z]{2}\\.[0-9]+)(?![\\w]|\\.[0-9])");
    private static final Pattern DEFINED = Pattern.compile("^### (\\S+)$", Pattern.MULTILINE);
    static final Pattern OUTSIDE = Pattern.compile(
            "RULES\\.md|STATES\\.md|DESIGN\\.md|STYLE\\.md|/work/|request-medical-records\\.txt");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void mainCodeAndMessagesCiteOnlyRulesTheLawBookDefines() throws IOException {
        Set<String> defined = definedIds();
        Map<String, String> undefined = new TreeMap<>();
        for (Path file : files(p -> p.toString().contains("/src/main/")
                && (p.toString().endsWith(".java") || p.toString().endsWith(".properties")))) {
            for (String id : ruleIds(Files.readString(file, StandardCharsets.UTF_8))) {
                if (!defined.contains(id)) {
                    undefined.putIfAbsent(id, ROOT.relativize(file).toString());
                }
            }
        }
        assertThat(undefined).as("rule ids cited in main code that docs/law does not define").isEmpty();
    }

    @Test
    void findingsForEveryStateCiteOnlyRulesTheLawBookDefines() {
        Set<String> cited = new TreeSet<>();
        Set<UsState> states = new TreeSet<>();
        for (LegalSchedule schedule : LegalLimits.builtIn().schedules()) {
            schedule.jurisdiction().ifPresent(states::add);
        }
        for (UsState state : states) {
            cited.addAll(ruleIds(PriceListAudit.standard().audit(ExamplePractices.connecticutOrthopaedics().priceList(),
                    state, LocalDate.of(2026, 11, 2)).table()));
        }

        assertThat(cited).isNotEmpty();
        assertThat(definedIds()).containsAll(cited);
    }

    @Test
    void nothingAUserReadsPointsAtAFileOutsideTheRepository() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(p -> p.toString().endsWith(".md") || p.toString().contains("/src/main/"))) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher outside = OUTSIDE.matcher(text);
            if (outside.find()) {
                problems.add(ROOT.relativize(file) + " names " + outside.group());
            }
            if (file.toString().endsWith(".md")) {
                Matcher link = LINK.matcher(text);
                while (link.find()) {
                    String target = link.group(1).replaceAll("#.*$", "");
                    if (!target.isEmpty() && !target.matches("[a-z]+:.*")
                            && !Files.exists(file.getParent().resolve(target).normalize())) {
                        problems.add(ROOT.relativize(file) + " links to " + link.group(1) + ", which does not exist");
                    }
                    if (!target.isEmpty() && !target.matches("[a-z]+:.*")
                            && !file.getParent().resolve(target).normalize().startsWith(ROOT)) {
                        problems.add(ROOT.relativize(file) + " links outside the repository: " + link.group(1));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void ruleIdsAreFoundAndVersionNumbersAreNot() {
        assertThat(ruleIds("R5.2 and (R1.8-R1.10), NY.1; FHIR R4.0.1, HV000183, v1.2, HHS.gov")).containsExactly(
                "NY.1", "R1.10", "R1.8", "R5.2");
    }

    static Set<String> definedIds() {
        Set<String> ids = new TreeSet<>();
        for (Path page : files(p -> p.getParent().endsWith(Path.of("docs", "law")) && p.toString().endsWith(".md"))) {
            try {
                Matcher m = DEFINED.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(ids).as("rule ids defined in docs/law").contains("R5.2", "NY.1");
        return ids;
    }

    static Set<String> ruleIds(String text) {
        Set<String> ids = new TreeSet<>();
        Matcher m = RULE_ID.matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static List<Path> files(java.util.function.Predicate<Path> filter) {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String s = ROOT.relativize(p).toString();
                        return !s.startsWith(".") && !s.contains("/target/") && !s.startsWith("target/")
                                && !s.contains("/.") && !s.startsWith("medrecords-data");
                    })
                    .filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

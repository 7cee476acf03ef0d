package io.github.medrecords.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.fee.LegalLimit;
import io.github.medrecords.core.fee.LegalLimits;
import io.github.medrecords.core.fee.LegalSchedule;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.timeframe.DeadlineRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The law book in docs/law is the data: regenerated here, and the build fails while a checked-in page
 * differs. {@code -Dlawbook.write=true} rewrites the pages instead (LawBook.REWRITE_COMMAND).
 */
class LawBookTest {

    private static final Path FOLDER = Path.of("").toAbsolutePath().getParent().resolve(LawBook.FOLDER);

    @Test
    void checkedInPagesAreTheDataRegenerated() throws IOException {
        Map<String, String> pages = LawBook.builtIn().pages();
        if (Boolean.getBoolean(LawBook.WRITE_PROPERTY)) {
            Files.createDirectories(FOLDER);
            for (String stale : markdownIn(FOLDER)) {
                if (!pages.containsKey(stale)) {
                    Files.delete(FOLDER.resolve(stale));
                }
            }
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Files.writeString(FOLDER.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
            }
        }
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = FOLDER.resolve(page.getKey());
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) {
                differing.add(page.getKey());
            }
        }
        Set<String> stale = new TreeSet<>(markdownIn(FOLDER));
        stale.removeAll(pages.keySet());
        assertThat(differing).as("law-book pages in %s that differ from the data; rewrite them with: %s", FOLDER,
                LawBook.REWRITE_COMMAND).isEmpty();
        assertThat(stale).as("pages in %s that the data no longer produces; rewrite with: %s", FOLDER,
                LawBook.REWRITE_COMMAND).isEmpty();
    }

    @Test
    void everyBuiltInJurisdictionHasAPage() {
        Set<String> expected = new TreeSet<>(Set.of("README.md", "hipaa.md"));
        LegalLimits.builtIn().schedules().forEach(s -> s.jurisdiction()
                .ifPresent(state -> expected.add(state.name().toLowerCase(java.util.Locale.ROOT) + ".md")));

        assertThat(LawBook.builtIn().pages().keySet()).containsAll(expected)
                .contains("hipaa.md", "ct.md", "ny.md", "ca.md", "tx.md", "fl.md", "ma.md");
    }

    @Test
    void everyIdAndSourceTheDataCitesResolves() {
        assertThat(LawBook.builtIn().problems()).isEmpty();
        for (LegalSchedule schedule : LegalLimits.builtIn().schedules()) {
            for (LegalLimit limit : schedule.limits()) {
                assertThat(LawCatalogue.builtIn().rule(limit.ruleId())).as("research entry of %s", limit.ruleId())
                        .isPresent();
            }
        }
        DeadlineRules.defaults().withProposedRules().rules().forEach(
                d -> assertThat(LawCatalogue.builtIn().rule(d.ruleId())).as("entry of %s", d.key()).isPresent());
    }

    @Test
    void aNewStateInTheDataGetsItsOwnPageWithoutAChangeToTheGenerator() {
        LegalSchedule newJersey = LegalSchedule.state("NJ example", UsState.NJ, null, null, List.of(
                LegalLimit.perPageMaximum(io.github.medrecords.core.law.Citation.law("NJ.1", "[NJ-EXAMPLE]"),
                        "at most $1.00 a page", io.github.medrecords.core.fee.FeeCondition.any(), "1.00")));
        LawCatalogue catalogue = LawCatalogue.of(List.of(new LawRule("NJ.1", UsState.NJ, true, List.of("NJ-EXAMPLE"),
                "An example rule.")), List.of(new LawSource("NJ-EXAMPLE", "https://example.org/nj")));

        LawBook book = new LawBook(catalogue, LegalLimits.of(List.of(newJersey)), DeadlineRules.of(List.of()));

        assertThat(book.pages()).containsKey("nj.md");
        assertThat(book.pages().get("nj.md")).contains("# New Jersey (NJ)", "### NJ.1", "An example rule.",
                "**UNCONFIRMED**", "https://example.org/nj", "$1.00/page from 1", "still in force");
        assertThat(book.pages().get("README.md")).contains("[NJ.1](nj.md#nj1) (UNCONFIRMED)");
        assertThat(book.problems()).isEmpty();
    }

    @Test
    void aSourceTagWithoutAnAddressIsAProblem() {
        LegalSchedule unknown = LegalSchedule.federal("example", null, null, List.of(LegalLimit.noFee(
                io.github.medrecords.core.law.Citation.law("R2.2", "[NOWHERE]"), "free",
                io.github.medrecords.core.fee.FeeCondition.any())));

        LawBook book = new LawBook(LawCatalogue.builtIn(), LegalLimits.of(List.of(unknown)), DeadlineRules.of(List.of()));

        assertThat(book.problems()).singleElement().asString().contains("[NOWHERE]");
    }

    @Test
    void catalogueRefusesARuleCitingASourceItDoesNotList() {
        assertThatIllegalArgumentException().isThrownBy(() -> LawCatalogue.of(
                List.of(new LawRule("R9.1", null, false, List.of("MISSING"), "words")), List.of()))
                .withMessageContaining("MISSING");
    }

    @Test
    void tagsAreReadFromCitationSources() {
        assertThat(LawCatalogue.tagsIn("[CT-PA08][CT-DPH]")).containsExactly("CT-PA08", "CT-DPH");
        assertThat(LawCatalogue.tagsIn("[NY] PHL 18(2)(e); L.2017 ch. 322")).containsExactly("NY");
        assertThat(LawCatalogue.builtIn().source("[CT-PA08]")).isPresent();
    }

    @Test
    void ruleIdsSortAsPeopleCountThem() {
        List<String> ids = new ArrayList<>(List.of("NY.1", "R1.10", "R1.2", "CA.8", "R10.1", "R2.1", "CA.10"));
        ids.sort(LawBook.RULE_IDS);

        assertThat(ids).containsExactly("R1.2", "R1.10", "R2.1", "R10.1", "CA.8", "CA.10", "NY.1");
    }

    private static List<String> markdownIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        }
    }
}

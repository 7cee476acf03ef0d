package io.github.medrecords.core.timeframe;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.law.StateLawFile;
import io.github.medrecords.core.law.StateLawTexts;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the deadlines of a small state law file become deadline rules: the key made of state and name, the days
 * and how they count, the extension, the kind of request, the conditions and the dates in force; every refusal
 * names the problem and its line.
 */
class StateDeadlinesTest {

    /** A file of seven lines; each test adds its deadline from line 8. */
    private static final List<String> HEADER = List.of(
            "state = GA",
            "name = Georgia",
            "source.GA-X = https://example.org/law",
            "rule.GA.1.status = confirmed",
            "rule.GA.1.sources = GA-X",
            "rule.GA.1.words = Within 30 days.",
            "version.base.name = O.C.G.A. 31-33-3");

    /** The five lines a deadline named copies-fast needs, lines 8-12. */
    private static final List<String> COPIES = List.of(
            "deadline.copies-fast.cites = GA.1",
            "deadline.copies-fast.title = Georgia copies",
            "deadline.copies-fast.source = O.C.G.A. 31-33-2(a)",
            "deadline.copies-fast.days = 30",
            "deadline.copies-fast.count = calendar");

    @Test
    void readsADeadlineKeyedByStateAndNameForEveryBasisFromTimesNotResearched() {
        DeadlineRule rule = only(copies());

        assertThat(rule.key()).isEqualTo("GA_COPIES_FAST");
        assertThat(rule.jurisdiction()).contains(UsState.GA);
        assertThat(rule.days()).isEqualTo(30);
        assertThat(rule.dayCount()).isEqualTo(DayCount.CALENDAR_DAYS);
        assertThat(rule.kind()).isEqualTo(RequestKind.RECORDS);
        assertThat(rule.bases()).containsExactlyInAnyOrder(LegalBasis.values());
        assertThat(rule.roles()).isEmpty();
        assertThat(rule.purposes()).isEmpty();
        assertThat(rule.providerKinds()).isEmpty();
        assertThat(rule.title()).isEqualTo("Georgia copies");
        assertThat(rule.ruleId()).isEqualTo("GA.1");
        assertThat(rule.citation().toString()).contains("O.C.G.A. 31-33-2(a)");
        assertThat(rule.inForceFrom()).isEqualTo(StateDeadlines.NOT_RESEARCHED);
        assertThat(rule.inForceUntil()).isEmpty();
        assertThat(rule.allowsExtension()).isFalse();
    }

    @Test
    void countsBusinessDays() {
        List<String> lines = new ArrayList<>(COPIES);
        lines.set(4, "deadline.copies-fast.count = business");

        assertThat(only(lines).dayCount()).isEqualTo(DayCount.BUSINESS_DAYS);
    }

    @Test
    void anExtensionOfDaysAllowsOneUnderTheSameRuleAndOfNoDaysNone() {
        DeadlineRule extended = only(copies("deadline.copies-fast.extension = 30"));
        DeadlineRule none = only(copies("deadline.copies-fast.extension = 0"));
        DeadlineRule one = only(copies("deadline.copies-fast.extension = 1"));

        assertThat(extended.allowsExtension()).isTrue();
        assertThat(extended.extensionDays()).isEqualTo(30);
        assertThat(extended.extensionRuleId()).contains("GA.1");
        assertThat(none.allowsExtension()).isFalse();
        assertThat(none.extensionRuleId()).isEmpty();
        assertThat(one.extensionDays()).isEqualTo(1);
    }

    @Test
    void kindIsAccessOrAccounting() {
        assertThat(only(copies("deadline.copies-fast.kind = access")).kind()).isEqualTo(RequestKind.RECORDS);
        assertThat(only(copies("deadline.copies-fast.kind = accounting")).kind())
                .isEqualTo(RequestKind.ACCOUNTING_OF_DISCLOSURES);
        assertRefused(copies("deadline.copies-fast.kind = records"), 13,
                "deadline copies-fast: kind is access or accounting");
    }

    @Test
    void readsTheConditionsOfTheDeadline() {
        DeadlineRule rule = only(copies("deadline.copies-fast.when.basis = individual-access, authorization",
                "deadline.copies-fast.when.role = patient", "deadline.copies-fast.when.purpose = legal",
                "deadline.copies-fast.when.provider = hospital"));

        assertThat(rule.bases()).containsExactlyInAnyOrder(LegalBasis.INDIVIDUAL_ACCESS, LegalBasis.AUTHORIZATION);
        assertThat(rule.roles()).containsExactly(RequesterRole.PATIENT);
        assertThat(rule.purposes()).containsExactly(PurposeKind.LEGAL);
        assertThat(rule.providerKinds()).containsExactly(ProviderKind.HOSPITAL);
    }

    @Test
    void holdsFromAndUntilTheDatesGiven() {
        DeadlineRule rule = only(copies("deadline.copies-fast.from = 2021-01-01",
                "deadline.copies-fast.until = 2021-01-02"));

        assertThat(rule.inForceFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(rule.inForceUntil()).contains(LocalDate.of(2021, 1, 2));
    }

    @Test
    void holdsFromTheFirstVersionsDateWhenItHasOne() {
        List<String> lines = new ArrayList<>(HEADER);
        lines.set(HEADER.size() - 1, "version.2019-07-01.name = O.C.G.A. 31-33-3");
        lines.addAll(COPIES);

        assertThat(DeadlineRules.ofStateFile(read(lines))).singleElement()
                .satisfies(rule -> assertThat(rule.inForceFrom()).isEqualTo(LocalDate.of(2019, 7, 1)));
    }

    @Test
    void holdsFromTimesNotResearchedInAFileWithoutVersions() {
        List<String> lines = new ArrayList<>(HEADER.subList(0, HEADER.size() - 1));
        lines.addAll(COPIES);

        assertThat(DeadlineRules.ofStateFile(read(lines))).singleElement()
                .satisfies(rule -> assertThat(rule.inForceFrom()).isEqualTo(StateDeadlines.NOT_RESEARCHED));
    }

    @Test
    void refusesADeadlineThatEndsOnOrBeforeItBegins() {
        assertRefused(copies("deadline.copies-fast.from = 2021-01-01", "deadline.copies-fast.until = 2021-01-01"), 14,
                "deadline copies-fast ends before it begins");
        assertRefused(copies("deadline.copies-fast.until = 2021-01-01", "deadline.copies-fast.from = 2021-06-01"), 13,
                "deadline copies-fast ends before it begins");
    }

    @Test
    void refusesAnUnknownKeyNamingTheKeysItKnows() {
        assertRefused(copies("deadline.copies-fast.colour = blue"), 13, "deadline copies-fast: unknown key 'colour';"
                + " expected one of [cites, count, days, extension, from, kind, source, title, until, when.basis,"
                + " when.provider, when.purpose, when.role]");
    }

    @Test
    void refusesADeadlineWithoutOneOfItsFiveKeysOnItsFirstLine() {
        for (int i = 0; i < COPIES.size(); i++) {
            List<String> lines = new ArrayList<>(COPIES);
            lines.remove(i);
            assertRefused(lines, 8, "deadline copies-fast needs cites, title, source, days and count");
        }
    }

    @Test
    void refusesACitationOfNoRuleOfTheFile() {
        List<String> lines = new ArrayList<>(COPIES);
        lines.set(0, "deadline.copies-fast.cites = GA.9");

        assertRefused(lines, 8, "deadline copies-fast cites GA.9, which is not a rule of the file");
    }

    @Test
    void refusesNoDaysAndACountOtherThanCalendarOrBusiness() {
        List<String> none = new ArrayList<>(COPIES);
        none.set(3, "deadline.copies-fast.days = 0");
        List<String> weekdays = new ArrayList<>(COPIES);
        weekdays.set(4, "deadline.copies-fast.count = weekdays");

        assertRefused(none, 11, "deadline copies-fast needs at least one day");
        assertRefused(weekdays, 12, "deadline copies-fast: count is calendar or business, not 'weekdays'");
        assertThat(only(copiesWithDays("1")).days()).isEqualTo(1);
    }

    @Test
    void readsEveryDeadlineOfTheFileInOrder() {
        List<String> lines = copies();
        for (String line : COPIES) {
            lines.add(line.replace("copies-fast", "accounting"));
        }

        List<String> keys = new ArrayList<>();
        all(lines).forEach(rule -> keys.add(rule.key()));
        assertThat(keys).containsExactly("GA_COPIES_FAST", "GA_ACCOUNTING");
    }

    private static List<String> copies(String... more) {
        List<String> lines = new ArrayList<>(COPIES);
        lines.addAll(Arrays.asList(more));
        return lines;
    }

    private static List<String> copiesWithDays(String days) {
        List<String> lines = new ArrayList<>(COPIES);
        lines.set(3, "deadline.copies-fast.days = " + days);
        return lines;
    }

    private static DeadlineRule only(List<String> deadlineLines) {
        List<DeadlineRule> rules = all(deadlineLines);
        assertThat(rules).hasSize(1);
        return rules.get(0);
    }

    private static List<DeadlineRule> all(List<String> deadlineLines) {
        return DeadlineRules.ofStateFile(StateLawTexts.read(HEADER, deadlineLines));
    }

    private static StateLawFile read(List<String> lines) {
        return StateLawTexts.read(lines);
    }

    private static void assertRefused(List<String> deadlineLines, int line, String message) {
        StateLawFile file = StateLawTexts.read(HEADER, deadlineLines);
        StateLawTexts.assertRefused(() -> DeadlineRules.ofStateFile(file), line, message);
    }
}

package io.github.medrecords.core.timeframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.timeframe.ExtensionRefusedException.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {

    private final BusinessCalendar ct = ExamplePractices.connecticutOrthopaedics().businessCalendar();
    private final DeadlineCalculator calculator = DeadlineCalculator.of(DeadlineRules.defaults(), ct);

    private DueDate access(LocalDate receivedOn, UsState... states) {
        return calculator.dueDate(DeadlineQuery.forRecords(receivedOn, LegalBasis.INDIVIDUAL_ACCESS, Set.of(states)))
                .orElseThrow();
    }

    private static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    @Test
    void hipaaAccessIsThirtyCalendarDaysAfterReceipt() {
        DueDate due = access(date(2026, 3, 2));
        assertThat(due.bindingRule()).isEqualTo(DeadlineRules.HIPAA_ACCESS);
        assertThat(due.bindingRule().ruleId()).isEqualTo("R1.8");
        assertThat(due.legalDate()).isEqualTo(date(2026, 4, 1));
        assertThat(due.workingTarget()).isEqualTo(date(2026, 4, 1));
        assertThat(due.alsoSatisfied()).isEmpty();
    }

    @Test
    void receiptOnAHolidayStillCountsFromThatDay() {
        // MLK Day 2026-01-19 (R8.3): calendar days count from receipt regardless (R1.8)
        assertThat(access(date(2026, 1, 19)).legalDate()).isEqualTo(date(2026, 2, 18));
    }

    @Test
    void receiptAfterTheCutOffDoesNotMoveTheLegalDeadline() {
        Instant lateEvening = Instant.parse("2026-03-03T03:30:00Z"); // 22:30 on March 2 in New York
        DueDate due = access(ct.dateOf(lateEvening));
        assertThat(due.legalDate()).isEqualTo(date(2026, 4, 1));
    }

    @Test
    void deadlineOnAWeekendOrHolidayKeepsItsDateAndTargetsTheBusinessDayBefore() {
        DueDate saturday = access(date(2026, 2, 5));
        assertThat(saturday.legalDate()).isEqualTo(date(2026, 3, 7));
        assertThat(saturday.workingTarget()).isEqualTo(date(2026, 3, 6));
        DueDate goodFriday = access(date(2026, 3, 4), UsState.CT);
        assertThat(goodFriday.legalDate()).isEqualTo(date(2026, 4, 3));
        assertThat(goodFriday.workingTarget()).isEqualTo(date(2026, 4, 2));
    }

    @Test
    void countsAcrossNewYear() {
        DueDate due = access(date(2026, 12, 2));
        assertThat(due.legalDate()).isEqualTo(date(2027, 1, 1));
        assertThat(due.workingTarget()).isEqualTo(date(2026, 12, 31));
        assertThat(access(date(2026, 12, 15)).legalDate()).isEqualTo(date(2027, 1, 14));
    }

    @Test
    void closuresPullTheWorkingTargetButNeverTheLegalDate() {
        BusinessCalendar closed = ct.withClosures(Set.of(date(2026, 4, 1)));
        DueDate due = DeadlineCalculator.of(DeadlineRules.defaults(), closed)
                .dueDate(DeadlineQuery.forRecords(date(2026, 3, 2), LegalBasis.INDIVIDUAL_ACCESS, Set.of()))
                .orElseThrow();
        assertThat(due.legalDate()).isEqualTo(date(2026, 4, 1));
        assertThat(due.workingTarget()).isEqualTo(date(2026, 3, 31));
    }

    @Test
    void connecticutBindsOnATieAndHipaaIsAlsoSatisfied() {
        DueDate due = access(date(2026, 3, 2), UsState.CT);
        assertThat(due.bindingRule()).isEqualTo(DeadlineRules.CONNECTICUT_PROVIDER);
        assertThat(due.bindingRule().ruleId()).isEqualTo("R5.6");
        assertThat(due.alsoSatisfied()).containsExactly(DeadlineRules.HIPAA_ACCESS);
        assertThat(due.legalDate()).isEqualTo(date(2026, 4, 1));
    }

    @Test
    void hipaaExtensionUnderConnecticutDoesNotMoveTheBindingDate() {
        DueDate due = access(date(2026, 3, 2), UsState.CT)
                .withExtension(Extension.of(date(2026, 3, 20), date(2026, 4, 20), "Records archived off-site"));
        assertThat(due.legalDate()).isEqualTo(date(2026, 4, 1));
        assertThat(due.bindingRule()).isEqualTo(DeadlineRules.CONNECTICUT_PROVIDER);
        assertThat(due.extensionMovesBindingDate()).isFalse();
        assertThat(due.extensionLimitedBy()).contains(DeadlineRules.CONNECTICUT_PROVIDER);
        assertThat(due.deadlines()).filteredOn(d -> d.rule().equals(DeadlineRules.HIPAA_ACCESS))
                .singleElement().satisfies(d -> assertThat(d.legalDate()).isEqualTo(date(2026, 4, 20)));
        assertThat(due.explain()).contains("does not move the binding date").contains("R5.6")
                .doesNotContain("archived");
    }

    @Test
    void hipaaExtensionMovesTheDateWhereNoStateRuleApplies() {
        DueDate due = access(date(2026, 3, 2))
                .withExtension(Extension.of(date(2026, 4, 1), date(2026, 5, 1), "Records archived off-site"));
        assertThat(due.legalDate()).isEqualTo(date(2026, 5, 1));
        assertThat(due.workingTarget()).isEqualTo(date(2026, 5, 1));
        assertThat(due.extensionMovesBindingDate()).isTrue();
        assertThat(due.extensionLimitedBy()).isEmpty();
    }

    @Test
    void refusesAnExtensionGivenAfterTheOriginalDeadline() {
        DueDate due = access(date(2026, 3, 2));
        assertThatExceptionOfType(ExtensionRefusedException.class)
                .isThrownBy(() -> due.withExtension(Extension.of(date(2026, 4, 2), date(2026, 4, 20), "late")))
                .satisfies(e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.AFTER_ORIGINAL_DEADLINE);
                    assertThat(e.ruleId()).isEqualTo("R1.9");
                    assertThat(e.originalDeadline()).isEqualTo(date(2026, 4, 1));
                    assertThat(e.givenOn()).isEqualTo(date(2026, 4, 2));
                    assertThat(e.requestedDate()).isEqualTo(date(2026, 4, 20));
                    assertThat(e.getMessage()).contains("R1.9").doesNotContain("2026");
                });
    }

    @Test
    void refusesASecondExtension() {
        DueDate once = access(date(2026, 3, 2))
                .withExtension(Extension.of(date(2026, 3, 20), date(2026, 4, 15), "archived"));
        assertThatExceptionOfType(ExtensionRefusedException.class)
                .isThrownBy(() -> once.withExtension(Extension.of(date(2026, 3, 25), date(2026, 4, 30), "again")))
                .satisfies(e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.SECOND_EXTENSION);
                    assertThat(e.ruleId()).isEqualTo("R1.9");
                    assertThat(e.requestedDate()).isEqualTo(date(2026, 4, 30));
                });
    }

    @Test
    void refusesAnExtensionOfMoreThanThirtyDays() {
        DueDate due = access(date(2026, 3, 2));
        assertThatExceptionOfType(ExtensionRefusedException.class)
                .isThrownBy(() -> due.withExtension(Extension.of(date(2026, 3, 20), date(2026, 5, 2), "archived")))
                .satisfies(e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.BEYOND_MAXIMUM);
                    assertThat(e.originalDeadline()).isEqualTo(date(2026, 4, 1));
                });
        assertThatExceptionOfType(ExtensionRefusedException.class)
                .isThrownBy(() -> due.withExtension(Extension.of(date(2026, 3, 20), date(2026, 4, 1), "none")))
                .satisfies(e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_LATER_THAN_ORIGINAL));
    }

    @Test
    void acceptsTheProposedRulesFifteenDayExtensionBesideHipaasThirtyDays() {
        DueDate due = DeadlineCalculator.of(DeadlineRules.defaults().withProposedRules(), ct)
                .dueDate(DeadlineQuery.forRecords(date(2026, 3, 2), LegalBasis.INDIVIDUAL_ACCESS, Set.of()))
                .orElseThrow();
        assertThat(due.legalDate()).isEqualTo(date(2026, 3, 17));

        DueDate extended = due.withExtension(Extension.of(date(2026, 3, 10), date(2026, 4, 1), "archived"));

        assertThat(extended.legalDate()).isEqualTo(date(2026, 4, 1));
        assertThat(extended.bindingRule()).isEqualTo(DeadlineRules.PROPOSED_HIPAA_ACCESS_2021);
        assertThat(extended.extensionMovesBindingDate()).isTrue();
        assertThat(extended.deadlines()).filteredOn(d -> d.rule().equals(DeadlineRules.HIPAA_ACCESS))
                .singleElement().satisfies(d -> {
                    assertThat(d.isExtended()).isFalse();
                    assertThat(d.legalDate()).isEqualTo(date(2026, 4, 1));
                });
        assertThatExceptionOfType(ExtensionRefusedException.class)
                .isThrownBy(() -> due.withExtension(Extension.of(date(2026, 3, 10), date(2026, 4, 2), "archived")))
                .satisfies(e -> assertThat(e.refusal()).isEqualTo(Refusal.BEYOND_MAXIMUM));
        assertThatExceptionOfType(ExtensionRefusedException.class)
                .isThrownBy(() -> due.withExtension(Extension.of(date(2026, 3, 10), date(2026, 3, 17), "none")))
                .satisfies(e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_LATER_THAN_ORIGINAL));
    }

    @Test
    void refusesAnExtensionWhereNoApplicableRuleAllowsOne() {
        DueDate due = calculator.dueDate(DeadlineQuery.forRecords(date(2026, 3, 2), LegalBasis.AUTHORIZATION,
                Set.of(UsState.CT))).orElseThrow();
        assertThat(due.bindingRule()).isEqualTo(DeadlineRules.CONNECTICUT_PROVIDER);
        assertThatExceptionOfType(ExtensionRefusedException.class)
                .isThrownBy(() -> due.withExtension(Extension.of(date(2026, 3, 20), date(2026, 4, 20), "archived")))
                .satisfies(e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.NOT_PERMITTED);
                    assertThat(e.ruleId()).isEqualTo("R5.6");
                });
    }

    @Test
    void accountingIsSixtyDaysWithOneThirtyDayExtension() {
        DueDate due = calculator.dueDate(DeadlineQuery.forAccounting(date(2026, 3, 2), Set.of(UsState.CT)))
                .orElseThrow();
        assertThat(due.bindingRule()).isEqualTo(DeadlineRules.HIPAA_ACCOUNTING);
        assertThat(due.bindingRule().ruleId()).isEqualTo("R4.5");
        assertThat(due.legalDate()).isEqualTo(date(2026, 5, 1));
        assertThat(due.withExtension(Extension.of(date(2026, 5, 1), date(2026, 5, 31), "many disclosures"))
                .legalDate()).isEqualTo(date(2026, 5, 31));
        assertThatExceptionOfType(ExtensionRefusedException.class)
                .isThrownBy(() -> due.withExtension(Extension.of(date(2026, 5, 1), date(2026, 6, 1), "x")))
                .satisfies(e -> assertThat(e.ruleId()).isEqualTo("R4.5"));
    }

    @Test
    void californiaBindsAtFifteenDays() {
        DueDate due = access(date(2026, 3, 2), UsState.CA);
        assertThat(due.bindingRule()).isEqualTo(DeadlineRules.CALIFORNIA_PATIENT_COPIES);
        assertThat(due.legalDate()).isEqualTo(date(2026, 3, 17));
        assertThat(due.alsoSatisfied()).containsExactly(DeadlineRules.HIPAA_ACCESS);
    }

    @Test
    void texasCountsFifteenBusinessDays() {
        DueDate due = access(date(2026, 3, 2), UsState.TX);
        assertThat(due.bindingRule()).isEqualTo(DeadlineRules.TEXAS_PHYSICIAN_RECORDS);
        assertThat(due.legalDate()).isEqualTo(date(2026, 3, 23));
        // across Good Friday (a holiday in this calendar): Mon 03-23 + 15 business days
        assertThat(access(date(2026, 3, 23), UsState.TX).legalDate()).isEqualTo(date(2026, 4, 14));
    }

    @Test
    void proposedFifteenDayRuleIsOffByDefaultAndLabelledWhenOptedIn() {
        assertThat(DeadlineRules.defaults().rules()).doesNotContain(DeadlineRules.PROPOSED_HIPAA_ACCESS_2021);
        DueDate due = DeadlineCalculator.of(DeadlineRules.defaults().withProposedRules(), ct)
                .dueDate(DeadlineQuery.forRecords(date(2026, 3, 2), LegalBasis.INDIVIDUAL_ACCESS, Set.of(UsState.CT)))
                .orElseThrow();
        assertThat(due.bindingRule()).isEqualTo(DeadlineRules.PROPOSED_HIPAA_ACCESS_2021);
        assertThat(due.bindingRule().status()).isEqualTo(RuleStatus.PROPOSED);
        assertThat(due.bindingRule().ruleId()).isEqualTo("R1.11");
        assertThat(due.legalDate()).isEqualTo(date(2026, 3, 17));
        assertThat(due.alsoSatisfied()).containsExactly(DeadlineRules.CONNECTICUT_PROVIDER, DeadlineRules.HIPAA_ACCESS);
        assertThat(due.explain()).contains("PROPOSED");
    }

    @Test
    void appliesRulesOnlyWhileInForce() {
        DueDate before = access(date(2008, 9, 30), UsState.CT);
        assertThat(before.deadlines()).extracting(RuleDeadline::rule).containsExactly(DeadlineRules.HIPAA_ACCESS);
        DueDate from = access(date(2008, 10, 1), UsState.CT);
        assertThat(from.bindingRule()).isEqualTo(DeadlineRules.CONNECTICUT_PROVIDER);
        assertThat(calculator.dueDate(DeadlineQuery.forRecords(date(2003, 4, 13), LegalBasis.INDIVIDUAL_ACCESS,
                Set.of()))).isEmpty();
    }

    @Test
    void noLegalDeadlineForTreatmentDisclosures() {
        assertThat(calculator.dueDate(DeadlineQuery.forRecords(date(2026, 3, 2), LegalBasis.TREATMENT,
                Set.of(UsState.CT)))).isEmpty();
    }

    @Test
    void everyRuleCarriesItsCitationAndInForceDates() {
        assertThat(DeadlineRules.defaults().withProposedRules().rules()).allSatisfy(rule -> {
            assertThat(rule.ruleId()).isNotBlank();
            assertThat(rule.citation().source()).isNotBlank();
            assertThat(rule.inForceFrom()).isNotNull();
        });
    }
}

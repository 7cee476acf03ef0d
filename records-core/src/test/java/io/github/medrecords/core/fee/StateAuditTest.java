package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.law.StateLawFile;
import io.github.medrecords.core.law.StateLawFile.Version;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every jurisdiction, every version of its fee law and every page schedule in it that governs an authorized
 * third party's request: a price list generated to stay under the schedule passes the audit as far as that rule is
 * concerned, and one charging a cent more than the schedule allows for one page is found to exceed a limit.
 */
class StateAuditTest {

    private static final LocalDate BASE_DAY = LocalDate.of(2026, 1, 5);

    @TestFactory
    Stream<DynamicTest> generatedListsAreJudgedUnderEveryStatesSchedules() {
        List<DynamicTest> tests = new ArrayList<>();
        for (StateLawFile file : StateLawFile.builtIn()) {
            for (Version version : file.versions()) {
                LocalDate day = version.inForce().first().orElse(BASE_DAY);
                LegalSchedule schedule = LegalLimits.of(file.state()).stream().filter(s -> s.isInForceOn(day))
                        .findFirst().orElseThrow();
                for (LegalLimit limit : schedule.limits()) {
                    if (limit.pageSchedule().isEmpty() || !forAuthorizedThirdParties(limit.condition())) {
                        continue;
                    }
                    ProviderKind kind = limit.condition().providerKinds().isEmpty() ? ProviderKind.PHYSICIAN
                            : limit.condition().providerKinds().iterator().next();
                    tests.add(DynamicTest.dynamicTest(file.state() + " " + version.id() + " " + limit.ruleId() + " "
                            + limit.condition(), () -> judge(file, day, kind, limit)));
                }
            }
        }
        return tests.stream();
    }

    private static boolean forAuthorizedThirdParties(FeeCondition c) {
        return (c.roles().isEmpty() || c.roles().contains(RequesterRole.THIRD_PARTY))
                && (c.legalBases().isEmpty() || c.legalBases().contains(LegalBasis.AUTHORIZATION))
                && !c.requiresDocumentedClaim() && !c.requiresFirstCopy() && c.recordTypes().isEmpty();
    }

    private static void judge(StateLawFile file, LocalDate day, ProviderKind kind, LegalLimit limit) {
        PageSchedule schedule = limit.pageSchedule().orElseThrow();
        FeeCondition third = limit.condition().withRoles(RequesterRole.THIRD_PARTY)
                .withLegalBases(LegalBasis.AUTHORIZATION);
        PriceList under = PriceList.builder("Generated under " + limit.ruleId())
                .rule(underRule(schedule).withCondition(third)).build();
        AuditReport report = PriceListAudit.standard().audit(under, file.state(), day, kind);
        assertThat(report.findings()).as(report.table())
                .noneMatch(f -> f.blocksInvoices() && f.legalRuleId().equals(limit.ruleId()));
        Money onePage = schedule.maximumFor(1).plus(Money.ofCents(1));
        PriceList over = PriceList.builder("Generated over " + limit.ruleId())
                .rule(PriceRule.perRequest("OVER", "Copies", onePage.amount().toPlainString()).forRecords()
                        .withCondition(third)).build();
        AuditReport found = PriceListAudit.standard().audit(over, file.state(), day, kind);
        assertThat(found.findings()).as(found.table())
                .anyMatch(f -> f.outcome() == ComplianceOutcome.EXCEEDS_LIMIT
                        || limit.costKindOrNull() != null && f.outcome() == ComplianceOutcome.NEEDS_COST_BASIS);
    }

    /**
     * A per-page price no page count takes above the schedule: the lowest average per page over the pages where
     * the schedule changes and the last band's rate, capped where the schedule is.
     */
    private static PriceRule underRule(PageSchedule schedule) {
        TreeSet<Integer> probes = new TreeSet<>(List.of(1, 2, 10, 100, 1_000, 5_000, 100_000));
        for (int start : schedule.bandStarts()) {
            probes.add(Math.max(1, start - 1));
            probes.add(start);
        }
        long lowest = Long.MAX_VALUE;
        for (int pages : probes) {
            lowest = Math.min(lowest, schedule.maximumFor(pages).toCents() / pages);
        }
        PriceRule rule = PriceRule.perPage("UNDER", "Copies", Money.ofCents(lowest).amount().toPlainString());
        return schedule.cap().map(cap -> rule.withCap(cap.amount().toPlainString())).orElse(rule);
    }
}

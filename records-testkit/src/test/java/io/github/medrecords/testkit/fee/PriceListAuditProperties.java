package io.github.medrecords.testkit.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.medrecords.core.fee.AuditFinding;
import io.github.medrecords.core.fee.AuditReport;
import io.github.medrecords.core.fee.Compliance;
import io.github.medrecords.core.fee.ComplianceFinding;
import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.PriceListAudit;
import io.github.medrecords.core.fee.PriceRule;
import io.github.medrecords.core.fee.Tier;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit's verdict agrees with quoting generated contexts one by one: every legal rule a quote breaks
 * is among the audit's findings, and a list that passes the audit is compliant in every generated context.
 */
class PriceListAuditProperties {

    private static final int EXAMPLES = 3000;
    private static final List<UsState> STATES = List.of(UsState.CT, UsState.NY, UsState.CA, UsState.TX, UsState.FL,
            UsState.MA, UsState.NJ, UsState.TN);
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2023, 6, 1), LocalDate.of(2026, 11, 2));

    private final FeeCalculator fees = FeeCalculator.standard();
    private final List<PriceList> lists = List.of(ExamplePractices.connecticutOrthopaedicsPriceList(),
            CompliantPriceLists.connecticut(), PriceList.noCharge(),
            PriceList.builder("Tiered with a handling fee")
                    .rule(PriceRule.perPage("PAGES", "Copies", "1.00").withTiers(Tier.from(1, "1.00"),
                            Tier.from(21, "0.50"), Tier.from(101, "0.25")).withCap("40.00"))
                    .rule(PriceRule.perRequest("HANDLING", "Handling", "2.00").forRecords())
                    .rule(PriceRule.perMedium("CD", "Images on CD", "8.00"))
                    .rule(PriceRule.postage("POSTAGE"))
                    .build());
    private final Map<String, AuditReport> audits = new LinkedHashMap<>();

    private AuditReport audit(PriceList prices, UsState state, LocalDate day) {
        return audit(prices, state, day, ProviderKind.PHYSICIAN);
    }

    private AuditReport audit(PriceList prices, UsState state, LocalDate day, ProviderKind kind) {
        return audits.computeIfAbsent(prices.name() + state + day + kind,
                k -> PriceListAudit.standard().audit(prices, state, day, kind));
    }

    @Test
    void everyBreachOfAQuotedContextIsAmongTheAuditsFindings() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            int pick = (int) Math.floorMod(seed, (long) STATES.size() * DAYS.size());
            UsState state = STATES.get(pick % STATES.size());
            LocalDate day = DAYS.get(pick / STATES.size());
            FeeContext context = FeeContextGenerator.seeded(seed).withJurisdictions(EnumSet.of(state))
                    .receivedOn(day).next();
            if (context.hasRecords() && context.pages() == 0) {
                // the audit does not judge records without pages (a schedule that starts with a flat fee at page 1
                // would make every flat per-request price a false finding there: the audit probes from 1 page)
                return;
            }
            for (PriceList prices : lists) {
                // the audit of the practice the context is at: a hospital's list is audited as a hospital's
                AuditReport report = audit(prices, state, day, context.providerKind());
                // A finding stands for its variants too (the same rule by record keeping or copy format).
                Set<String> found = report.findings().stream()
                        .flatMap(f -> Stream.concat(Stream.of(f.legalRuleId()),
                                f.variants().stream()))
                        .collect(Collectors.toSet());
                Compliance compliance = fees.quote(prices, context).compliance();
                if (report.passes()) {
                    assertThat(compliance.outcome()).as("%s passes the audit under %s but not for %s",
                            prices.name(), state, context).isEqualTo(ComplianceOutcome.COMPLIANT);
                }
                for (ComplianceFinding finding : compliance.findings()) {
                    if (finding.outcome() != ComplianceOutcome.COMPLIANT) {
                        assertThat(found).as("%s under %s: %s for %s", prices.name(), state, finding, context)
                                .contains(finding.limit().ruleId());
                    }
                }
            }
        });
    }

    @Test
    void theCompliantListPassesTheAuditAndEveryGeneratedContext() {
        PriceList compliant = CompliantPriceLists.connecticut();
        LocalDate day = LocalDate.of(2026, 11, 2);
        assertThat(audit(compliant, UsState.CT, day).passes()).isTrue();
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed ->
                assertThat(fees.quote(compliant, FeeContextGenerator.seeded(seed).withJurisdictions(EnumSet.of(
                        UsState.CT)).receivedOn(day).next()).compliance().isCompliant()).isTrue());
    }
}

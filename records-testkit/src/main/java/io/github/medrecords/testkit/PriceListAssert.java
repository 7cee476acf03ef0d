package io.github.medrecords.testkit;

import io.github.medrecords.core.fee.AuditFinding;
import io.github.medrecords.core.fee.AuditReport;
import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.PriceListAudit;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.party.UsState;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions for a {@link PriceList}: whether its quotes comply with the legal limits, so a vendor
 * proves a practice's configuration never overcharges. Checks with {@link FeeCalculator#standard()}
 * unless {@link #usingCalculator} says otherwise.
 */
public class PriceListAssert extends AbstractAssert<PriceListAssert, PriceList> {

    private FeeCalculator calculator = FeeCalculator.standard();

    /**
     * Creates the assertion; use {@link Assertions#assertThat(PriceList)}.
     *
     * @param actual  the price list under test, may be null
     */
    protected PriceListAssert(PriceList actual) {
        super(actual, PriceListAssert.class);
    }

    /**
     * Checks with another calculator, for example one with added state schedules.
     *
     * @param feeCalculator  the calculator, not null
     * @return this assertion
     */
    public PriceListAssert usingCalculator(FeeCalculator feeCalculator) {
        this.calculator = Objects.requireNonNull(feeCalculator, "feeCalculator");
        return this;
    }

    /**
     * Verifies that the price list's quote for a context is compliant.
     *
     * @param context  the context, not null
     * @return this assertion
     */
    public PriceListAssert isCompliantFor(FeeContext context) {
        return hasOutcomeFor(context, ComplianceOutcome.COMPLIANT);
    }

    /**
     * Verifies that the price list's quote is compliant for every context.
     *
     * @param contexts  the contexts, not null
     * @return this assertion
     */
    public PriceListAssert isCompliantForAll(Iterable<FeeContext> contexts) {
        for (FeeContext context : contexts) {
            isCompliantFor(context);
        }
        return this;
    }

    /**
     * Verifies the compliance outcome of the price list's quote for a context.
     *
     * @param context  the context, not null
     * @param expected  the outcome, not null
     * @return this assertion
     */
    public PriceListAssert hasOutcomeFor(FeeContext context, ComplianceOutcome expected) {
        isNotNull();
        Objects.requireNonNull(context, "context");
        Quote quote = calculator.quote(actual, context);
        if (quote.compliance().outcome() != expected) {
            failWithMessage("Expected quote for <%s> to be <%s> but was <%s>: %s", context, expected,
                    quote.compliance().outcome(), quote.compliance().explain());
        }
        return this;
    }

    /**
     * Verifies that an audit of the whole price list against HIPAA and a state's law on a day finds
     * nothing, so a vendor's build fails when a price change breaks the law; the failure message is the
     * audit's table of findings with their citations and smallest examples.
     *
     * @param jurisdiction  the state whose law applies besides HIPAA, not null
     * @param date  the day whose rules apply, not null
     * @return this assertion
     */
    public PriceListAssert passesAudit(UsState jurisdiction, LocalDate date) {
        isNotNull();
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(date, "date");
        AuditReport report = PriceListAudit.of(calculator.legalLimits()).audit(actual, jurisdiction, date);
        if (!report.passes()) {
            failWithMessage("Expected price list <%s> to pass the audit under %s law on %s but it has %s findings:%n%s",
                    actual.name(), jurisdiction, date, report.findings().size(), report.table());
        }
        return this;
    }

    /**
     * Verifies that an audit of the whole price list against HIPAA and a state's law on a day finds
     * something, and at least each expected finding, so a test can pin a known problem of a list; the
     * failure message is the audit's table.
     *
     * @param jurisdiction  the state whose law applies besides HIPAA, not null
     * @param date  the day whose rules apply, not null
     * @param expected  findings that must be among the audit's, each written as the price rule's id and the
     *        legal rule's id, such as {@code "ONS-PAGES R2.5"}, not null
     * @return this assertion
     */
    public PriceListAssert failsAudit(UsState jurisdiction, LocalDate date, String... expected) {
        isNotNull();
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(expected, "expected");
        AuditReport report = PriceListAudit.of(calculator.legalLimits()).audit(actual, jurisdiction, date);
        if (report.passes()) {
            failWithMessage("Expected price list <%s> to fail the audit under %s law on %s but it passed",
                    actual.name(), jurisdiction, date);
        }
        Set<String> found = new LinkedHashSet<>();
        for (AuditFinding finding : report.findings()) {
            for (String rule : finding.priceRuleId().split(", ")) {
                found.add(rule + " " + finding.legalRuleId());
                for (String variant : finding.variants()) {
                    found.add(rule + " " + variant);
                }
            }
        }
        for (String pair : expected) {
            if (!found.contains(pair)) {
                failWithMessage("Expected the audit of <%s> under %s law on %s to find <%s> but its findings were:%n%s",
                        actual.name(), jurisdiction, date, pair, report.table());
            }
        }
        return this;
    }

    /**
     * Verifies the total the price list quotes for a context.
     *
     * @param context  the context, not null
     * @param expected  the total such as {@code "6.50"}, not null
     * @return this assertion
     */
    public PriceListAssert quotes(FeeContext context, String expected) {
        isNotNull();
        new QuoteAssert(calculator.quote(actual, context)).hasTotal(expected);
        return this;
    }
}

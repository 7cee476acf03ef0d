package io.github.medrecords.testkit;

import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.Quote;

/**
 * Assertions for a {@link Quote}: its total and lines, and its compliance.
 */
public class QuoteAssert extends AbstractItemisedFeeAssert<QuoteAssert, Quote> {

    /**
     * Creates the assertion; use {@link Assertions#assertThat(Quote)}.
     *
     * @param actual  the quote under test, may be null
     */
    protected QuoteAssert(Quote actual) {
        super(actual, QuoteAssert.class);
    }

    /**
     * Verifies that the quote is compliant.
     *
     * @return this assertion
     */
    public QuoteAssert isCompliant() {
        return hasOutcome(ComplianceOutcome.COMPLIANT);
    }

    /**
     * Verifies the compliance outcome.
     *
     * @param expected  the outcome, not null
     * @return this assertion
     */
    public QuoteAssert hasOutcome(ComplianceOutcome expected) {
        isNotNull();
        compliance().hasOutcome(expected);
        return this;
    }

    /**
     * Verifies that an invoice may be issued for the quote.
     *
     * @return this assertion
     */
    public QuoteAssert permitsInvoice() {
        isNotNull();
        compliance().permitsInvoice();
        return this;
    }

    /**
     * Starts assertions on the quote's compliance.
     *
     * @return the compliance assertion, not null
     */
    public ComplianceAssert compliance() {
        isNotNull();
        return new ComplianceAssert(actual.compliance());
    }
}

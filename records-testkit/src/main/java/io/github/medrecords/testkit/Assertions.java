package io.github.medrecords.testkit;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.fee.Compliance;
import io.github.medrecords.core.fee.Estimate;
import io.github.medrecords.core.fee.FeeLine;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.Quote;

/**
 * The one entry point for the test kit's AssertJ assertions: {@code import static
 * io.github.medrecords.testkit.Assertions.assertThat;} beside AssertJ's own.
 */
public final class Assertions {

    private Assertions() {
    }

    /**
     * Starts assertions on an authorization.
     *
     * @param actual  the authorization, may be null
     * @return the assertion, not null
     */
    public static AuthorizationAssert assertThat(Authorization actual) {
        return new AuthorizationAssert(actual);
    }

    /**
     * Starts assertions on a quote.
     *
     * @param actual  the quote, may be null
     * @return the assertion, not null
     */
    public static QuoteAssert assertThat(Quote actual) {
        return new QuoteAssert(actual);
    }

    /**
     * Starts assertions on an estimate.
     *
     * @param actual  the estimate, may be null
     * @return the assertion, not null
     */
    public static EstimateAssert assertThat(Estimate actual) {
        return new EstimateAssert(actual);
    }

    /**
     * Starts assertions on a fee line.
     *
     * @param actual  the line, may be null
     * @return the assertion, not null
     */
    public static FeeLineAssert assertThat(FeeLine actual) {
        return new FeeLineAssert(actual);
    }

    /**
     * Starts assertions on a compliance result.
     *
     * @param actual  the result, may be null
     * @return the assertion, not null
     */
    public static ComplianceAssert assertThat(Compliance actual) {
        return new ComplianceAssert(actual);
    }

    /**
     * Starts assertions on a price list.
     *
     * @param actual  the price list, may be null
     * @return the assertion, not null
     */
    public static PriceListAssert assertThat(PriceList actual) {
        return new PriceListAssert(actual);
    }
}

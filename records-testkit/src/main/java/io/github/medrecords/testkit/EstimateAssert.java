package io.github.medrecords.testkit;

import io.github.medrecords.core.fee.Estimate;

/**
 * Assertions for an {@link Estimate}.
 */
public class EstimateAssert extends AbstractItemisedFeeAssert<EstimateAssert, Estimate> {

    /**
     * Creates the assertion; use {@link Assertions#assertThat(Estimate)}.
     *
     * @param actual  the estimate under test, may be null
     */
    protected EstimateAssert(Estimate actual) {
        super(actual, EstimateAssert.class);
    }

    /**
     * Verifies the pages the estimate assumed.
     *
     * @param expected  the pages
     * @return this assertion
     */
    public EstimateAssert assumesPages(int expected) {
        isNotNull();
        if (actual.context().pages() != expected) {
            failWithMessage("Expected estimated pages to be <%s> but was <%s>", expected, actual.context().pages());
        }
        return this;
    }
}

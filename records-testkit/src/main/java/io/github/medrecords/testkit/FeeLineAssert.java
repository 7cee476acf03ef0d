package io.github.medrecords.testkit;

import io.github.medrecords.core.fee.FeeLine;
import io.github.medrecords.core.fee.LineKind;
import io.github.medrecords.core.money.Money;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions for one {@link FeeLine}.
 */
public class FeeLineAssert extends AbstractAssert<FeeLineAssert, FeeLine> {

    /**
     * Creates the assertion; use {@link Assertions#assertThat(FeeLine)}.
     *
     * @param actual  the line under test, may be null
     */
    protected FeeLineAssert(FeeLine actual) {
        super(actual, FeeLineAssert.class);
    }

    /**
     * Verifies that the line names a rule id.
     *
     * @param ruleId  the id, not null
     * @return this assertion
     */
    public FeeLineAssert cites(String ruleId) {
        isNotNull();
        if (!actual.cites(ruleId)) {
            failWithMessage("Expected line to cite <%s> but was <%s>", ruleId, actual.citation());
        }
        return this;
    }

    /**
     * Verifies the line's kind.
     *
     * @param expected  the kind, not null
     * @return this assertion
     */
    public FeeLineAssert isOfKind(LineKind expected) {
        isNotNull();
        if (actual.kind() != expected) {
            failWithMessage("Expected line kind to be <%s> but was <%s>", expected, actual.kind());
        }
        return this;
    }

    /**
     * Verifies the quantity and unit price.
     *
     * @param quantity  the quantity
     * @param unitPrice  the unit price such as {@code "0.65"}, not null
     * @return this assertion
     */
    public FeeLineAssert charges(long quantity, String unitPrice) {
        isNotNull();
        Money price = Money.parse(unitPrice);
        if (actual.quantity() != quantity || !actual.unitPrice().equals(price)) {
            failWithMessage("Expected line to be <%s at %s> but was <%s at %s>", quantity, price, actual.quantity(),
                    actual.unitPrice());
        }
        return this;
    }

    /**
     * Verifies the amount.
     *
     * @param expected  the amount such as {@code "-0.65"}, not null
     * @return this assertion
     */
    public FeeLineAssert hasAmount(String expected) {
        isNotNull();
        Money wanted = Money.parse(expected);
        if (!actual.amount().equals(wanted)) {
            failWithMessage("Expected line amount to be <%s> but was <%s>", wanted, actual.amount());
        }
        return this;
    }
}

package io.github.medrecords.testkit;

import io.github.medrecords.core.fee.FeeLine;
import io.github.medrecords.core.fee.ItemisedFee;
import io.github.medrecords.core.fee.LineKind;
import io.github.medrecords.core.money.Money;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions shared by estimates and quotes: the total, the lines and what they cite.
 *
 * @param <SELF>  the concrete assertion type
 * @param <ACTUAL>  the estimate or quote type
 */
public abstract class AbstractItemisedFeeAssert<SELF extends AbstractItemisedFeeAssert<SELF, ACTUAL>,
        ACTUAL extends ItemisedFee> extends AbstractAssert<SELF, ACTUAL> {

    /**
     * Creates the assertion.
     *
     * @param actual  the fee under test, may be null
     * @param selfType  the concrete assertion class, not null
     */
    protected AbstractItemisedFeeAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies the total.
     *
     * @param expected  the total such as {@code "6.50"}, not null
     * @return this assertion
     */
    public SELF hasTotal(String expected) {
        isNotNull();
        Money wanted = Money.parse(expected);
        if (!actual.total().equals(wanted)) {
            failWithMessage("Expected total to be <%s> but was <%s>", wanted, actual.total());
        }
        return myself;
    }

    /**
     * Verifies that the fee is free.
     *
     * @return this assertion
     */
    public SELF isFree() {
        isNotNull();
        if (!actual.total().isZero()) {
            failWithMessage("Expected total to be <%s> but was <%s>", Money.ZERO, actual.total());
        }
        return myself;
    }

    /**
     * Verifies that the total is the exact sum of the lines.
     *
     * @return this assertion
     */
    public SELF hasTotalEqualToSumOfLines() {
        isNotNull();
        Money sum = Money.ZERO;
        for (FeeLine line : actual.lines()) {
            sum = sum.plus(line.amount());
        }
        if (!sum.equals(actual.total())) {
            failWithMessage("Expected total to be the sum of the lines <%s> but was <%s>", sum, actual.total());
        }
        return myself;
    }

    /**
     * Verifies that some line names a rule id, as its own rule or in its citation.
     *
     * @param ruleId  the id, for example {@code R5.2} or a price rule's id, not null
     * @return this assertion
     */
    public SELF hasLineCiting(String ruleId) {
        isNotNull();
        if (actual.lines().stream().noneMatch(line -> line.cites(ruleId))) {
            failWithMessage("Expected a line citing <%s> but lines cited <%s>", ruleId,
                    actual.lines().stream().map(FeeLine::citation).toList());
        }
        return myself;
    }

    /**
     * Verifies that no line names a rule id.
     *
     * @param ruleId  the id, not null
     * @return this assertion
     */
    public SELF hasNoLineCiting(String ruleId) {
        isNotNull();
        if (actual.lines().stream().anyMatch(line -> line.cites(ruleId))) {
            failWithMessage("Expected no line citing <%s> but one did", ruleId);
        }
        return myself;
    }

    /**
     * Verifies that a cap line brings the charges down.
     *
     * @return this assertion
     */
    public SELF hasCapLine() {
        isNotNull();
        if (actual.lines().stream().noneMatch(line -> line.kind() == LineKind.CAP)) {
            failWithMessage("Expected a cap line but lines were <%s>", actual.lines());
        }
        return myself;
    }

    /**
     * Verifies the number of lines.
     *
     * @param expected  the number of lines
     * @return this assertion
     */
    public SELF hasLineCount(int expected) {
        isNotNull();
        if (actual.lines().size() != expected) {
            failWithMessage("Expected line count to be <%s> but was <%s>", expected, actual.lines().size());
        }
        return myself;
    }

    /**
     * Starts assertions on a line.
     *
     * @param index  the line's index, from 0
     * @return the line's assertion, not null
     */
    public FeeLineAssert line(int index) {
        isNotNull();
        if (index < 0 || index >= actual.lines().size()) {
            failWithMessage("Expected a line at <%s> but there were <%s> lines", index, actual.lines().size());
        }
        return new FeeLineAssert(actual.lines().get(index));
    }

    /**
     * Verifies the plain-words explanation contains a text.
     *
     * @param text  the expected text, for example "10 pages at $0.65", not null
     * @return this assertion
     */
    public SELF explainsAs(String text) {
        isNotNull();
        String explanation = actual.explain();
        if (!explanation.contains(text)) {
            failWithMessage("Expected explanation to contain <%s> but was <%s>", text, explanation);
        }
        return myself;
    }
}
